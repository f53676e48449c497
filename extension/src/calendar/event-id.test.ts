import { describe, expect, it } from 'vitest';
import { eventIdFromEditUrl, parseEventRef, selfEmailFrom } from './event-id';

const b64 = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('Calendar event ids', () => {
  it('decodes "<event id> <calendar id>" with the occurrence start of a recurring event', () => {
    expect(parseEventRef(b64('51h15rb48o1ighm3rn79dn6vhi_20230729T230000Z c_ddf4@g'))).toEqual({
      eventId: '51h15rb48o1ighm3rn79dn6vhi_20230729T230000Z',
      seriesId: '51h15rb48o1ighm3rn79dn6vhi',
      calendarId: 'c_ddf4@group.calendar.google.com',
      occurrenceStart: '2023-07-29T23:00:00Z',
    });
  });
  it('expands the gmail shorthand and marks all-day occurrences', () => {
    expect(parseEventRef(b64('677gjmgkbsjev6a6qtu0gjflnr dpeter99@m'))).toMatchObject({ calendarId: 'dpeter99@gmail.com', seriesId: '677gjmgkbsjev6a6qtu0gjflnr' });
    expect(parseEventRef(b64('series_20260302 dana@example.com'))).toMatchObject({ allDayOccurrence: true, seriesId: 'series' });
  });
  it('refuses what is not an event id', () => {
    expect(parseEventRef(undefined)).toBeUndefined();
    expect(parseEventRef('%%%')).toBeUndefined();
    expect(parseEventRef(b64('<script>alert(1)</script> x'))).toBeUndefined();
  });
  it('reads the id from an edit URL, and self from a personal calendar only', () => {
    expect(eventIdFromEditUrl('https://calendar.google.com/calendar/u/1/r/eventedit/NjdfX2I?tab=mc')).toBe('NjdfX2I');
    expect(eventIdFromEditUrl('https://calendar.google.com/calendar/u/0/r/week/2026/3/2')).toBeUndefined();
    expect(selfEmailFrom(parseEventRef(b64('x Dana@Example.com')))).toBe('dana@example.com');
    expect(selfEmailFrom(parseEventRef(b64('x c_1@group.calendar.google.com')))).toBeUndefined();
  });
});
