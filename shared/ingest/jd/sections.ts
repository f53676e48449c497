// Recognises what a job-description section is about from its heading, however it is worded or misspelt.
import { isBoldParagraph, type Block } from '../document/blocks';

export type SectionKind =
  | 'summary'
  | 'responsibilities'
  | 'requirements'
  | 'preferred'
  | 'education'
  | 'certifications'
  | 'company'
  | 'benefits'
  | 'process'
  | 'performance'
  | 'grade'
  | 'career'
  | 'levels'
  | 'specialties'
  | 'details'
  | 'other';

/** Kinds whose items a role keeps; the rest (benefits, hiring process …) are read past. */
export const CONTENT_KINDS: ReadonlySet<SectionKind> = new Set(['summary', 'responsibilities', 'requirements', 'preferred', 'education', 'certifications', 'details']);

/**
 * Weighted cues per kind. A cue is a word stem (matched at the start of a heading word, with
 * typo tolerance) or a phrase of stems. Weights add up; the best kind above the threshold wins.
 */
const CUES: Record<Exclude<SectionKind, 'other'>, [string, number][]> = {
  responsibilities: [['delivering', 3], ['deliverable', 3], ['respons', 3], ['responsabilit', 3], ['tâches', 3], ['key accountabilit', 1], ['duties', 3], ['duty', 3], ['you ll do', 3], ['you will do', 3], ['will you do', 3], ['accountab', 3], ['task', 2.5], ['day to day', 3], ['the role', 1], ['role', 0.5], ['expectation', 2.5], ['impact', 1.5], ['what you ll', 1], ['mission', 1.5], ['job function', 3], ['essential function', 3], ['function', 1], ['key result', 2.5], ['scope', 2], ['activit', 2], ['work on', 2], ['you will', 2.5], ['in this role', 3], ['your role', 2.5]],
  requirements: [['requir', 3], ['qualif', 3], ['must', 2.5], ['minimum', 2], ['basic', 1], ['essential', 2.5], ['you ll bring', 3], ['you will bring', 3], ['bring', 2], ['looking for', 3], ['about you', 3], ['you have', 2.5], ['who you are', 3], ['skill', 2.5], ['competenc', 2.5], ['knowledge', 2], ['abilit', 2], ['experience', 2.5], ['profile', 1.5], ['need', 1.5], ['criteria', 2], ['prerequisit', 3], ['background', 2], ['what it takes', 3], ['success', 1], ['ideal candidate', 5], ['you ll need', 3.5], ['you will need', 3.5], ['need from you', 3.5], ['person spec', 3.5], ['your profile', 3], ['must have', 1.5], ['specialist skill', 3], ['job specific', 3], ['specific skill', 3], ['technical skill', 1], ['essential criteria', 2], ['competences', 2.5], ['vous', 0], ['profil', 1.5], ['exigences', 3], ['compétences', 2.5], ['la recherche d', 3], ['someone who', 2.5], ['fit right', 3.5], ['selection criteria', 4], ['assessment criteria', 4], ['person specification', 4], ['good fit', 3], ['great fit', 3], ['right fit', 3], ['perfect fit', 3], ['be a fit', 3]],
  preferred: [['prefer', 4], ['atout', 3.5], ['souhait', 3], ['nice', 3.5], ['bonus', 4], ['plus', 2], ['desir', 3.5], ['ideal', 3], ['optional', 3], ['advantag', 3.5], ['extra credit', 4], ['good to have', 4], ['great to have', 4], ['stand out', 3.5], ['would be great', 3]],
  summary: [['summary', 3], ['overview', 3], ['about the role', 3.5], ['about this role', 3.5], ['about the position', 3.5], ['about the job', 3.5], ['about this job', 3.5], ['about the post', 3.5], ['purpose', 3], ['description', 2.5], ['introduc', 2.5], ['opportunity', 2.5], ['position', 1], ['the job', 1.5], ['objective', 2]],
  education: [['educat', 3], ['degree', 3], ['academic', 2.5], ['training', 1.5]],
  certifications: [['certif', 3], ['licen', 3], ['credential', 3], ['accreditation', 3], ['registration', 2]],
  company: [['about us', 3.5], ['company', 2.5], ['who we are', 3.5], ['our story', 3], ['our culture', 3], ['culture', 2], ['values', 2], ['about', 1], ['diversity', 2.5]],
  benefits: [['benefit', 3], ['perk', 3], ['we offer', 3], ['offer', 1.5], ['compensat', 3], ['salary', 3], ['pay', 2], ['why join', 3], ['why work', 3], ['what you get', 3], ['rewards', 2.5]],
  process: [['apply now', 3.5], ['learn more', 2.5], ['selection', 2.5], ['hiring', 3], ['interview', 3], ['how to apply', 3.5], ['apply', 2], ['application', 2.5], ['process', 1.5], ['equal opportunity', 3.5], ['eeo', 3], ['next step', 2], ['recruit', 2]],
  performance: [['performance indicator', 4], ['indicator', 2.5], ['kpi', 3.5], ['metric', 3], ['okr', 3], ['measure', 2], ['success look', 3]],
  grade: [['job grade', 4], ['grade', 3], ['band', 2.5], ['pay grade', 4]],
  career: [['career', 3], ['ladder', 3], ['progression', 3], ['promotion', 3], ['growth path', 3]],
  levels: [['levels', 3], ['job titles', 3], ['titles', 2]],
  specialties: [['specialt', 3.5], ['speciali', 3.5], ['focus area', 3]],
  details: [['details', 2], ['job info', 3], ['at a glance', 3], ['location', 3], ['reports to', 3.5], ['reporting', 2.5], ['department', 2.5], ['working hours', 3], ['schedule', 2]],
};

