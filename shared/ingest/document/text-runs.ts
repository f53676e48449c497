// Small text helpers the document adapters share: whitespace, entities, styled runs and offset → line lookups.
import type { TextRun } from './blocks';

/** Collapses runs of whitespace (including non-breaking and zero-width spaces) to one space and trims. */
export function cleanText(text: string): string {
  // most text is plain ASCII with single spaces: each pass only where it changes something (a long page has thousands)
  let t = /[^\x00-\x7f]/.test(text) ? text.replace(/[\u200b\u200c\u200d\ufeff]/g, '') : text;
  if (/\s\s|[^\S ]/.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', bull: '•' };

/** Decodes the entities Markdown sources and hand-written HTML actually use. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Appends text to a run list, merging it into the last run when the styling is the same. */
export function pushRun(runs: TextRun[], text: string, bold = false, italic = false): void {
  if (!text) return;
  const last = runs[runs.length - 1];
  if (last && !!last.bold === bold && !!last.italic === italic) {
    last.text += text;
    return;
  }
  const run: TextRun = { text };
  if (bold) run.bold = true;
  if (italic) run.italic = true;
  runs.push(run);
}

/** The visible text of a run list, whitespace collapsed. */
export function runsText(runs: readonly TextRun[]): string {
  return cleanText(runs.map((r) => r.text).join(''));
}

/** Returns a function mapping a character offset in `text` to its 1-based line. */
export function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
