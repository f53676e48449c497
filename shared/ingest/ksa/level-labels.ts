// How ladders name their levels and jobs: "L3", "IC 4", "P2", "Level 1", "Senior", "Mid-market (P3)", "n² (level 1)".
// Used to tell which way a level grid runs, and whether the columns of a matrix are the levels of one job or
// different jobs.

const CODE = /^(?:[a-z]{1,4}\s?-?\s?\d{1,2}[a-c]?|\d{1,2}(?:\.\d)?|[ivx]{1,4}|(?:level|grade|band|tier|stage|step|lvl)\s*[-:]?\s*(?:\d{1,4}|[ivx]{1,4}))$/i;
const CODE_IN_BRACKETS = /\((?:[a-z]{1,4}\s?-?\s?\d{1,2}|level\s*\d{1,2})\)/i;
const TRAILING_CODE = /\b(?:[a-z]{1,4}\d{1,2}|\d{1,2}|[ivx]{1,4})$/i;
const SENIORITY = /\b(?:junior|jr|intern|graduate|apprentice|trainee|associate|entry|mid|medior|intermediate|senior|sr|staff|principal|lead|distinguished|fellow|novice|beginner|manager|director|head|vp|chief|executive)\b\.?/i;

/** Whether a text is a level's code and nothing else: "L3", "IC 4", "Level 2", "level1", "III". */
export function isLevelCode(text: string): boolean {
  return CODE.test(text.replace(/\s+/g, ' ').trim());
}

/** Whether a header or first-column text names a level of a ladder. */
export function looksLikeLevelLabel(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 60) return false;
  if (CODE.test(t) || CODE_IN_BRACKETS.test(t)) return true;
  const words = t.split(' ');
  return words.length <= 6 && (SENIORITY.test(t) || (words.length >= 2 && TRAILING_CODE.test(t) && /[a-z]/i.test(words[0]!)));
}

/** The share of texts that name levels. */
export function levelLabelShare(texts: readonly string[]): number {
  const present = texts.filter((t) => t.trim());
  if (!present.length) return 0;
  return present.filter(looksLikeLevelLabel).length / present.length;
}

/** What is left of a job title without its seniority words and level codes: "Senior Data Engineer II" → "data engineer". */
export function jobCore(title: string): string {
  return title
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(new RegExp(SENIORITY.source, 'gi'), ' ')
    .replace(/\b(?:[a-z]{1,3}\d{1,2}|\d{1,2}|i{1,3}|iv|v|vi{0,3})\b/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/**
 * Columns are different jobs, not the levels of one: no title says a seniority or level, and what each names differs
 * ("Data Engineer", "Backend Developer", "QA Engineer", "Product Owner"). Titles like "Engineer", "Senior Engineer"
 * or "L1 … L5" are one ladder.
 */
export function looksLikeDifferentJobs(titles: readonly string[]): boolean {
  if (titles.length < 2) return false;
  if (titles.some(looksLikeLevelLabel)) return false;
  const cores = new Set(titles.map(jobCore).filter(Boolean));
  return cores.size === titles.length;
}