const NOT_A_SLIP: Record<string, RegExp> = { accountab: /^account(s|ant|ants|ing|ancy|ed)?$/, responsabilit: /^responsib/ };

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Whether a heading word begins with a stem, allowing a typo in proportion to the stem's length
 * ("responsibilites" and "resposibilities" both start with "respons" near enough).
 */
export function wordStartsWith(word: string, stem: string): boolean {
  if (word.startsWith(stem)) return true;
  // real words a typo away from a stem: an "Accountant" or "Accounts Payable" heading names a job, not accountabilities
  if (NOT_A_SLIP[stem]?.test(word)) return false;
  if (stem.length < 5 || word.length < stem.length - 1 || word[0] !== stem[0]) return false;
  // shorter stems take only the typos of a hurried hand, never a different letter: "designers" is not a misspelt "desired"
  if (stem.length < 7) return slipOf(word, stem);
  // two typos only when the word starts right: "profession" is not a misspelt "progression"
  const tolerance = stem.length >= 8 && word.slice(0, 4) === stem.slice(0, 4) ? 2 : 1;
  for (let k = stem.length - 1; k <= stem.length + 1; k++) {
    if (k <= word.length && editDistance(word.slice(0, k), stem, tolerance) <= tolerance) return true;
  }
  return false;
}

/**
 * Whether a word starts with a stem typed with one slip inside it: a letter left out ("Reqirements",
 * "Skils"), one doubled or added ("Requierments"), two neighbours swapped, or, for a whole word, its
 * letters jumbled ("grate" for "great"). The first and last letters of the stem stay put, so a word
 * that merely shares the stem's opening is not one.
 */
function slipOf(word: string, stem: string): boolean {
  const n = stem.length;
  // the letters a hand drops or doubles: a vowel, or one of a double letter ("Skils"); "Liens" is not "licen…"
  const slippable = (i: number) => /[aeiouy]/.test(stem[i]!) || stem[i] === stem[i - 1] || stem[i] === stem[i + 1];
  for (let i = 1; i < n - 1; i++) {
    // left out
    if (word.length > n - 1 && slippable(i) && word.startsWith(stem.slice(0, i) + stem.slice(i + 1))) return true;
    // swapped with the next letter
    if (n >= 6 && i < n - 2 && word.startsWith(stem.slice(0, i) + stem[i + 1] + stem[i] + stem.slice(i + 2))) return true;
  }
  // added (the extra letter sits inside the stem); swaps and additions need six letters: "garden" is not "grade"
  for (let i = 1; i < n; i++) {
    const extra = word[i]!;
    if (n >= 6 && word.length > n && (/[aeiouy]/.test(extra) || extra === stem[i - 1] || extra === stem[i]) && word.slice(0, i) === stem.slice(0, i) && word.slice(i + 1, n + 1) === stem.slice(i)) return true;
  }
  return word.length === n && [...word].sort().join('') === [...stem].sort().join('');
}

