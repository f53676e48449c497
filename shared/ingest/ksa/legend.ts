// Reads the legend HR writes above a matrix ("Scale: 1 = Novice, 2 = Advanced beginner … Blank = not required",
// "Levels: 1-Aware, 2-Capable, 3-Leading", "1 Basic | 2 Capable | 3 Expert", or "Levels: Awareness → Working →
// Practitioner → Expert") into the levels of a scale.

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

// "1-Aware", "1 – Aware", "1 Aware": a small whole number right before a name, the number's sign of being a level
// weaker than "=", so these are read only when the whole text is such a list (see looseLegend)
const LOOSE_PAIR = /(?<![\w.])(\d{1,2})(?:\s*[-–—]\s*|\s+)(?=\p{L})/gu;
/** What may stand before a loose legend's first level: nothing, or a label ("Levels:", "Proficiency scale –"). */
const LEGEND_LABEL = /^\s*(?:(?:proficiency|skill|competency)\s+)?(?:rating\s+)?(?:scale|levels?|legend|key|ratings?)\b[^:=]{0,40}?\s*[:=–—-]?[\s,;|]*$/i;
/** Between two levels of a list: commas, semicolons, pipes, slashes, newlines. */
const ITEM_SEPARATORS = /[,;|/\n]/;

/** A legend read from one text (a cell, or a row's cells joined), or undefined when the text is not a legend. */
export function parseLegend(text: string): Legend | undefined {
  return numberedLegend(text) ?? looseLegend(text) ?? wordLegend(text);
}

/** Whether one cell could be one level of a legend written one level per row ("1 = Novice", "2-Capable", "3 Expert"). */
export function looksLikeLegendItem(text: string): boolean {
  return /^\s*-?\d+\s*(=|:|\)|\.|\s[-–—]\s)/.test(text) || /^\s*\d{1,2}(?:\s*[-–—]\s*|\s+)\p{L}/u.test(text);
}

/**
 * "Levels: 1-Aware, 2-Capable, 3-Leading", "1-Basic 2-Capable 3-Expert", "1 Basic | 2 Capable | 3 Expert": held to
 * more than the "=" form, since "Top 10 skills for 2 teams" has numbers before words too: nothing but a label before
 * the first level, one name between two numbers, and the numbers counting 1, 2, 3 … (or from 0).
 */
function looseLegend(text: string): Legend | undefined {
  const matches = [...text.matchAll(LOOSE_PAIR)];
  if (matches.length < 2) return undefined;
  const before = text.slice(0, matches[0]!.index!);
  if (before.trim() !== '' && !LEGEND_LABEL.test(before)) return undefined;
  const first = Number(matches[0]![1]);
  if (first > 1) return undefined;
  const levels: LegendLevel[] = [];
  const notRequired: string[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (Number(m[1]) !== first + i) return undefined;
    const start = m.index! + m[0].length;
    const last = i + 1 === matches.length;
    const raw = text.slice(start, last ? text.length : matches[i + 1]!.index!);
    // a level's slice holds its name and the separator after it; more text means this is a sentence, not a list
    if (!last && ITEM_SEPARATORS.test(trimSeparators(raw).replace(/\([^)]*\)/g, ''))) return undefined;
    const named = levelName(raw);
    if (!named || named.name.split(/\s+/).length > 6) return undefined;
    if (NOT_REQUIRED_NAME.test(named.name)) notRequired.push(m[1]!);
    else levels.push({ rank: Number(m[1]), ...named });
  }
  notRequired.push(...blankMeanings(text));
  return validLevels(levels) ? { levels, notRequired, words: false } : undefined;
}

function trimSeparators(text: string): string {
  return text.replace(/[\s,;|/]+$/, '');
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
  let text = trimSeparators(raw).split(/[,;|\n]|\s\/\s|\.\s|\.$/)[0]!.trim();
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
