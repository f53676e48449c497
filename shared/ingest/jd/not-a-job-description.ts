// Files people pick by mistake when asked for a job description: a calendar page, a spreadsheet saved as text. Each is
// named for what it looks like, so the person can pick the right file instead of getting a role titled "Drawer".
import type { BlockDocument } from '../document/blocks';

const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b/gi;
const CLOCK = /\b([01]?\d|2[0-3])(:[0-5]\d)?\s?(am|pm)\b|\b([01]?\d|2[0-3]):[0-5]\d\b/gi;
const JOB_SECTION = /\b(responsibilit|requirement|qualification|duties|what you('ll| will) do|about the role|essential|desirable|skills)/i;

function documentText(doc: BlockDocument): string {
  return doc.blocks.map((b) => (b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text).join(' ')).join('\n') : b.text)).join('\n');
}

/** Why this document is not a job description, in words a person recognises; undefined when it may be one. */
export function notAJobDescription(doc: BlockDocument): string | undefined {
  const text = documentText(doc);
  const sections = doc.blocks.filter((b) => b.type === 'heading' && JOB_SECTION.test(b.text)).length;
  if (/^\s*BEGIN:VCALENDAR/m.test(text)) return 'this is a calendar file (iCalendar), not a job description';
  const calendarTitle = doc.title !== undefined && /\b(calendar|agenda|schedule)\b/i.test(doc.title);
  const days = new Set((text.match(WEEKDAYS) ?? []).map((d) => d.slice(0, 3).toLowerCase())).size;
  const times = (text.match(CLOCK) ?? []).length;
  if (sections < 2 && (calendarTitle || (days >= 5 && times >= 12))) {
    return `this looks like a calendar page${doc.title ? ` ("${doc.title}")` : ''}, not a job description: save the job description itself (the posting's page, a Word or Google Doc, or its text)`;
  }
  return undefined;
}

/**
 * A spreadsheet saved as text (CSV or tab-separated): most lines split into the same number (two or more) of cells.
 * Returns the shape when it is one.
 */
export function delimitedTableShape(text: string): { delimiter: string; columns: number; rows: number } | undefined {
  const lines = text.split(/\r\n?|\n/).filter((l) => l.trim());
  if (lines.length < 4) return undefined;
  for (const delimiter of ['\t', ',', ';']) {
    const counts = lines.slice(0, 200).map((l) => cellsOf(l, delimiter));
    const common = mode(counts);
    if (common < 3) continue;
    const same = counts.filter((c) => c === common).length;
    if (same / counts.length >= 0.8) return { delimiter: delimiter === '\t' ? 'tab' : delimiter, columns: common, rows: lines.length };
  }
  return undefined;
}

function cellsOf(line: string, delimiter: string): number {
  let cells = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) cells++;
  }
  return cells;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
