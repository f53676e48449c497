// Whether a one-on-one's notes are already in the plan as a check-in, so that saving them twice (a double
// press, the same notes sent again from another tab) records the conversation once.
import type { Plan } from '../model/plan';

export function hasCheckIn(plan: Plan, notes: string, eventId?: string): boolean {
  const text = notes.trim();
  return plan.checkIns.some((c) => c.notes.trim() === text && (c.eventId ?? '') === (eventId ?? ''));
}
