// Recognising a one-on-one from what a calendar shows of an event, and when its development minutes start.
// Pure: the extension feeds it what it reads from Calendar's page, the add-on what Apps Script gives it.

export interface MeetingAttendee {
  email?: string;
  name?: string;
  /** The person looking at the calendar. */
  self?: boolean;
  /** A room or other bookable resource. */
  resource?: boolean;
  organizer?: boolean;
  optional?: boolean;
  /** A group or mailing-list address, when the source can tell. */
  group?: boolean;
}

export interface MeetingFacts {
  title: string;
  attendees: MeetingAttendee[];
  allDay: boolean;
  /** ISO date-times of this occurrence. */
  start?: string;
  end?: string;
  /** The calendar owner's email, when the source knows it and the attendees do not say `self`. */
  selfEmail?: string;
  /** Id shared by every occurrence of a recurring event (see seriesIdOf). */
  seriesId?: string;
  /**
   * False when the source could not read the guest list at all; then only the title can tell.
   * Defaults to true: an empty list means nobody else was invited.
   */
  attendeesKnown?: boolean;
}

export interface OneOnOneRules {
  /** Titles like "1:1", "1-on-1", "one on one", "1on1", "A / B", "A <> B", "A x B" count. */
  titlePatterns: boolean;
  /** Exactly two people (you and one other) count. */
  attendeeCount: boolean;
  /** More titles that count: a phrase matched as whole words, or "/regex/flags". */
  extraTitlePatterns: string[];
  /** Titles that never count ("interview", "/^focus/i"), checked first. */
  excludeTitlePatterns: string[];
  /** Addresses that are groups, not people: "@googlegroups.com" (a domain), "team-*" (a local part with *), or "/regex/". */
  groupAddressPatterns?: string[];
}

/** Address shapes that are rooms, shared calendars or mailing lists rather than a person. */
export const DEFAULT_GROUP_ADDRESS_PATTERNS: readonly string[] = [
  '@resource.calendar.google.com',
  '@group.calendar.google.com',
  '@group.v.calendar.google.com',
  '@googlegroups.com',
  'all',
  'all-*',
  '*-all',
  'everyone',
  'everyone-*',
  '*-team',
  'team-*',
  '*-list',
  '*-group',
  // mailing lists named for who is on them or what they carry: eng-leads@, design-managers@, platform-oncall@
  '*-leads',
  '*-leaders',
  '*-managers',
  '*-mgmt',
  '*-staff',
  '*-members',
  '*-owners',
  '*-admins',
  '*-oncall',
  '*-announce',
  '*-discuss',
  '*-notifications',
  '*-alerts',
  'noreply',
  'no-reply',
];

export const DEFAULT_ONE_ON_ONE_RULES: OneOnOneRules = {
  titlePatterns: true,
  attendeeCount: true,
  extraTitlePatterns: [],
  excludeTitlePatterns: [],
  groupAddressPatterns: [...DEFAULT_GROUP_ADDRESS_PATTERNS],
};

export interface OneOnOneVerdict {
  oneOnOne: boolean;
  /** Why, in words for the options page and for debugging a miss. */
  reason: string;
  /** The person the one-on-one is with, when the guest list names them. */
  other?: MeetingAttendee;
}

// "1:1", "1-on-1", "1 on 1", "1on1", "1x1", "one on one", "one-on-one"; digits must not be part of a longer number.
const ONE_ON_ONE_WORDS = /(^|[^\w:/])(1\s*(:|x|-on-|\s+on\s+|on)\s*1|one[\s-]+on[\s-]+one)(?!\w|[:/]\d)/i;
// "Alex / Dana", "Alex <> Dana", "Alex x Dana", "Alex X Dana": each side one to three capitalised name-like words.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}`;
const NAME_PAIR = new RegExp(String.raw`^(${NAME})\s*(?:\/|<>|<->|\s[xX×]\s)\s*(${NAME})$`, 'u');
// A cadence word after the names ("Alex / Dana - weekly") does not change what the meeting is.
const CADENCE = /\s*[-–—:|]?\s*\b(weekly|biweekly|bi-weekly|monthly|sync|catch[- ]?up|check[- ]?in|chat)\s*$/i;
// Nor does a note in brackets at the end: "Alex / Dana (weekly)", "Alex <> Dana [moved]".
const TRAILING_NOTE = /\s*(\([^()]*\)|\[[^[\]]*\])\s*$/;
/**
 * Words that name a team, a function or a kind of meeting rather than a person: "Design / Engineering" and
 * "Sales x Marketing" are two teams meeting, not a one-on-one. A side with any of them is not a name.
 */
