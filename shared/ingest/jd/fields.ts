// Reads the facts of a job description: title, seniority, department, reports-to, location, years, education, certifications.

export type FieldName = 'title' | 'level' | 'department' | 'reportsTo' | 'location' | 'experience' | 'education' | 'certifications' | 'ignored';

const FIELD_LABELS: [RegExp, FieldName][] = [
  [/^(job|position|role)?\s*(title|name)$/, 'title'],
  [/^(job|position|career|pay|civil service)?\s*(level|seniority|grade|band)( level)?$/, 'level'],
  [/^(department|dept|team|division|function|business unit|group|organi[sz]ation|practice|job family|family)$/, 'department'],
  [/^(reports? (in)?to|reporting (to|line)|line manager|direct manager|hiring manager|manager|supervisor)$/, 'reportsTo'],
  [/^(location|locations|based in|work location|office|workplace( type)?|where|remote)$/, 'location'],
  [/^((minimum|required|relevant|professional|work)\s+)?(years of )?experience( required| level)?$/, 'experience'],
  [/^(education|degree|qualification level|education level)$/, 'education'],
  [/^(certifications?|licen[cs]es?|licen[cs]es? (and|&) certifications?|certifications? (and|&) licen[cs]es?|credentials?)$/, 'certifications'],
  [/^(employment type|job type|contract|hours|salary|salary range|pay|compensation|closing date|start date|posted|job id|req(uisition)?( id| number)?|reference|travel)$/, 'ignored'],
];

/** "Reports to: Head of Data" → { field: 'reportsTo', value: 'Head of Data' }; undefined when the label is not a job field. */
export function parseFieldLine(text: string): { field: FieldName; label: string; value: string } | undefined {
  const m = /^\s*([^:]{2,40}?)\s*[:：]\s*(.+)$/.exec(text);
  if (!m) return undefined;
  return fieldFromLabel(m[1]!, m[2]!);
}

/** A label/value pair (a line, or a two-cell table row) as a job field. */
export function fieldFromLabel(label: string, value: string): { field: FieldName; label: string; value: string } | undefined {
  const key = label.toLowerCase().replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
  const clean = value.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  for (const [pattern, field] of FIELD_LABELS) if (pattern.test(key)) return { field, label: label.trim(), value: clean };
  return undefined;
}

export interface Seniority {
  /** The word as written ("Senior", "III", "Level 3"). */
  label: string;
  /** Rough order across companies: intern 0 … chief 10; used to order levels when a page does not. */
  order: number;
  management: boolean;
}

const SENIORITY_WORDS: [RegExp, number, boolean][] = [
  [/\b(interns?|internship|trainee|apprentice)\b/i, 0, false],
  [/\b(junior|jr\.?|entry[- ]level|graduate|grad)\b/i, 1, false],
  [/\bassociate\b/i, 1.5, false],
  [/\b(intermediate|mid[- ]level|mid)\b/i, 2, false],
  [/\b(senior|sr\.?)\s+(manager|director)\b/i, 8.5, true],
  [/\b(senior|sr\.?)\b/i, 3, false],
  [/\blead\b/i, 3.5, false],
  [/\bstaff\b/i, 4, false],
  [/\bprincipal\b/i, 5, false],
  [/\bdistinguished\b/i, 6, false],
  // an engineering Fellow is a top level; a Postdoctoral, Research or Teaching Fellow is an early-career post
  [/(?<!\b(postdoctoral|post-doctoral|postdoc|research|teaching|clinical|graduate|visiting|junior|doctoral)\s)\bfellow\b/i, 7, false],
  [/\bhead of\b/i, 8.5, true],
  [/\b(vice president|vp|svp|evp)\b/i, 9.5, true],
  [/\bdirector\b/i, 9, true],
  [/\b(chief|c[etfom]o)\b/i, 10, true],
];

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8 };

