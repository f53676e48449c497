import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compileTitlePattern,
  DEFAULT_ONE_ON_ONE_RULES,
  detectOneOnOne,
  developmentWindow,
  isHumanAttendee,
  seriesIdOf,
  titleLooksOneOnOne,
  type MeetingAttendee,
  type MeetingFacts,
  type OneOnOneRules,
} from './one-on-one';

const me: MeetingAttendee = { email: 'dana@example.com', name: 'Dana Lee', self: true, organizer: true };
const alex: MeetingAttendee = { email: 'alex@example.com', name: 'Alex Rivera' };
const sam: MeetingAttendee = { email: 'sam@example.com', name: 'Sam Okoro' };
const room: MeetingAttendee = { email: 'c_1888abc@resource.calendar.google.com', name: 'Room 4.01 (6)', resource: true };
const roomByAddress: MeetingAttendee = { email: 'c_1888abc@resource.calendar.google.com', name: 'Room 4.01' };
const list: MeetingAttendee = { email: 'eng-all@example.com', name: 'Engineering' };

const meeting = (title: string, attendees: MeetingAttendee[], extra: Partial<MeetingFacts> = {}): MeetingFacts => ({ title, attendees, allDay: false, ...extra });
const rules = (over: Partial<OneOnOneRules>): OneOnOneRules => ({ ...DEFAULT_ONE_ON_ONE_RULES, ...over });

describe('detectOneOnOne: the table', () => {
  const cases: [string, MeetingFacts, boolean, OneOnOneRules?][] = [
    ['you and one other, any title', meeting('Weekly', [me, alex]), true],
    ['you, one other and a room', meeting('Catch-up', [me, alex, room]), true],
    ['a room known only by its address', meeting('Catch-up', [me, alex, roomByAddress]), true],
    ['the same person listed twice (email case differs)', meeting('Catch-up', [me, alex, { email: 'ALEX@example.com' }]), true],
    ['an optional listener does not make a group', meeting('Catch-up', [me, alex, { ...sam, optional: true }]), true],
    ['self found by selfEmail instead of the flag', meeting('Catch-up', [{ email: 'dana@example.com' }, alex], { selfEmail: 'Dana@Example.com' }), true],
    ['self unknown: two people are you and the other', meeting('Catch-up', [{ email: 'dana@example.com', organizer: true }, alex]), true],
    ['three people: a group meeting', meeting('Team sync', [me, alex, sam]), false],
    ['a group meeting titled 1:1 is still a group', meeting('1:1', [me, alex, sam]), false],
    ['a mailing list makes it a group invitation, not a person', meeting('Eng review', [me, list]), false],
    ['only you', meeting('Focus time', [me]), false],
    ['only you, titled like a one-on-one', meeting('1:1 prep', [me]), false],
    ['nobody at all', meeting('Lunch', []), false],
    ['you and a room', meeting('Heads down', [me, room]), false],
    ['all-day event with two people', meeting('Alex / Dana', [me, alex], { allDay: true }), false],
    ['guest list unreadable, title 1:1', meeting('1:1 Alex', [], { attendeesKnown: false }), true],
    ['guest list unreadable, title "A <> B"', meeting('Alex <> Dana', [], { attendeesKnown: false }), true],
    ['guest list unreadable, ordinary title', meeting('Planning', [], { attendeesKnown: false }), false],
    ['guest list unreadable, title rule off', meeting('1:1', [], { attendeesKnown: false }), false, rules({ titlePatterns: false })],
    ['count rule off: two people need the title', meeting('Weekly', [me, alex]), false, rules({ attendeeCount: false })],
    ['count rule off: two people and a 1:1 title', meeting('1:1 Alex / Dana', [me, alex]), true, rules({ attendeeCount: false })],
    ['extra pattern (phrase)', meeting('Career chat', [], { attendeesKnown: false }), true, rules({ extraTitlePatterns: ['career chat'] })],
    ['extra pattern (regex)', meeting('Mentoring: Alex', [], { attendeesKnown: false }), true, rules({ extraTitlePatterns: ['/^mentoring\\b/'] })],
    ['excluded title wins over two people', meeting('Interview: Alex Rivera', [me, alex]), false, rules({ excludeTitlePatterns: ['interview'] })],
    ['an invalid user regex is ignored, not thrown', meeting('Weekly', [me, alex]), true, rules({ excludeTitlePatterns: ['/([/'] })],
    ['a custom group pattern', meeting('Sync', [me, { email: 'design-crew@example.com' }]), false, rules({ groupAddressPatterns: ['*-crew'] })],
  ];
  it.each(cases)('%s', (_label, facts, expected, r) => {
    expect(detectOneOnOne(facts, r).oneOnOne).toBe(expected);
  });

  it('names the other person, never yourself, the room or the list', () => {
    expect(detectOneOnOne(meeting('x', [me, room, alex])).other?.email).toBe('alex@example.com');
    expect(detectOneOnOne(meeting('x', [alex, me])).other?.email).toBe('alex@example.com');
    expect(detectOneOnOne(meeting('x', [{ email: 'dana@example.com', organizer: true }, alex])).other?.email).toBe('alex@example.com');
  });
  it('says why, in words', () => {
    expect(detectOneOnOne(meeting('x', [me, alex, sam])).reason).toBe('group meeting: 3 people');
    expect(detectOneOnOne(meeting('x', [me])).reason).toBe('only you are invited');
    expect(detectOneOnOne(meeting('x', [me, alex], { allDay: true })).reason).toBe('all-day event');
    expect(detectOneOnOne(meeting('x', [me, alex])).reason).toBe('two people: you and Alex Rivera');
  });
});