const NOT_A_PERSON = new Set(
  [
    'design', 'engineering', 'eng', 'product', 'sales', 'marketing', 'finance', 'legal', 'hr', 'people', 'ops', 'operations', 'support',
    'security', 'data', 'platform', 'infra', 'infrastructure', 'qa', 'it', 'research', 'leadership', 'management', 'team', 'teams',
    'frontend', 'backend', 'mobile', 'web', 'devops', 'sre', 'growth', 'partnerships', 'partners', 'customers', 'customer', 'success',
    'recruiting', 'talent', 'ux', 'ui', 'brand', 'content', 'comms', 'communications', 'analytics', 'strategy', 'exec', 'execs', 'executive',
    'board', 'staff', 'all', 'everyone', 'company', 'accounting', 'procurement', 'facilities', 'admin', 'community', 'program', 'project',
    'release', 'cloud', 'payments', 'billing', 'review', 'planning', 'standup', 'retro', 'kickoff', 'demo', 'roadmap', 'interview',
  ],
);
const looksLikePerson = (side: string) => !side.split(/\s+/).some((word) => NOT_A_PERSON.has(word.toLowerCase().replace(/[.'’]/g, '')));
// Cheap: a title without "/", "<>", " x " or any of the words cannot match either pattern.
const CANDIDATE = /1|one|\/|<>|\s[x×]\s/i;

/** Compiles a user's pattern: "/regex/flags" as given, anything else as a case-insensitive whole-word phrase. Throws on a bad regex. */
export function compileTitlePattern(pattern: string): RegExp {
  const regex = /^\/(.+)\/([a-z]*)$/s.exec(pattern.trim());
  if (regex) {
    try {
      return new RegExp(regex[1]!, regex[2]!.includes('i') ? regex[2] : `${regex[2]}i`);
    } catch (error) {
      throw new Error(`"${pattern}" is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  const phrase = pattern.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  if (!phrase) throw new Error('a title pattern cannot be empty');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The first pattern that matches, ignoring patterns that do not compile (the options page reports those). */
function firstMatch(title: string, patterns: readonly string[]): string | undefined {
  for (const pattern of patterns) {
    try {
      if (compileTitlePattern(pattern).test(title)) return pattern;
    } catch {
      // an invalid user pattern never breaks detection
    }
  }
  return undefined;
}

/** Whether a title reads like a one-on-one by the built-in shapes. */
export function titleLooksOneOnOne(title: string): boolean {
  if (!CANDIDATE.test(title)) return false;
  if (ONE_ON_ONE_WORDS.test(title)) return true;
  const pair = NAME_PAIR.exec(title.trim().replace(TRAILING_NOTE, '').replace(CADENCE, '').trim());
  return pair !== null && looksLikePerson(pair[1]!) && looksLikePerson(pair[2]!);
}

function groupPatternMatches(email: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase();
  if (!p) return false;
  if (p.startsWith('/')) {
    try {
      return compileTitlePattern(pattern).test(email);
    } catch {
      return false;
    }
  }
  if (p.startsWith('@')) return email.endsWith(p);
  const local = email.split('@')[0]!;
  if (!p.includes('*')) return local === p;
  const re = new RegExp(`^${p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(local);
}

/** A person, not a room, a shared calendar or a mailing list. */
export function isHumanAttendee(attendee: MeetingAttendee, rules: OneOnOneRules = DEFAULT_ONE_ON_ONE_RULES): boolean {
  if (attendee.resource || attendee.group) return false;
  const email = attendee.email?.trim().toLowerCase();
  if (!email) return Boolean(attendee.name?.trim());
  const patterns = rules.groupAddressPatterns ?? DEFAULT_GROUP_ADDRESS_PATTERNS;
  return !patterns.some((p) => groupPatternMatches(email, p));
}

function personKey(a: MeetingAttendee): string {
  return (a.email?.trim().toLowerCase() || a.name?.trim().toLowerCase()) ?? '';
}

function describe(a: MeetingAttendee): string {
  return a.name?.trim() || a.email?.trim() || 'someone';
}

/**
 * Whether an event is a one-on-one: exactly two people (you and one other), or a title that says so.
 * All-day events, events with only you, and group meetings (a third person invited, required) never are,
 * whatever the title says. Optional guests listen in: they do not make a one-on-one a group meeting.
 */
export function detectOneOnOne(meeting: MeetingFacts, rules: OneOnOneRules = DEFAULT_ONE_ON_ONE_RULES): OneOnOneVerdict {
  const title = meeting.title.trim();
  if (meeting.allDay) return { oneOnOne: false, reason: 'all-day event' };
  const excluded = firstMatch(title, rules.excludeTitlePatterns);
  if (excluded !== undefined) return { oneOnOne: false, reason: `title matches the excluded pattern "${excluded}"` };

  const titleSays = rules.titlePatterns && titleLooksOneOnOne(title) ? 'title looks like a one-on-one' : undefined;
  const extra = firstMatch(title, rules.extraTitlePatterns);
  const titleReason = titleSays ?? (extra !== undefined ? `title matches "${extra}"` : undefined);

  if (meeting.attendeesKnown === false) {
    return titleReason ? { oneOnOne: true, reason: `${titleReason} (guest list not readable)` } : { oneOnOne: false, reason: 'guest list not readable and the title does not say one-on-one' };
  }

  const seen = new Set<string>();
  const people = meeting.attendees.filter((a) => {
    const key = personKey(a);
    if (!key || seen.has(key) || !isHumanAttendee(a, rules)) return false;
    seen.add(key);
    return true;
  });
  const selfEmail = meeting.selfEmail?.trim().toLowerCase();
  const isSelf = (a: MeetingAttendee) => Boolean(a.self) || (!!selfEmail && a.email?.trim().toLowerCase() === selfEmail);
  const required = people.filter((a) => !a.optional || isSelf(a));
  const selfListed = required.some(isSelf);
  const others = required.filter((a) => !isSelf(a));

  let other: MeetingAttendee | undefined;
  if (selfListed || selfEmail) {
    if (others.length === 0) return { oneOnOne: false, reason: 'only you are invited' };
    if (others.length > 1) return { oneOnOne: false, reason: `group meeting: ${others.length + (selfListed ? 1 : 0)} people` };
    other = others[0];
  } else {
    // Without knowing who "you" are, two people are you and the other; the organizer is most likely you.
    if (required.length < 2) return { oneOnOne: false, reason: required.length ? 'only one person is invited' : 'nobody else is invited' };
    if (required.length > 2) return { oneOnOne: false, reason: `group meeting: ${required.length} people` };
    other = required.find((a) => !a.organizer) ?? required[1];
  }

  if (rules.attendeeCount) return { oneOnOne: true, reason: `two people: you and ${describe(other!)}`, other };
  if (titleReason) return { oneOnOne: true, reason: titleReason, other };
  return { oneOnOne: false, reason: 'the title does not say one-on-one and the attendee-count rule is off' };
}

export type MeetingPhase = 'before' | 'meeting' | 'development' | 'after';

/**
 * Where a meeting stands against its development minutes (the last `minutes`, 15 by default; the whole of a
 * shorter meeting). Times are ISO strings; an unreadable one is a RangeError saying which.
 */
export function developmentWindow(start: string, end: string, now: string, minutes = 15): { phase: MeetingPhase; msToDevelopment: number; msToEnd: number } {
  const at = (label: string, text: string) => {
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) throw new RangeError(`developmentWindow: ${label} "${text}" is not a date-time`);
    return ms;
  };
  const s = at('start', start);
  const e = at('end', end);
  const n = at('now', now);
  if (e < s) throw new RangeError(`developmentWindow: end ${end} is before start ${start}`);
  const development = Math.max(s, e - Math.max(0, minutes) * 60_000);
  const phase: MeetingPhase = n < s ? 'before' : n < development ? 'meeting' : n < e ? 'development' : 'after';
  return { phase, msToDevelopment: Math.max(0, development - n), msToEnd: Math.max(0, e - n) };
}

/**
 * The id every occurrence of a recurring event shares: Calendar names an occurrence "<series>_<start>",
 * with the start as 20240115 or 20240115T100000Z. A single event is its own series.
 */
export function seriesIdOf(eventId: string): string {
  return eventId.replace(/_\d{8}(T\d{6}Z?)?$/, '');
}
