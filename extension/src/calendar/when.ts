// When a meeting runs, from what Calendar shows: the occurrence start in the event id (recurring events) and
// the clock times in the "when" line. Only digits are read, so it does not depend on the page's language.

export interface MeetingTimes {
  start: string;
  end: string;
}

interface Clock {
  minutes: number;
}

/** "10:00", "10.30", "10h30", "2:30pm", "14:30", "2pm": minutes after midnight, in order of appearance. */
export function clockTimes(text: string): Clock[] {
  const out: Clock[] = [];
  const re = /(?<![\d:.])(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d:])/gi;
  for (const m of text.matchAll(re)) {
    const [, hText, minText, meridiem] = m;
    if (minText === undefined && !meridiem) continue; // a bare number is a date, not a time
    let hours = Number(hText);
    const minutes = Number(minText ?? 0);
    if (hours > 23 || minutes > 59) continue;
    if (meridiem) {
      const pm = /^p/i.test(meridiem);
      if (hours > 12) continue;
      hours = (hours % 12) + (pm ? 12 : 0);
    }
    out.push({ minutes: hours * 60 + minutes });
  }
  // "2 – 3pm": the first time borrows the second's meridiem when it has none and is not already later
  return out;
}

function applyMeridiemToFirst(text: string, clocks: Clock[]): Clock[] {
  const hasMeridiem = /\d\s*(a\.?m\.?|p\.?m\.?)/i.exec(text);
  if (clocks.length < 2 || !hasMeridiem) return clocks;
  const firstHasOwn = /^\D*\d{1,2}(?:[:.h]\d{2})?\s*(a\.?m\.?|p\.?m\.?)/i.test(text);
  const [first, second] = clocks as [Clock, Clock];
  if (!firstHasOwn && second.minutes >= 12 * 60 && first.minutes < 12 * 60 && first.minutes + 12 * 60 <= second.minutes) {
    return [{ minutes: first.minutes + 12 * 60 }, second, ...clocks.slice(2)];
  }
  return clocks;
}

function localDayStart(day: Date): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
}

/**
 * The meeting's start and end, or undefined when they cannot be known without reading words.
 * With the occurrence start (recurring events) the date is exact; otherwise the meeting must be today,
 * which the when line shows as today's day of the month.
 */
export function meetingTimes(whenText: string | undefined, occurrenceStart: string | undefined, now: Date): MeetingTimes | undefined {
  const text = whenText ?? '';
  const clocks = applyMeridiemToFirst(text, clockTimes(text));
  if (occurrenceStart) {
    const start = Date.parse(occurrenceStart);
    if (Number.isNaN(start)) return undefined;
    if (clocks.length >= 2) {
      let length = clocks[1]!.minutes - clocks[0]!.minutes;
      if (length <= 0) length += 24 * 60;
      return { start: new Date(start).toISOString(), end: new Date(start + length * 60_000).toISOString() };
    }
    return undefined;
  }
  if (clocks.length < 2) return undefined;
  const days = [...text.matchAll(/(?<![\d:.])(\d{1,2})(?![\d:.]|\s*(a\.?m|p\.?m))/gi)].map((m) => Number(m[1]));
  if (!days.includes(now.getDate())) return undefined;
  const base = localDayStart(now);
  const start = base + clocks[0]!.minutes * 60_000;
  let end = base + clocks[1]!.minutes * 60_000;
  if (end <= start) end += 86_400_000;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/** A timed event shows at least one clock time; a when line with none is an all-day event. */
export function looksAllDay(whenText: string | undefined): boolean {
  return whenText !== undefined && whenText.trim() !== '' && clockTimes(whenText).length === 0;
}