describe('titleLooksOneOnOne', () => {
  it.each(['1:1', '1:1 Alex', 'Alex 1:1', '1-on-1', '1 on 1 with Alex', '1on1', '1x1', 'One on one', 'one-on-one: Dana', 'Alex / Dana', 'Alex <> Dana', 'Alex x Dana', 'Alex X Dana', 'Alex / Dana (weekly)', 'Alex <> Dana [moved]', 'Alex Rivera / Dana Lee - weekly', 'Zoë ↔ no'.replace('↔ no', '<> Anaïs')])('"%s" is a one-on-one title', (title) => {
    expect(titleLooksOneOnOne(title)).toBe(true);
  });
  it.each(['Team sync', '11:15 standup', 'Q1:1 review', 'Budget 2025/2026', 'team sync / planning', 'Lunch', 'Sprint 1', 'Retro 10:1', 'Weekly 1:15', '', 'Design / Engineering', 'Sales x Marketing', 'Product <> Design (weekly)', 'HR / IT', 'Platform Team / Dana', 'Alex / Design review'])('"%s" is not', (title) => {
    expect(titleLooksOneOnOne(title)).toBe(false);
  });
});

describe('detectOneOnOne: properties', () => {
  const person = fc.record({ email: fc.emailAddress().filter((e) => isHumanAttendee({ email: e })), name: fc.string({ minLength: 1, maxLength: 12 }) });
  const title = fc.oneof(fc.string(), fc.constantFrom('1:1', 'Alex / Dana', 'Weekly', 'Team sync'));
  it('all-day events never are', () => {
    fc.assert(fc.property(title, fc.array(person, { maxLength: 4 }), (t, people) => !detectOneOnOne(meeting(t, [me, ...people], { allDay: true })).oneOnOne));
  });
  it('three or more distinct people never are, whatever the title', () => {
    fc.assert(
      fc.property(title, fc.uniqueArray(person, { minLength: 2, maxLength: 6, selector: (p) => p.email.toLowerCase() }), (t, people) => {
        fc.pre(!people.some((p) => p.email.toLowerCase() === me.email));
        return !detectOneOnOne(meeting(t, [me, ...people])).oneOnOne;
      }),
    );
  });
  it('you with exactly one other person always are, and rooms or reordering change nothing', () => {
    fc.assert(
      fc.property(title, person, fc.boolean(), (t, other, withRoom) => {
        fc.pre(other.email.toLowerCase() !== me.email);
        const list = withRoom ? [room, other, me] : [me, other];
        const verdict = detectOneOnOne(meeting(t, list));
        return verdict.oneOnOne && verdict.other?.email === other.email;
      }),
    );
  });
  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ email: fc.option(fc.string(), { nil: undefined }), name: fc.option(fc.string(), { nil: undefined }), self: fc.option(fc.boolean(), { nil: undefined }) })), fc.array(fc.string(), { maxLength: 3 }), (t, attendees, extra) => {
        detectOneOnOne(meeting(t, attendees), rules({ extraTitlePatterns: extra, excludeTitlePatterns: extra }));
        return true;
      }),
    );
  });
});

