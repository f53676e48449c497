// A Markdown document with its tables, as blocks the ladder reader takes: pipe tables read line by line and HTML
// tables written into the Markdown. Apart from from-tables.ts so the add-on's bundle (Google Docs only) never
// carries the Markdown parser.
import { TextTableCell, type Block, type BlockDocument, type TableCell } from '../document/blocks';
import { htmlToBlocks } from '../document/html';
import { markdownToBlocks } from '../document/markdown';
import { decodeEntities, lineCounter } from '../document/text-runs';

/**
 * A Markdown document with its tables: pipe tables (read here, line by line: a 5 MB ladder must not go through a
 * general Markdown inline parser cell by cell) and HTML tables written into the Markdown (GitHub renders them;
 * marked keeps them as raw HTML). The rest of the document goes through the Markdown reader, lines kept.
 */
export function markdownDocumentWithTables(markdown: string, file?: string): BlockDocument {
  const text = markdown.replace(/\r\n?/g, '\n');
  const fences = fencedRanges(text);
  const { rest, tables } = pipeTables(text, fences);
  const doc = markdownToBlocks(rest, file);
  if (tables.length) doc.blocks = [...doc.blocks, ...tables].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (!/<table\b/i.test(text)) return doc;
  const lineAt = lineCounter(text);
  const extra: Block[] = [];
  for (const m of text.matchAll(/<table\b[\s\S]*?<\/table\s*>/gi)) {
    const start = m.index ?? 0;
    if (fences.some(([a, b]) => start >= a && start < b)) continue;
    const first = lineAt(start);
    for (const block of htmlToBlocks(m[0]).blocks) {
      if (block.type !== 'table') continue;
      const shift = (line?: number) => (line === undefined ? first : first + line - 1);
      extra.push({ ...block, line: shift(block.line), rows: block.rows.map((row) => row.map((c) => (c.line === undefined ? c : { ...c, line: shift(c.line) }))) });
    }
  }
  if (!extra.length) return doc;
  // the flattened text marked made of each HTML table stays as paragraphs: harmless to tables, kept for line order
  const blocks = [...doc.blocks, ...extra].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...doc, blocks };
}

const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** GFM pipe tables as table blocks, and the text with their lines blanked (so every other line keeps its number). */
function pipeTables(text: string, fences: [number, number][]): { rest: string; tables: Block[] } {
  const lines = text.split('\n');
  const tables: Block[] = [];
  const fencedLine = new Set<number>();
  if (fences.length) {
    const lineAt = lineCounter(text);
    for (const [a, b] of fences) for (let l = lineAt(a); l <= lineAt(Math.max(a, b - 1)); l++) fencedLine.add(l - 1);
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    if (fencedLine.has(i) || !lines[i]!.includes('|') || !SEPARATOR.test(lines[i + 1]!) || !lines[i + 1]!.includes('-')) continue;
    const header = splitRow(lines[i]!);
    if (header.length < 2 && !lines[i]!.trim().startsWith('|')) continue;
    const rows: TableCell[][] = [header.map((t) => ({ text: t, header: true, line: i + 1 }))];
    let end = i + 2;
    const width = header.length;
    for (; end < lines.length && lines[end]!.includes('|') && lines[end]!.trim() && !fencedLine.has(end); end++) {
      const texts = splitRow(lines[end]!);
      // built at the header's width in one pass: a 5 MB ladder's 200,000 cells are not copied into padded rows
      const row: TableCell[] = new Array(width);
      // each cell is also the grid's cell (TextTableCell): a 5 MB ladder is not held twice on its way to the grid
      for (let c = 0; c < width; c++) row[c] = c === 0 ? new TextTableCell(texts[0] ?? '', end + 1) : new TextTableCell(texts[c] ?? ''); // the row's line, said once
      rows.push(row);
    }
    tables.push({ type: 'table', rows, line: i + 1 });
    for (let l = i; l < end; l++) lines[l] = '';
    i = end - 1;
  }
  return { rest: tables.length ? lines.join('\n') : text, tables };
}

/** One table row's cells: split on unescaped pipes, inline Markdown reduced to its text. */
function splitRow(line: string): string[] {
  let from = 0;
  let to = line.length;
  while (from < to && isSpace(line.charCodeAt(from))) from++;
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--;
  if (line.charCodeAt(from) === 124 /* | */) from++;
  if (to > from && line.charCodeAt(to - 1) === 124 && line.charCodeAt(to - 2) !== 92 /* \ */) to--;
  // each cell is sliced once, at its trimmed bounds: a 5 MB table leaves no trail of half-built or untrimmed strings
  const cells: string[] = [];
  let start = from;
  let escaped = false;
  for (let k = line.indexOf('|', from); ; k = line.indexOf('|', k + 1)) {
    const end = k < 0 || k >= to ? to : k;
    if (end < to && k > 0 && line.charCodeAt(k - 1) === 92 /* \ */) {
      escaped = true;
      continue;
    }
    cells.push(cellText(line, start, end, escaped));
    if (end >= to) break;
    start = end + 1;
    escaped = false;
  }
  return cells;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 160;

/** The text of a cell between two pipes: trimmed, and with its Markdown (and escaped pipes) reduced. */
function cellText(line: string, start: number, end: number, escaped: boolean): string {
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  const raw = line.slice(start, end);
  return inlineText(escaped ? raw.replace(/\\\|/g, '|') : raw);
}

/** "**[D1](x.md)** `code` <br> a &amp; b" → "D1 code\na & b". */
function inlineText(cell: string): string {
  if (!/[[*_`<&\\]/.test(cell)) return cell.trim();
  const text = cell
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_]*?\S)[*_](?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  return decodeEntities(text)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function fencedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;
  for (const m of text.matchAll(re)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

