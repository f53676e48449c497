// Calendar dates for plans: whole days as YYYY-MM-DD, months added the way people count them.

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `day` plus `months` (fractional months add days), clamped to the last day of short months. */
export function addMonths(day: string, months: number): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const whole = Math.floor(months);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + whole;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)));
  out.setUTCDate(out.getUTCDate() + Math.round((months - whole) * 30));
  return isoDay(out);
}

/** Whole days from a to b. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayMs(b.slice(0, 10)) - dayMs(a.slice(0, 10))) / 86_400_000);
}

/**
 * Date.parse of a day, remembered: a team report asks for the same few hundred days tens of thousands of times
 * (every development action's due date against today), and parsing dominates that. Bounded, so it never grows.
 */
const parsedDays = new Map<string, number>();
function dayMs(day: string): number {
  let ms = parsedDays.get(day);
  if (ms === undefined) {
    if (parsedDays.size >= 4096) parsedDays.clear();
    parsedDays.set(day, (ms = Date.parse(day)));
  }
  return ms;
}

/** Milestones (or anything dated) in the order they fall due; the plan keeps its own order. */
export function byDueDate<T extends { due?: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
}
