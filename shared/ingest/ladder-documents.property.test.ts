// Any document of tables reads without an exception: random Markdown pipe tables and HTML tables (with colspan and
// rowspan, headings and prose around them) go through the path every surface uses (blocks → ladder grids → matrix
// reader), and every diagnostic points inside the document: a line it has, a cell inside the grid it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameworkSchema } from '../model/framework';
import { gridWidth, parseA1, type Grid } from './grid/grid';
import { htmlToBlocks } from './document/html';
import { markdownDocumentWithTables } from './grid/markdown-tables';
import { ladderGrids } from './grid/ladder-grids';
import { ingestKsaMatrix } from './ksa-matrix';

const CELL_WORDS = ['', '', 'Competency', 'Level', 'Engineer I', 'Engineer II', 'Senior (P3)', 'Staff', 'IC1', 'L2', 'Manager', 'Rank', 'Seniority', 'Position', 'Coding', 'Design', 'Delivery', 'N/A', 'n/a', '-', 'Same as L2', 'Novice', 'Expert', 'Guru', 'Basic', '3', '0', '12', '#REF!', 'Writes small features with help.', 'Leads projects across teams; mentors others.', '[IC2 - Engineer 2](#ic2)', '**Impact**', 'a<b', '&amp;', 'All levels', 'Achieved level', 'Score', 'Total'];
const HEADINGS = ['# Engineering', '## IC1', '## IC2', '## IC3', '### Impact', '## Level 3', '# Other pages', '## Senior Engineer'];

const cell = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...CELL_WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
const rowsOf = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

/** A pipe table's text: header, delimiter row (sometimes missing or short), body rows of any width. */
const pipeTable = rowsOf.chain((rows) =>
  fc.record({ delimiter: fc.constantFrom('full', 'short', 'none'), leading: fc.boolean() }).map(({ delimiter, leading }) => {
    const line = (cells: string[]) => `${leading ? '| ' : ''}${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')}${leading ? ' |' : ''}`;
    const width = rows[0]!.length;
    const delimiterRow = delimiter === 'none' ? [] : [line(Array.from({ length: delimiter === 'short' ? Math.max(1, width - 1) : width }, () => '---'))];
    return [line(rows[0]!), ...delimiterRow, ...rows.slice(1).map(line)].join('\n');
  }),
);

const markdownDocument = fc
  .array(fc.oneof(pipeTable, fc.constantFrom(...HEADINGS), fc.constantFrom('- **Impact**: delivers small tasks', 'Some prose about the ladder.', '```\n| not | a table |\n```', '* [Other](Other.md)', '---')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('\n\n'));

const span = fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 4 }) });
const htmlCell = fc.record({ text: cell, colspan: span, rowspan: span, th: fc.boolean(), p: fc.boolean() }).map(({ text, colspan, rowspan, th, p }) => {
  const tag = th ? 'th' : 'td';
  const escaped = text.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;');
  return `<${tag}${colspan !== 1 ? ` colspan="${colspan}"` : ''}${rowspan !== 1 ? ` rowspan="${rowspan}"` : ''}>${p ? `<p>${escaped}</p><p>more</p>` : escaped}</${tag}>`;
});
const htmlTable = fc.array(fc.array(htmlCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }).map((rows) => `<table>\n${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}\n</table>`);
const htmlDocument = fc
  .array(fc.oneof(htmlTable, fc.constantFrom('<h1>Engineering</h1>', '<h2>IC1</h2>', '<h2>IC2</h2>', '<h2>IC3</h2>', '<p>Prose.</p>', '<ul><li>Impact: ships</li></ul>', '<table><caption>Craft</caption><tr><th></th><th>L1</th><th>L2</th></tr><tr><td>Coding</td><td>Learns</td><td>Teaches</td></tr></table>')), { minLength: 1, maxLength: 6 })
  .map((parts) => `<html><body>\n${parts.join('\n')}\n</body></html>`);

function checkDocument(text: string, grids: Grid[], result: ReturnType<typeof ingestKsaMatrix>): void {
  const lines = text.split('\n').length;
  for (const d of result.diagnostics) {
    expect(d.message).not.toMatch(/please report|undefined|NaN/);
    if (d.line !== undefined) expect(d.line >= 1 && d.line <= lines, `${JSON.stringify(d)} outside lines 1–${lines}`).toBe(true);
    if (!d.cell) continue;
    const { row, col } = parseA1(d.cell);
    const inGrid = grids.some((g) => g.sheet === d.sheet && row >= 0 && col >= 0 && row < g.rows.length && col < gridWidth(g));
    expect(inGrid, `${JSON.stringify(d)} outside its grid`).toBe(true);
  }
  if (result.framework) {
    const parsed = FrameworkSchema.safeParse(result.framework);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  }
}

describe('ladder documents of any tables', () => {
  it('Markdown pipe tables: no exception, every diagnostic inside the document', () => {
    let withCells = 0;
    fc.assert(
      fc.property(markdownDocument, (md) => {
        const { grids } = ladderGrids(markdownDocumentWithTables(md, 'ladder.md'));
        const result = ingestKsaMatrix(grids);
        if (result.diagnostics.some((d) => d.cell && d.line)) withCells++;
        checkDocument(md, grids, result);
      }),
      { numRuns: 300 },
    );
    // the documents are ladders often enough for diagnostics at cells and lines to be checked at all
    expect(withCells).toBeGreaterThan(30);
  });

  it('HTML tables with colspan and rowspan: no exception, every diagnostic inside the document', () => {
    let withCells = 0;
    fc.assert(
      fc.property(htmlDocument, (html) => {
        const { grids } = ladderGrids(htmlToBlocks(html, 'ladder.html'));
        for (const g of grids) for (const row of g.rows) expect(row.length).toBeLessThanOrEqual(6 * 4 + 4);
        const result = ingestKsaMatrix(grids);
        if (result.diagnostics.some((d) => d.cell)) withCells++;
        checkDocument(html, grids, result);
      }),
      { numRuns: 300 },
    );
    expect(withCells).toBeGreaterThan(30);
  });
});
