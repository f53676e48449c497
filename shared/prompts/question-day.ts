// The day whose week picks a meeting's questions, the same on every surface: the UTC day of the occurrence's
// start. The extension reads the start from the page, the add-on from the event id (which carries the
// occurrence's start in UTC), so both land on one day, whatever the time zone of the person looking: a
// manager and an employee in different zones, or one person on both surfaces, see the same questions.

/** "…_20260302T100000Z" (a recurring event's occurrence id) → "2026-03-02", its start day in UTC. */
export function occurrenceDayOf(eventId: string | undefined): string | undefined {
  const m = eventId ? /_(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(eventId) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** The questions' day for a meeting: from its start instant, else its occurrence id, else now (all in UTC). */
export function questionDay(meeting: { start?: string | Date; eventId?: string }, now: Date): string {
  if (meeting.start !== undefined) {
    const start = new Date(meeting.start);
    if (!Number.isNaN(start.getTime())) return start.toISOString().slice(0, 10);
  }
  return occurrenceDayOf(meeting.eventId) ?? now.toISOString().slice(0, 10);
}
