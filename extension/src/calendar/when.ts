// When a meeting runs, from what Calendar shows: the occurrence start in the event id (recurring events) and
// the clock times in the "when" line. Only digits are read, so it does not depend on the page's language.

export interface MeetingTimes {
  start: string;
  end: string;
}

interface Clock {
  minutes: number;
  /** The time carried its own am/pm. */
  meridiem: boolean;
  /** Where it stands in the text, so the day numbers around it are not taken for it. */
  from: number;
  to: number;
}

const TIME = /(?<![\d:.])(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d:])/gi;
// A bare hour is a time only as the start of a range whose end says am or pm: "10 – 11am", "2 – 3pm".
const TO_MERIDIEM_TIME = /^\s*[-–—~～]\s*\d{1,2}(?:[:.h]\d{2})?\s*(a\.?m\.?|p\.?m\.?)/i;

function clocks(text: string): Clock[] {
  const out: Clock[] = [];
  for (const m of text.matchAll(TIME)) {
    const [whole, hText, minText, meridiem] = m;
    const to = m.index + whole.length;
    if (minText === undefined && !meridiem && !TO_MERIDIEM_TIME.test(text.slice(to))) continue; // a bare number is a date
    let hours = Number(hText);
    const minutes = Number(minText ?? 0);
    if (hours > 23 || minutes > 59) continue;
    if (meridiem) {
      const pm = /^p/i.test(meridiem);
      if (hours > 12) continue;
      hours = (hours % 12) + (pm ? 12 : 0);
    }
    out.push({ minutes: hours * 60 + minutes, meridiem: Boolean(meridiem), from: m.index, to });
  }
  return out;
}

/** "10:00", "10.30", "10h30", "2:30pm", "14:30", "2pm", the "10" of "10 – 11am": minutes after midnight, in order. */
export function clockTimes(text: string): { minutes: number }[] {
  return clocks(text).map(({ minutes }) => ({ minutes }));
}

/**
 * "2 – 3pm", "2:30 – 3:15pm", "12 – 1am": a start without am/pm takes the end's am or pm when that puts it before
 * the end ("12 – 1am" is midnight to one, "12 – 1pm" noon to one); otherwise it keeps its own reading ("11 – 12pm"
 * is eleven in the morning to noon). A start past 12 is a 24-hour time and is left alone.
 */
function applyMeridiemToFirst(found: Clock[]): Clock[] {
  if (found.length < 2) return found;
  const [first, second] = found as [Clock, Clock];
  if (first.meridiem || !second.meridiem || first.minutes >= 13 * 60) return found;
  const candidate = (first.minutes % (12 * 60)) + (second.minutes >= 12 * 60 ? 12 * 60 : 0);
  if (candidate < second.minutes && candidate !== first.minutes) return [{ ...first, minutes: candidate }, ...found.slice(1)];
  return found;
}

function localDayStart(day: Date): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
}

/** Whether the when line of a one-off event names today: today's day of the month, and no other year. */
function namesToday(text: string, found: Clock[], now: Date): boolean {
  const outsideClocks = (index: number) => !found.some((c) => index >= c.from && index < c.to);
  const days = [...text.matchAll(/(?<![\d:.])(\d{1,2})(?![\d:.]|\s*(a\.?m|p\.?m))/gi)].filter((m) => outsideClocks(m.index)).map((m) => Number(m[1]));
  const years = [...text.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1]));
  return days.includes(now.getDate()) && years.every((y) => y === now.getFullYear());
}

/**
 * The meeting's start and end, or undefined when they cannot be known without reading words.
 * With the occurrence start (recurring events) the date is exact. A one-off event's when line gives only a day
 * of the month (its month is a word): it counts as today only when `todayInView` says the page's view surely
 * shows today and no other day with that number (see viewShowsToday).
 */
export function meetingTimes(whenText: string | undefined, occurrenceStart: string | undefined, now: Date, todayInView = false): MeetingTimes | undefined {
  const text = whenText ?? '';
  const found = applyMeridiemToFirst(clocks(text));
  if (occurrenceStart) {
    const start = Date.parse(occurrenceStart);
    if (Number.isNaN(start)) return undefined;
    if (found.length >= 2) {
      let length = found[1]!.minutes - found[0]!.minutes;
      if (length <= 0) length += 24 * 60;
      return { start: new Date(start).toISOString(), end: new Date(start + length * 60_000).toISOString() };
    }
    return undefined;
  }
  if (found.length < 2 || !todayInView || !namesToday(text, found, now)) return undefined;
  const base = localDayStart(now);
  const start = base + found[0]!.minutes * 60_000;
  let end = base + found[1]!.minutes * 60_000;
  if (end <= start) end += 86_400_000;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/** A timed event shows at least one clock time; a when line with none is an all-day event. */
export function looksAllDay(whenText: string | undefined): boolean {
  return whenText !== undefined && whenText.trim() !== '' && clockTimes(whenText).length === 0;
}