describe('isHumanAttendee and patterns', () => {
  it('tells people from rooms, shared calendars and lists', () => {
    expect(isHumanAttendee(alex)).toBe(true);
    expect(isHumanAttendee(room)).toBe(false);
    expect(isHumanAttendee({ email: 'x@group.calendar.google.com' })).toBe(false);
    expect(isHumanAttendee({ email: 'eng@googlegroups.com' })).toBe(false);
    expect(isHumanAttendee({ email: 'all@example.com' })).toBe(false);
    expect(isHumanAttendee({ email: 'allison@example.com' })).toBe(true);
    expect(isHumanAttendee({ name: 'Alex (no email shown)' })).toBe(true);
    expect(isHumanAttendee({ email: 'alex@example.com', group: true })).toBe(false);
    for (const list of ['eng-leads@example.com', 'design-managers@example.com', 'platform-oncall@example.com', 'noreply@example.com', 'sales-announce@example.com']) expect(isHumanAttendee({ email: list })).toBe(false);
    for (const person of ['mary-jane@example.com', 'j-leader@example.com', 'alex.rivera@example.com']) expect(isHumanAttendee({ email: person })).toBe(true);
  });
  it('compiles phrases as whole words and reports a bad regex clearly', () => {
    expect(compileTitlePattern('career chat').test('Our career  chat')).toBe(true);
    expect(compileTitlePattern('chat').test('chatter')).toBe(false);
    expect(compileTitlePattern('/^mentor/').test('Mentoring')).toBe(true);
    expect(() => compileTitlePattern('/([/')).toThrow(/"\/\(\[\/" is not a valid regular expression/);
    expect(() => compileTitlePattern('  ')).toThrow(/cannot be empty/);
  });
});

describe('developmentWindow', () => {
  const start = '2026-03-02T10:00:00Z';
  const end = '2026-03-02T10:30:00Z';
  it.each([
    ['2026-03-02T09:50:00Z', 'before', 25 * 60_000, 40 * 60_000],
    ['2026-03-02T10:00:00Z', 'meeting', 15 * 60_000, 30 * 60_000],
    ['2026-03-02T10:10:00Z', 'meeting', 5 * 60_000, 20 * 60_000],
    ['2026-03-02T10:15:00Z', 'development', 0, 15 * 60_000],
    ['2026-03-02T10:29:59Z', 'development', 0, 1000],
    ['2026-03-02T10:30:00Z', 'after', 0, 0],
  ] as const)('at %s it is %s', (now, phase, toDev, toEnd) => {
    expect(developmentWindow(start, end, now)).toEqual({ phase, msToDevelopment: toDev, msToEnd: toEnd });
  });
  it('a meeting shorter than the window is development throughout', () => {
    expect(developmentWindow('2026-03-02T10:00:00Z', '2026-03-02T10:10:00Z', '2026-03-02T10:00:00Z').phase).toBe('development');
  });
  it('honours another window length and offsets', () => {
    expect(developmentWindow('2026-03-02T11:00:00+01:00', '2026-03-02T11:30:00+01:00', '2026-03-02T10:21:00Z', 10).phase).toBe('development');
  });
  it('says which time is unreadable', () => {
    expect(() => developmentWindow('soon', end, start)).toThrow(/start "soon"/);
    expect(() => developmentWindow(end, start, start)).toThrow(/before start/);
  });
  it('phases follow each other in time', () => {
    const order = ['before', 'meeting', 'development', 'after'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 240 }), fc.integer({ min: -120, max: 360 }), fc.integer({ min: 0, max: 360 }), (length, a, b) => {
        const s = Date.parse(start);
        const e = s + length * 60_000;
        const [t1, t2] = [a, b].sort((x, y) => x - y).map((m) => new Date(s + m * 60_000).toISOString());
        const p1 = developmentWindow(start, new Date(e).toISOString(), t1!).phase;
        const p2 = developmentWindow(start, new Date(e).toISOString(), t2!).phase;
        return order.indexOf(p1) <= order.indexOf(p2);
      }),
    );
  });
});

describe('seriesIdOf', () => {
  it('strips the occurrence suffix of a recurring event', () => {
    expect(seriesIdOf('51h15rb48o1ighm3rn79dn6vhi_20230729T230000Z')).toBe('51h15rb48o1ighm3rn79dn6vhi');
    expect(seriesIdOf('abc123_20240115')).toBe('abc123');
    expect(seriesIdOf('677gjmgkbsjev6a6qtu0gjflnr')).toBe('677gjmgkbsjev6a6qtu0gjflnr');
  });
});