/** The seniority a title states: a word (Senior, Staff), a numeral (Engineer III), or a level (Level 3, L4). */
export function seniorityOf(title: string): Seniority | undefined {
  const levelNumber = /\b(?:level|lvl|grade|band|tier)\s*(\d{1,2})(?:[A-C](?![a-z]))?\b|\b[LPM](\d{1,2})\b|\bIC\s?(\d{1,2})\b/i.exec(title);
  if (levelNumber) {
    const n = Number(levelNumber[1] ?? levelNumber[2] ?? levelNumber[3]);
    return { label: levelNumber[0], order: n, management: /^M/i.test(levelNumber[0]) };
  }
  const roman = /\b(I{1,3}|IV|VI{0,3}|V)\s*(?:\(|$|,|-|–)/.exec(title);
  if (roman) return { label: roman[1]!, order: ROMAN[roman[1]!.toLowerCase()] ?? 0, management: false };
  for (const [pattern, order, management] of SENIORITY_WORDS) {
    const m = pattern.exec(title);
    if (m) return { label: capitalise(m[0]), order, management };
  }
  if (/^\s*(senior\s+)?manager\b/i.test(title) || /\bmanager,/i.test(title)) return { label: 'Manager', order: 7, management: true };
  if (/\bmanager\b/i.test(title) && /\b(engineering|people|team|development|delivery)\s+manager\b/i.test(title)) return { label: 'Manager', order: 7, management: true };
  return undefined;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
const YEARS = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
const YEARS_RANGE = new RegExp(String.raw`\b${YEARS}\s*(?:\+|plus)?\s*(?:-|–|—|‐|‑|to)\s*\d{1,2}\s*\+?\s*(?:years?|yrs)\b`, 'i');
const YEARS_MIN = new RegExp(String.raw`\b${YEARS}\s*(?:\(\d{1,2}\)\s*)?(?:\+|plus)?\s*(?:full\s+)?(?:or more\s+)?(?:years?|yrs)\b`, 'i');
/** Years that are not experience: how old a certificate is, how long ago, a time window. */
const NOT_EXPERIENCE_YEARS = /\b(years?|yrs)\s+(old|ago)\b|\b(within|in) the (last|past)\s+\S+\s+years?\b|\bevery\s+\S+\s+years?\b|\byears? of (age|education|study|college|university)\b|\bsemester hours\b/i;
const NO_EXPERIENCE = /\b(does ?n[o’']?t|does not|do not|no)\s+(typically\s+)?(require|need)\w*\b[^.]*\bexperience|\bno (prior |previous |professional )?experience (is )?(required|necessary|needed)|\brequires? no (prior |previous |professional |formal )?experience\b/i;

/** Minimum years of experience a sentence asks for ("5+ years", "5-10 years", "at least two years"); 0 for "no experience required". */
export function experienceYearsIn(text: string): number | undefined {
  if (NO_EXPERIENCE.test(text)) return 0;
  const cleaned = text.replace(NOT_EXPERIENCE_YEARS, ' ');
  const m = YEARS_RANGE.exec(cleaned) ?? YEARS_MIN.exec(cleaned);
  if (!m) return undefined;
  const raw = m[1]!.toLowerCase();
  const n = NUMBER_WORDS[raw] ?? Number(raw);
  return Number.isFinite(n) && n <= 50 ? n : undefined;
}

export function mentionsExperience(text: string): boolean {
  // "10+ years in Accounts Payable", "5 years managing people" say experience without the word
  return /\b(experien\w*|background|track record|working (in|with|as)|in (a|an) [\w\s-]{0,30}role)\b|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(years?|yrs)\s+(in|as|at|managing|leading|running|working|supervising)\b/i.test(text);
}

const EDUCATION = /\b(degree|bachelor\w*|master[’']?s|mba|ph\.?d|doctorate|diploma|b\.?sc?\b|m\.?sc\b|b\.?a\.|high school|ged\b|gcse|a[- ]levels?|undergraduate|postgraduate|university|college|(computer science|cs) education|education in|equivalent (practical |work )?experience)/i;
const CERTIFICATION = /\b(certif\w*|licen[cs]\w*|accredit\w*|chartered|registered nurse|\bRN\b|\bCPA\b|\bPMP\b|\bCIPD\b|\bSHRM(-C?P)?\b|\bCISSP\b|\bCFA\b|\bACCA\b|\bCSM\b|\bITIL\b|\bPRINCE2\b|\bBLS\b|\bACLS\b)/;

export const isEducation = (text: string): boolean => EDUCATION.test(text);
/** The words, in any case ("HR Certification", "Licensed"); the acronyms above only in capitals. */
const CERTIFICATION_WORDS = /\b(certif\w*|licen[cs]\w*|accredit\w*|chartered|registered nurse)|\b(current|valid|active|unrestricted)\b[^.;]{0,60}\bregistration\b|\bregistration (as|with) (an?|the)\b/i;
export const isCertification = (text: string): boolean => (CERTIFICATION.test(text) || CERTIFICATION_WORDS.test(text)) && !/\bpolic(y|ies)\b/i.test(text);

/** "Marketing Department", "Department of Finance", "Finance Division" → the department's name. */
export function departmentNamedIn(line: string): string | undefined {
  const text = line.trim();
  if (text.length > 60) return undefined;
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}&'’ -]{1,40}?)\s+(?:department|dept\.?|division)$/iu.exec(text) ?? /^(?:the\s+)?(?:department|division) of\s+(\p{Lu}[\p{L}&'’ -]{1,40})$/iu.exec(text);
  return m ? m[1]!.trim() : undefined;
}

/**
 * A line right under the title that names only a department ("Finance", "Customer Success"):
 * one to four capitalised words, no verb, no job title.
 */
export function isBareDepartment(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (/\b(remote|hybrid|on-?site|office|full[- ]time|part[- ]time|contract|permanent|temporary|freelance|internship)\b/i.test(line)) return false;
  return words.length <= 4 && words.every((w) => /^(\p{Lu}[\p{L}'’-]*|&|and|of)$/u.test(w)) && /^\p{Lu}/u.test(words[0] ?? '');
}

/** "will report to the Director of Field Marketing" → "Director of Field Marketing". */
export function reportsToIn(text: string): string | undefined {
  const m = /\breport(?:s|ing)?\s+(?:in)?to\s+(?:the\s+|a\s+|an\s+|our\s+)?([A-Z][^.,;()]*?)(?=\s+(?:for|who|and|in|on|within|at|while|with)\b|[.,;()]|$)/.exec(text);
  const found = m?.[1]?.trim();
  return found && found.split(/\s+/).length <= 8 ? found : undefined;
}

/** "Remote", "Hybrid" or "On-site" when the prose says so plainly. */
export function workplaceIn(text: string): string | undefined {
  const m = /\b(fully |100% )?(remote|hybrid|on-?site)\b[\s-]*(first\s+)?(role|position|job|team|organi[sz]ation|company|opportunity|work)\b/i.exec(text) ?? /\bthis (role|position|job) is (fully |100% )?(remote|hybrid|on-?site)\b/i.exec(text);
  if (!m) return undefined;
  const word = (m[2] ?? m[3] ?? '').toLowerCase();
  return word === 'remote' ? 'Remote' : word === 'hybrid' ? 'Hybrid' : word ? 'On-site' : undefined;
}

/** "join our Data Platform team" → "Data Platform". */
export function teamIn(text: string): string | undefined {
  const m = /\b(?:join|part of|member of)\s+(?:our|the)\s+((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)\s+(?:team|department|group|organi[sz]ation)\b/.exec(text);
  return m?.[1];
}

/** Job titles as pages write them in headings: links, "(PBP)"-style tags and "Job description:" prefixes dropped. */
export function cleanTitle(text: string): string {
  return text
    .replace(/^\s*(job description|jd|job posting|position|role|job title)\s*[:\-–—]\s*/i, '')
    .replace(/(\S)\s*[-–—:|]?\s*\b(job description|job profile|role profile|jd)\s*$/i, '$1')
    // "RETAIL MANAGER (posted April 2023)": when it was posted is no part of the title
    .replace(/\s*\((?:posted|updated|reposted|closes|closing|deadline|apply by)\b[^)]*\)\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "grade 7" in a job-grade section → 7. */
export function gradeIn(text: string): number | undefined {
  const m = /\b(?:grade|band|level)\s+(\d{1,2})\b/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Civil-service grades and pay-plan codes: G7, HEO, GS-13, EX-03, AS-03, CS-04. */
const GRADE_CODE = String.raw`(?:G[67]|SCS\s?[1-4]?|HEO|SEO|EO|AO|AA|GS-?\d{1,2}|[A-Z]{2,3}-\d{1,2})`;
const LEVEL_IN_PROSE = [
  // "This role is Grade 7", "a Band 5 post", "graded EX-03", "at SEO grade", "an HEO role"
  new RegExp(String.raw`\b(Grade\s+\d{1,2}|Band\s+\d{1,2}[a-d]?)\b(?=[^.]{0,30}\b(?:post|role|position|job|vacancy)\b)|\b(?:post|role|position|job|vacancy)\b[^.]{0,30}?\b(?:is|at)\s+(?:an?\s+)?(Grade\s+\d{1,2}|Band\s+\d{1,2}[a-d]?)\b`, 'i'),
  new RegExp(String.raw`\bgraded\s+(?:at\s+)?(${GRADE_CODE}|Grade\s+\d{1,2}|Band\s+\d{1,2}[a-d]?)\b|\bat\s+(${GRADE_CODE})\s+(?:grade|level)\b|\b(?:an?|the)\s+(${GRADE_CODE})\s+(?:post|role|position|job|vacancy)\b`),
];

/** The grade a sentence gives the role ("This role is Grade 7", "a Band 5 post", "graded EX-03"); undefined when none. */
export function levelInProse(sentence: string): string | undefined {
  for (const pattern of LEVEL_IN_PROSE) {
    const m = pattern.exec(sentence);
    const found = m?.slice(1).find(Boolean);
    if (found) return found.replace(/\s+/g, ' ').replace(/^(grade|band)/i, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  return undefined;
}

/** A level field's value as people say it: "Grade: 7" is "Grade 7", "Band: 5" is "Band 5"; "G7" stays "G7". */
export function levelFromField(label: string, value: string): string {
  const word = /\b(grade|band|level)\b/i.exec(label)?.[1];
  return word && /^\d{1,2}[a-d]?$/i.test(value.trim()) ? `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()} ${value.trim()}` : value;
}
