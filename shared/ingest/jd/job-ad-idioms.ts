// Phrases job ads use in which a competency's word means something else: "Reports to the Head of Finance" is a reporting
// line, not the skill of reporting; "the closing date" is no sale closed; "health insurance" is a benefit.

/**
 * Each phrase is blanked out of a sentence before it is matched, so its words name nothing. Kept to phrases whose
 * other meaning is certain in a job ad: a phrase that sometimes names the competency stays out of this list.
 */
const IDIOMS: readonly RegExp[] = [
  // words that belong to another thing's name
  /\b(code of conduct|dress code|zip code|postal code|post code|area code|design systems? (team|library)|test drive)\b/,
  /\b(civil service|honou?r|ethics|ethical|professional|nursing|building|tax|highway) code\b|\bcodes? of (practice|ethics)\b/,
  // the role's place in the organisation: "Reports to: Engineering Manager", "reporting into the Director of Sales"
  /\breport(s|ing)?\s+(directly\s+)?(in)?to\b\s*:?\s*(the\s+|a\s+|our\s+)?([\p{L}&-]+\s+){0,3}?(head|director|manager|lead|chief|vp|vice|officer|c[eftio]o|president|supervisor|deputy|principal|partner|founder)s?\b/u,
  /\breports to\s*:/,
  /\breporting lines?\b/,
  // "take into account", "on account of": no ledger is kept
  /\b(into|take|taking|takes|on)\s+account\b( of\b)?/,
  // the application's dates and the candidate's interview, not the role's work
  /\bclos(ing|e)\s+dates?\b/,
  /\b(present\s+)?(at|your|first|second|final|panel)\s+interviews?\b/,
  /\binterviews?(\s+(process|stage)\b|(?=\s+(will|are|is|take)\b))/,
  /\bclosed\s+(on|for|over|between)\b/,
  // "in close collaboration", "work closely": near, not a deal closed
  /\bclose\s+(collaboration|contact|relationships?|partnership|cooperation|attention|proximity|to|working|links?|ties)\b/,
  // present as "here" or "now"
  /\b(at present|be present|are present|is present|presently|present (in|at|on site|throughout))\b/,
  // benefits
  /\b(health\s*(insurance|care|plan|cover|benefits?|cash plan)|healthcare|mental health|dental (insurance|cover|plan))\b/,
  /\b(learning|training|development|conference|equipment|home[- ]office|wellbeing|wellness|travel|book)\s+budgets?\b/,
];

/** Every idiom holds one of these words: a sentence without any (nearly all of them) is left as it is at once. */
const KEYS = ['code', 'design', 'drive', 'report', 'account', 'clos', 'interview', 'present', 'health', 'dental', 'budget'];

/** All idioms in one pattern: a sentence holding a key word is scanned once. */
const ANY_IDIOM = new RegExp(IDIOMS.map((idiom) => `(?:${idiom.source})`).join('|'), 'giu');

/** The sentence with each idiom blanked out (its length kept, so positions stay true). */
export function withoutIdioms(sentence: string): string {
  const lower = sentence.toLowerCase();
  if (!KEYS.some((key) => lower.includes(key))) return sentence;
  return sentence.replace(ANY_IDIOM, (m) => ' '.repeat(m.length));
}
