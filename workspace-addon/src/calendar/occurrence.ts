// Which day a Calendar event occurrence is on, from its id: an occurrence of a recurring event is named
// "<series>_<start>" (20260302 or 20260302T100000Z), so the card can pick the same questions the extension picks
// for that meeting even when it is opened on another day. A single event's day is not in its id.
export function occurrenceDayOf(eventId: string | undefined): string | undefined {
  const m = eventId ? /_(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(eventId) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
