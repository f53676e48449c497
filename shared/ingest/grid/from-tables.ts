// The tables of a document (Markdown pipe tables, HTML tables, Word tables through mammoth, a Google Doc's tables) as
// grids the matrix reader reads like sheets: HR publishes ladders as tables in documents as often as in spreadsheets.
// Merged cells keep their ranges, every row its source line, and tables that continue one another (the same header
// row, one caption or heading each) become one grid whose captions are group rows.
import { TextTableCell, type Block, type BlockDocument, type TableCell } from '../document/blocks';
import { cleanText } from '../document/text-runs';
import { nameKey } from '../../model/names';
import type { Cell, Grid, MergedRange } from './grid';
import { parseLegend } from '../ksa/legend';

interface FoundTable {
  rows: TableCell[][];
  line?: number;
  /** The table's caption, else the heading it sits under. */
  name?: string;
  caption?: string;
  /** The legend the document gives before the table (a paragraph, or a small table of its own), as one text. */
  legend?: { text: string; line?: number };
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
  // a legend written as prose ("Levels: 1 = Awareness, 2 = Working …") or as its own small table holds for the
  // tables after it; it is never read as roles
  let legend: FoundTable['legend'];
  const legendTables: FoundTable[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'heading') heading = block.text;
    if ((block.type === 'paragraph' || block.type === 'list-item') && parseLegend(block.text)) legend = { text: block.text, ...(block.line !== undefined ? { line: block.line } : {}) };
    if (block.type !== 'table') continue;
    const rows = block.rows.filter((row) => row.some((c) => c.text.trim() || c.merged));
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length < 2 || width < 2) continue;
    const asLegend = legendTable(rows);
    if (asLegend) {
      legend = { text: asLegend, ...(block.line !== undefined ? { line: block.line } : {}) };
      legendTables.push({ rows, ...(block.line !== undefined ? { line: block.line } : {}), ...(heading ? { name: heading } : {}) });
      continue;
    }
    const next = blocks[i + 1];
    const pandoc = next?.type === 'paragraph' ? PANDOC_CAPTION.exec(next.text) : null;
    const caption = block.caption || (pandoc ? cleanText(pandoc[1]!) : undefined);
    out.push({ rows, ...(block.line !== undefined ? { line: block.line } : {}), ...(heading ? { name: heading } : {}), ...(caption ? { caption } : {}), ...(legend ? { legend } : {}) });
  }
  // a document whose only tables look like legends is read as it is: a legend of nothing is a table of its own
  return out.length ? out : legendTables;
}

/** The header words of a table that explains a scale ("Level | What it means", "Rating | Description"). */
const LEGEND_HEADER = /^(?:proficiency\s+)?(?:levels?|scale|ratings?|scores?|proficiency|key|legend)$/i;

/**
 * A small table that is a legend, written as "Scale: 1 = …, 2 = …" for the matrix reader; undefined for any other
 * table. It has two columns headed by a scale word, and its rows are the levels in order: numbered, or named.
 */
function legendTable(rows: TableCell[][]): string | undefined {
  const texts = rows.map((row) => row.map((c) => (c.merged ? '' : c.text.trim())).filter(Boolean));
  if (texts.some((t) => t.length > 2) || !LEGEND_HEADER.test(texts[0]![0] ?? '')) return undefined;
  const levels = texts.slice(1).filter((t) => t.length);
  if (levels.length < 2 || levels.length > 12) return undefined;
  const numbered = levels.every((t, i) => /^\d+$/.test(t[0]!) && (i === 0 || Number(t[0]) === Number(levels[i - 1]![0]) + 1));
  const pairs = levels.map((t, i) => (numbered ? `${t[0]} = ${firstClause(t[1] ?? '')}` : `${i + 1} = ${firstClause(t[0]!)}`));
  return parseLegend(`Scale: ${pairs.join('; ')}`) ? `Scale: ${pairs.join('; ')}` : undefined;
}

/** A level's name from its cell: the text before a sentence or a list begins. */
function firstClause(text: string): string {
  return text.split(/[.;:\n]|\s[-–—]\s/)[0]!.trim().slice(0, 60);
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
    rows.push(gridRow(row));
    row.forEach((cell, c) => {
      if (cell.merged) return;
      const colspan = cell.colspan ?? 1;
      const rowspan = cell.rowspan ?? 1;
      if (colspan > 1 || rowspan > 1) merges.push({ startRow: at, startCol: c, endRow: at + rowspan - 1, endCol: c + colspan - 1 });
    });
    rowLines.push(row.find((c) => c.line !== undefined)?.line ?? line ?? 0);
  };
  const legend = group[0]!.legend;
  if (legend) pushLabel(legend.text, legend.line);
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

/**
 * A table row as grid cells. A document reader's plain cells (TextTableCell) are grid cells already and are used as
 * they are, and a row of nothing else is itself the grid's row: a 5 MB ladder is not held twice while it is read.
 */
function gridRow(row: TableCell[]): Cell[] {
  let plain = true;
  for (let c = 0; c < row.length && plain; c++) {
    const cell = row[c]!;
    plain = !cell.merged && cell instanceof TextTableCell && cell.value !== null;
  }
  if (plain) return row as TextTableCell[];
  return row.map((cell) => (cell.merged || !cell.text.trim() ? EMPTY : cell instanceof TextTableCell ? cell : { value: cell.text, display: cell.text }));
}

function firstContentRow(table: FoundTable): number {
  return table.rows.findIndex((row) => row.filter((c) => c.text.trim()).length >= 2);
}
