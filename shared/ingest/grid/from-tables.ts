// The tables of a document (Markdown pipe tables, HTML tables, Word tables through mammoth, a Google Doc's tables) as
// grids the matrix reader reads like sheets: HR publishes ladders as tables in documents as often as in spreadsheets.
// Merged cells keep their ranges, every row its source line, and tables that continue one another (the same header
// row, one caption or heading each) become one grid whose captions are group rows.
import type { Block, BlockDocument, TableCell } from '../document/blocks';
import { cleanText } from '../document/text-runs';
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
