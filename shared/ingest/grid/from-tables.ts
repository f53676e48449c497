// The tables of a document (Markdown pipe tables, HTML tables, Word tables through mammoth, a Google Doc's tables) as
// grids the matrix reader reads like sheets: HR publishes ladders as tables in documents as often as in spreadsheets.
// Merged cells keep their ranges, every row its source line, and tables that continue one another (the same header
// row, one caption or heading each) become one grid whose captions are group rows.
import type { Block, BlockDocument, TableCell } from '../document/blocks';
import { htmlToBlocks } from '../document/html';
import { markdownToBlocks } from '../document/markdown';
import { cleanText, decodeEntities, lineCounter } from '../document/text-runs';
import { nameKey } from '../../model/names';
import type { Cell, Grid, MergedRange } from './grid';

interface FoundTable {
  rows: TableCell[][];
  line?: number;
  /** The table's caption, else the heading it sits under. */
  name?: string;
  caption?: string;
}

const EMPTY: Cell = { value: null, display: '' };
/** A pandoc caption: "Table: …" right after the table. */
const PANDOC_CAPTION = /^(?:table|tbl)\s*:\s*(.+?)(?:\s*\{#[^}]*\})?\s*$/i;

/** The tables of a document, each a grid; tables that continue one another are joined. */
export function documentGrids(doc: BlockDocument): Grid[] {
  const found = tablesOf(doc.blocks);
  const groups: FoundTable[][] = [];
  for (const table of found) {
    const last = groups[groups.length - 1];
    if (last && headerKey(last[0]!) === headerKey(table)) last.push(table);
    else groups.push([table]);
  }
  const names = new Set<string>();
  return groups.map((group, i) => {
    let sheet = (group.length === 1 ? group[0]!.caption || group[0]!.name : commonHeading(group)) || `table ${i + 1}`;
    for (let n = 2; names.has(nameKey(sheet)); n++) sheet = `${sheet} ${n}`;
    names.add(nameKey(sheet));
    return toGrid(group, sheet, doc.file);
  });
}

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
    for (; end < lines.length && lines[end]!.includes('|') && lines[end]!.trim() && !fencedLine.has(end); end++) rows.push(splitRow(lines[end]!).map((t) => ({ text: t, line: end + 1 })));
    const width = header.length;
    tables.push({ type: 'table', rows: rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { text: '' })), line: i + 1 });
    for (let l = i; l < end; l++) lines[l] = '';
    i = end - 1;
  }
  return { rest: tables.length ? lines.join('\n') : text, tables };
}

/** One table row's cells: split on unescaped pipes, inline Markdown reduced to its text. */
function splitRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let k = 0; k < body.length; k++) {
    const ch = body[k]!;
    if (ch === '\\' && body[k + 1] === '|') {
      current += '|';
      k++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells.map(inlineText);
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

function tablesOf(blocks: readonly Block[]): FoundTable[] {
  const out: FoundTable[] = [];
  let heading: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'heading') heading = block.text;
    if (block.type !== 'table') continue;
    const rows = block.rows.filter((row) => row.some((c) => c.text.trim() || c.merged));
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length < 2 || width < 2) continue;
    const next = blocks[i + 1];
    const pandoc = next?.type === 'paragraph' ? PANDOC_CAPTION.exec(next.text) : null;
    const caption = block.caption || (pandoc ? cleanText(pandoc[1]!) : undefined);
    out.push({ rows, ...(block.line !== undefined ? { line: block.line } : {}), ...(heading ? { name: heading } : {}), ...(caption ? { caption } : {}) });
  }
  return out;
}

function headerKey(table: FoundTable): string {
  const header = table.rows.find((row) => row.filter((c) => c.text.trim()).length >= 2) ?? table.rows[0]!;
  return header.map((c) => nameKey(c.text)).join('\u0000');
}

function commonHeading(group: FoundTable[]): string | undefined {
  const names = new Set(group.map((t) => t.name).filter(Boolean));
  return names.size === 1 ? [...names][0] : undefined;
}

function toGrid(group: FoundTable[], sheet: string, file: string | undefined): Grid {
  const rows: Cell[][] = [];
  const rowLines: number[] = [];
  const merges: MergedRange[] = [];
  const labelled = group.length > 1;
  const pushLabel = (label: string, line: number | undefined) => {
    rows.push([{ value: label, display: label }]);
    rowLines.push(line ?? 0);
  };
  const pushRow = (row: TableCell[], line: number | undefined) => {
    const at = rows.length;
    const cells: Cell[] = row.map((cell) => (cell.merged || !cell.text.trim() ? EMPTY : { value: cell.text, display: cell.text }));
    row.forEach((cell, c) => {
      if (cell.merged) return;
      const colspan = cell.colspan ?? 1;
      const rowspan = cell.rowspan ?? 1;
      if (colspan > 1 || rowspan > 1) merges.push({ startRow: at, startCol: c, endRow: at + rowspan - 1, endCol: c + colspan - 1 });
    });
    rows.push(cells);
    rowLines.push(row.find((c) => c.line !== undefined)?.line ?? line ?? 0);
  };
  group.forEach((table, t) => {
    const header = Math.max(0, firstContentRow(table));
    const label = labelled ? table.caption || table.name : undefined;
    table.rows.forEach((row, r) => {
      // a continuing table's title and header rows repeat the first table's
      if (t > 0 && r < header) return;
      // joined tables: the caption (or heading) of each names the group of rows that follows it
      if (t > 0 && r === header) {
        if (label) pushLabel(label, table.line);
        return;
      }
      pushRow(row, table.line);
      if (label && r === header) pushLabel(label, table.line);
    });
  });
  return { sheet, ...(file !== undefined ? { file } : {}), rows, merges, rowLines };
}

function firstContentRow(table: FoundTable): number {
  return table.rows.findIndex((row) => row.filter((c) => c.text.trim()).length >= 2);
}
