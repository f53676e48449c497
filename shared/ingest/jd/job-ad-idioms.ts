// Phrases job ads use in which a competency's word means something else: "Reports to the Head of Finance" is a reporting
// line, not the skill of reporting; "the closing date" is no sale closed; "health insurance" is a benefit.

/**
 * Each phrase is blanked out of a sentence before it is matched, so its words name nothing. Kept to phrases whose
 * other meaning is certain in a job ad: a phrase that sometimes names the competency stays out of this list.
 */
const IDIOMS: readonly [key: string, idiom: RegExp][] = [
  // words that belong to another thing's name
  ['code', /\b(code of conduct|dress code|zip code|postal code|post code|area code)\b/gi],
  ['design', /\bdesign systems? (team|library)\b/gi],
  ['drive', /\btest drive\b/gi],
  ['code', /\b(civil service|honou?r|ethics|ethical|professional|nursing|building|tax|highway) code\b|\bcodes? of (practice|ethics)\b/gi],
  // the role's place in the organisation: "Reports to: Engineering Manager", "reporting into the Director of Sales"
  ['report', /\breport(s|ing)?\s+(directly\s+)?(in)?to\b\s*:?\s*(the\s+|a\s+|our\s+)?([\p{L}&-]+\s+){0,3}?(head|director|manager|lead|chief|vp|vice|officer|c[eftio]o|president|supervisor|deputy|principal|partner|founder)s?\b/giu],
  ['report', /\breports to\s*:|\breporting lines?\b/gi],
  // "take into account", "on account of": no ledger is kept
  ['account', /\b(into|take|taking|takes|on)\s+account\b( of\b)?/gi],
  // the application's dates and the candidate's interview, not the role's work
  ['clos', /\bclos(ing|e)\s+dates?\b|\bclosed\s+(on|for|over|between)\b/gi],
  ['interview', /\b(present\s+)?(at|your|first|second|final|panel)\s+interviews?\b|\binterviews?(\s+(process|stage)\b|(?=\s+(will|are|is|take)\b))/gi],
  // "in close collaboration", "work closely": near, not a deal closed
  ['clos', /\bclose\s+(collaboration|contact|relationships?|partnership|cooperation|attention|proximity|to|working|links?|ties)\b/gi],
  // present as "here" or "now"
  ['present', /\b(at present|be present|are present|is present|presently|present (in|at|on site|throughout))\b/gi],
  // the company's values listed ("Our values are collaboration, results, efficiency …"): the company's, not a skill asked
  ['values', /\b(our|company|core|the company's)\s+values\s*(are|include|:)[^.;]*/gi],
  // benefits
  ['health', /\b(health\s*(insurance|care|plan|cover|benefits?|cash plan)|healthcare|mental health)\b/gi],
  ['dental', /\bdental (insurance|cover|plan)\b/gi],
  ['budget', /\b(learning|training|development|conference|equipment|home[- ]office|wellbeing|wellness|travel|book)\s+budgets?\b/gi],
];

/**
 * The sentence with each idiom blanked out (its length kept, so positions stay true). Each idiom is looked for only
 * in a sentence holding its key word: nearly every sentence is left as it is at once.
 */
export function withoutIdioms(sentence: string): string {
  let lower: string | undefined;
  let out = sentence;
  for (const [key, idiom] of IDIOMS) {
    lower ??= sentence.toLowerCase();
    if (!lower.includes(key)) continue;
    // an idiom blanked earlier ("present at interview") is not found again by a later one
    out = out.replace(idiom, (m) => ' '.repeat(m.length));
  }
  return out;
}