export function headingWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    // "What youll do" is "What you'll do" without its apostrophe
    .replace(/\byou(ll|re|ve|d)\b/g, 'you $1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The cues split into words once, not on every heading. */
const CUE_PARTS = (Object.entries(CUES) as [Exclude<SectionKind, 'other'>, [string, number][]][]).map(([kind, cues]) => [kind, cues.map(([cue, weight]) => [cue.split(' '), weight] as const)] as const);

function cueMatches(words: string[], parts: readonly string[]): boolean {
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, j) => (p.length <= 3 ? words[i + j] === p : wordStartsWith(words[i + j]!, p)))) return true;
  }
  return false;
}

/** Long pages repeat their headings and table labels; each is classified once. */
const classified = new Map<string, HeadingClass>();

export interface HeadingClass {
  kind: SectionKind;
  score: number;
}

const THRESHOLD = 2.5;

/** What a section heading announces: "What you'll bring" → requirements, "Bonus points" → preferred. */
export function classifyHeading(text: string): HeadingClass {
  const known = classified.get(text);
  if (known) return { ...known };
  const result = classifyWords(headingWords(text));
  if (classified.size > 5000) classified.clear();
  classified.set(text, result);
  return { ...result };
}

function classifyWords(words: string[]): HeadingClass {
  if (!words.length || words.length > 10) return { kind: 'other', score: 0 };
  const scores = new Map<SectionKind, number>();
  for (const [kind, cues] of CUE_PARTS) {
    let score = 0;
    for (const [parts, weight] of cues) if (cueMatches(words, parts)) score += weight;
    if (score > 0) scores.set(kind, score);
  }
  // a "Payroll Specialist" is a job, not the family's specialties
  if (scores.has('specialties') && !words.some((w) => /^speciali[sz]?(t(y|ies)|ation|ations|sm|sms)$|^specialt/.test(w) || w === 'focus')) scores.delete('specialties');
  // "Specialist skills", "Specialised knowledge" name what the role needs, not the family's specialties
  if (scores.has('specialties') && words.some((w) => /^(skill|knowledge|competenc|abilit|experience|criteri|requirement)/.test(w))) scores.delete('specialties');
  // "We're looking for someone who will:", "In this role you will": a heading that ends on "will" announces what the
  // person will do, though "looking for" leans to requirements ("…who will need" or "you will bring" end otherwise)
  if (words[words.length - 1] === 'will' && words.some((w) => w === 'who' || w === 'you')) return { kind: 'responsibilities', score: Math.max(4, scores.get('responsibilities') ?? 0) };
  // "Preferred qualifications", "Nice-to-have requirements": the qualifier decides
  // ("The ideal candidate" is the requirements, though "ideal" alone leans preferred)
  const preferred = scores.get('preferred') ?? 0;
  if (preferred >= 3 && preferred >= (scores.get('requirements') ?? 0)) return { kind: 'preferred', score: preferred };
  let best: HeadingClass = { kind: 'other', score: 0 };
  for (const [kind, score] of scores) if (score > best.score) best = { kind, score };
  return best.score >= THRESHOLD ? best : { kind: 'other', score: best.score };
}

/**
 * Whether a block reads as a heading even if it is not marked as one: a bold short paragraph
 * (Google Docs), an UPPERCASE line, or a "Label:" with nothing after it.
 */
export function headingText(block: Block): string | undefined {
  if (block.type === 'heading') return block.text;
  if (block.type !== 'paragraph') return undefined;
  const text = block.text.trim();
  const words = text.split(/\s+/).length;
  if (words > 12 || text.length > 100) return undefined;
  // a bold question is a heading people write ("What will I be delivering?"); a sentence is not
  if (/[.!]$/.test(text) || (/\?$/.test(text) && !isBoldParagraph(block))) return undefined;
  if (isBoldParagraph(block)) {
    // "**Experience:** 5 years" is a field, not a heading
    const label = /^([^:]+):\s*(.*)$/.exec(text);
    if (label && label[2]) return undefined;
    return text.replace(/:$/, '');
  }
  if (/^[^:]{2,60}:$/.test(text) && words <= 6) return text.replace(/:$/, '');
  // a short line on its own that names a section ("Responsibilities", "Key duties") in a text pasted from an email
  if (words <= 4 && !/:\s*\S/.test(text)) {
    const named = classifyHeading(text);
    if (named.kind !== 'other' && named.score >= 3) return text;
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && words <= 8) return text;
  return undefined;
}
