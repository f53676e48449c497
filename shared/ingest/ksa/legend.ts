// Reads the legend HR writes above a matrix ("Scale: 1 = Novice, 2 = Advanced beginner … Blank = not required",
// or "Levels: Awareness → Working → Practitioner → Expert") into the levels of a scale.

export interface LegendLevel {
  rank: number;
  name: string;
  description?: string;
}

export interface Legend {
  levels: LegendLevel[];
  /** Numbers or words the legend says mean "not required" ("0 = none", "- = not needed"). */
  notRequired: string[];
  words: boolean;
}

const NOT_REQUIRED_NAME = /^(not (required|applicable|needed|expected|relevant)|none|n\/?a|no requirement|blank|empty)\b/i;
// "3 = Competent", "3: Competent", "3 - Competent", "3) Competent", "3. Competent"
const NUMBER_PAIR = /(?<![\w.])(-?\d+(?:\.\d+)?)\s*(?:=|:|\)|\.(?!\d)|\s[-–—]\s)\s*/g;
const WORD_LEGEND = /^\s*(?:proficiency\s+)?(?:rating\s+)?(?:scale|levels?|legend|key|ratings?)\b[^:=]{0,40}[:=]\s*(.+)$/is;
const LIST_SEPARATOR = /\s*(?:,|;|\||→|->|=>|>|\/|<|\s[-–—]\s|\band then\b)\s*/;

/** A legend read from one text (a cell, or a row's cells joined), or undefined when the text is not a legend. */
export function parseLegend(text: string): Legend | undefined {
  return numberedLegend(text) ?? wordLegend(text);
}

function numberedLegend(text: string): Legend | undefined {
  const matches = [...text.matchAll(NUMBER_PAIR)];
  if (matches.length < 2) return undefined;
  const levels: LegendLevel[] = [];
  const notRequired: string[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const start = m.index! + m[0].length;
    const end = i + 1 < matches.length ? matches[i + 1]!.index! : text.length;
    const named = levelName(text.slice(start, end));
    if (!named) continue;
    if (NOT_REQUIRED_NAME.test(named.name)) {
      notRequired.push(m[1]!);
      continue;
    }
    levels.push({ rank: Number(m[1]), ...named });
  }
  notRequired.push(...blankMeanings(text));
  return validLevels(levels) ? { levels, notRequired, words: false } : undefined;
}

/** "Novice (knows the basics), 2 = …" -> { name: "Novice", description: "knows the basics" } */
function levelName(raw: string): { name: string; description?: string } | undefined {
  let text = raw.split(/[,;|\n]|\.\s|\.$/)[0]!.trim();
  let description: string | undefined;
  const paren = /^(.*?)\s*\((.+)\)\s*$/.exec(text);
  if (paren && paren[1]) {
    text = paren[1];
    description = paren[2]!.trim();
  }
  const dash = /^(.*?)\s+[-–—:]\s+(.+)$/.exec(text);
  if (dash && dash[1] && dash[1].split(/\s+/).length <= 4) {
    text = dash[1];
    description ??= dash[2]!.trim();
  }
  text = text.replace(/\s+(and|or)$/i, '').trim();
  if (!/^[\p{L}]/u.test(text) || text.length > 60) return undefined;
  return description ? { name: text, description } : { name: text };
}

/** "Blank = not required", "- = n/a": the marks the legend says mean no requirement. */
function blankMeanings(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(^|[\s,;.])(blank|empty|-|–|—|x|n\/a)\s*(?:=|:)\s*([^,;.]+)/gi)) {
    if (NOT_REQUIRED_NAME.test(m[3]!.trim())) out.push(m[2]!.toLowerCase() === 'blank' || m[2]!.toLowerCase() === 'empty' ? '' : m[2]!);
  }
  return out;
}

function wordLegend(text: string): Legend | undefined {
  const m = WORD_LEGEND.exec(text);
  if (!m) return undefined;
  let body = m[1]!.split(/\.\s|\.$/)[0]!;
  const highFirst = /\b(high(est)? (to|first)|descending|top down)\b/i.test(text);
  body = body.replace(/\((low(est)?|high(est)?)( to (low(est)?|high(est)?))?\)/gi, '');
  const items = body
    .split(LIST_SEPARATOR)
    .map((item) => item.replace(/^\d+\s*[=:.)]?\s*/, '').trim())
    .filter((item) => item !== '' && !/[=]/.test(item) && !NOT_REQUIRED_NAME.test(item));
  if (items.length < 2 || items.length > 10) return undefined;
  if (items.some((item) => item.length > 40 || item.split(/\s+/).length > 5 || !/^[\p{L}]/u.test(item))) return undefined;
  const ordered = highFirst ? items.reverse() : items;
  const levels = ordered.map((name, i) => ({ rank: i + 1, name }));
  return validLevels(levels) ? { levels, notRequired: blankMeanings(text), words: true } : undefined;
}

/** At least two levels, ranks ascending, names distinct. */
function validLevels(levels: LegendLevel[]): boolean {
  if (levels.length < 2) return false;
  const names = new Set<string>();
  for (let i = 0; i < levels.length; i++) {
    if (i > 0 && !(levels[i]!.rank > levels[i - 1]!.rank)) return false;
    const key = levels[i]!.name.toLowerCase();
    if (names.has(key)) return false;
    names.add(key);
  }
  return true;
}
