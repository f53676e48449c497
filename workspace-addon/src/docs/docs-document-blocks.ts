// Reads a Google Doc into the ingestion's block tree from ONE Docs API documents.get response: headings from
// named styles, list nesting from bullets, bold runs, tables with merged cells. Each block's `line` is the
// number of the body element it came from, so "Show in document" can select it.
import type { Block, BlockDocument, TableCell, TextRun } from '../../../shared/ingest/document/blocks';
import type { DocsDocument, DocsList, DocsParagraph, DocsStructuralElement } from '../platform/apps-script';

const HEADING_LEVELS: Record<string, number> = { TITLE: 1, SUBTITLE: 2, HEADING_1: 1, HEADING_2: 2, HEADING_3: 3, HEADING_4: 4, HEADING_5: 5, HEADING_6: 6 };

function clean(text: string): string {
  return text.replace(/[\u000b\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}

function paragraphRuns(p: DocsParagraph): TextRun[] {
  const runs: TextRun[] = [];
  for (const element of p.elements ?? []) {
    const content = element.textRun?.content;
    if (!content) continue;
    const run: TextRun = { text: content.replace(/\n$/, '').replace(/\u000b/g, ' ') };
    if (element.textRun?.textStyle?.bold) run.bold = true;
    if (element.textRun?.textStyle?.italic) run.italic = true;
    if (run.text) runs.push(run);
  }
  return runs;
}

function cellText(content: DocsStructuralElement[] | undefined): string {
  const lines: string[] = [];
  for (const element of content ?? []) {
    if (element.paragraph) lines.push(clean(paragraphRuns(element.paragraph).map((r) => r.text).join('')));
    else if (element.table) for (const row of element.table.tableRows ?? []) lines.push(clean((row.tableCells ?? []).map((c) => cellText(c.content)).join(' ')));
  }
  return lines.filter(Boolean).join('\n');
}

function tableRows(table: NonNullable<DocsStructuralElement['table']>): TableCell[][] {
  const rows = table.tableRows ?? [];
  const width = table.columns ?? Math.max(0, ...rows.map((r) => r.tableCells?.length ?? 0));
  const grid: TableCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    const cells = row.tableCells ?? [];
    // the API lists every position, covered ones included, when a row has as many cells as the table has columns
    const listsCovered = cells.length === width;
    let c = 0;
    for (const cell of cells) {
      if (listsCovered && grid[r]![c]) {
        c++;
        continue;
      }
      while (grid[r]![c]) c++;
      const colspan = Math.max(1, cell.tableCellStyle?.columnSpan ?? 1);
      const rowspan = Math.max(1, Math.min(cell.tableCellStyle?.rowSpan ?? 1, rows.length - r));
      const out: TableCell = { text: cellText(cell.content) };
      if (colspan > 1) out.colspan = colspan;
      if (rowspan > 1) out.rowspan = rowspan;
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? out : { text: '', merged: true };
      c += colspan;
    }
  });
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? { text: '' }));
}

/**
 * A list of the document by its id. The Docs API reference gives `lists` as a map from list id to List; the
 * published typings only say `object`, so the value is checked to be an object before it is read as a List.
 */
function listOf(doc: DocsDocument, listId: string | undefined): DocsList | undefined {
  const lists: unknown = doc.lists;
  if (!listId || typeof lists !== 'object' || lists === null || !Object.prototype.hasOwnProperty.call(lists, listId)) return undefined;
  const list: unknown = (lists as Record<string, unknown>)[listId];
  return typeof list === 'object' && list !== null ? (list as DocsList) : undefined;
}

export function docsDocumentToBlocks(doc: DocsDocument, file?: string): BlockDocument {
  const blocks: Block[] = [];
  let elementNo = 0;
  for (const element of doc.body?.content ?? []) {
    if (element.sectionBreak) continue;
    elementNo++;
    const line = elementNo;
    if (element.table) {
      const rows = tableRows(element.table);
      if (rows.length) blocks.push({ type: 'table', rows, line });
      continue;
    }
    const p = element.paragraph;
    if (!p) continue;
    const runs = paragraphRuns(p);
    const text = clean(runs.map((r) => r.text).join(''));
    if (!text) continue;
    const level = HEADING_LEVELS[p.paragraphStyle?.namedStyleType ?? ''];
    if (level !== undefined) {
      blocks.push({ type: 'heading', level, text, line });
    } else if (p.bullet) {
      const depth = p.bullet.nestingLevel ?? 0;
      const glyph = listOf(doc, p.bullet.listId)?.listProperties?.nestingLevels?.[depth];
      const ordered = !!glyph?.glyphType && glyph.glyphType !== 'GLYPH_TYPE_UNSPECIFIED' && !glyph.glyphSymbol;
      blocks.push({ type: 'list-item', text, runs, depth, ordered, line });
    } else {
      blocks.push({ type: 'paragraph', text, runs, line });
    }
  }
  const out: BlockDocument = { blocks };
  if (file !== undefined) out.file = file;
  if (doc.title) out.title = doc.title;
  return out;
}
