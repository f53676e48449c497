// The Docs API adapter: one documents.get response becomes the ingestion's block tree, as a person reads the doc.
import { describe, expect, it } from 'vitest';
import { docsDocumentToBlocks } from '../src/docs/docs-document-blocks';
import type { DocsDocument, DocsStructuralElement } from '../src/platform/apps-script';
import { ladderGrids } from '../../shared/ingest/grid/ladder-grids';
import { ingestKsaMatrix } from '../../shared/ingest/ksa-matrix';

const p = (text: string, style = 'NORMAL_TEXT', extra: object = {}): DocsStructuralElement => ({ paragraph: { elements: [{ textRun: { content: `${text}\n` } }], paragraphStyle: { namedStyleType: style }, ...extra } });

describe('docsDocumentToBlocks', () => {
  it('reads headings from named styles, bold runs, bullets with nesting and ordered lists', () => {
    const doc: DocsDocument = {
      title: 'Staff Engineer',
      lists: { a: { listProperties: { nestingLevels: [{ glyphSymbol: '●' }, { glyphSymbol: '○' }] } }, b: { listProperties: { nestingLevels: [{ glyphType: 'DECIMAL' }] } } },
      body: {
        content: [
          { sectionBreak: {} },
          p('Staff Engineer', 'TITLE'),
          { paragraph: { elements: [{ textRun: { content: 'Reports to: ', textStyle: { bold: true } } }, { textRun: { content: 'Director\n' } }] } },
          p(''),
          p('Responsibilities', 'HEADING_2'),
          p('Set direction', 'NORMAL_TEXT', { bullet: { listId: 'a', nestingLevel: 0 } }),
          p('across teams', 'NORMAL_TEXT', { bullet: { listId: 'a', nestingLevel: 1 } }),
          p('First step', 'NORMAL_TEXT', { bullet: { listId: 'b' } }),
        ],
      },
    };
    const out = docsDocumentToBlocks(doc, 'jd');
    expect(out.title).toBe('Staff Engineer');
    expect(out.file).toBe('jd');
    expect(out.blocks).toEqual([
      { type: 'heading', level: 1, text: 'Staff Engineer', line: 1 },
      { type: 'paragraph', text: 'Reports to: Director', runs: [{ text: 'Reports to: ', bold: true }, { text: 'Director' }], line: 2 },
      { type: 'heading', level: 2, text: 'Responsibilities', line: 4 },
      { type: 'list-item', text: 'Set direction', runs: [{ text: 'Set direction' }], depth: 0, ordered: false, line: 5 },
      { type: 'list-item', text: 'across teams', runs: [{ text: 'across teams' }], depth: 1, ordered: false, line: 6 },
      { type: 'list-item', text: 'First step', runs: [{ text: 'First step' }], depth: 0, ordered: true, line: 7 },
    ]);
  });

  it('lays out tables with merged cells, whether or not the API lists the covered cells', () => {
    const cell = (text: string, rowSpan = 1, columnSpan = 1) => ({ content: [p(text)], tableCellStyle: { rowSpan, columnSpan } });
    const listed: DocsDocument = { body: { content: [{ table: { rows: 2, columns: 3, tableRows: [{ tableCells: [cell('Level', 2), cell('Skills', 1, 2), cell('')] }, { tableCells: [cell(''), cell('Coding'), cell('Design')] }] } }] } };
    const rows = (docsDocumentToBlocks(listed).blocks[0] as { rows: unknown }).rows;
    expect(rows).toEqual([
      [{ text: 'Level', rowspan: 2 }, { text: 'Skills', colspan: 2 }, { text: '', merged: true }],
      [{ text: '', merged: true }, { text: 'Coding' }, { text: 'Design' }],
    ]);
    const omitted: DocsDocument = { body: { content: [{ table: { rows: 2, columns: 3, tableRows: [{ tableCells: [cell('Level', 2), cell('Skills', 1, 2)] }, { tableCells: [cell('Coding'), cell('Design')] }] } }] } };
    expect((docsDocumentToBlocks(omitted).blocks[0] as { rows: unknown }).rows).toEqual(rows);
  });

  it('a ladder kept as a table in a Doc reads as a framework, each cell the descriptor of its level', () => {
    // shape: a Google Docs level grid (title row spanning the table, levels across, prose cells, a level not in use)
    const cell = (text: string, columnSpan = 1) => ({ content: [p(text)], tableCellStyle: { rowSpan: 1, columnSpan } });
    const doc: DocsDocument = {
      title: 'Support ladder',
      body: {
        content: [
          p('Support ladder', 'TITLE'),
          { table: { rows: 4, columns: 4, tableRows: [
            { tableCells: [cell('Support Career Levels', 4), cell(''), cell(''), cell('')] },
            { tableCells: [cell('Job Level'), cell('Associate (P1) (not in use)'), cell('Engineer (P2)'), cell('Senior (P3)')] },
            { tableCells: [cell('Troubleshooting'), cell('Follows the runbook for known problems.'), cell('Finds the cause of new problems alone.'), cell('Leads incident reviews across teams.')] },
            { tableCells: [cell('Writing'), cell('N/A'), cell('Writes clear replies to customers.'), cell('Writes the articles others link to.')] },
          ] } },
        ],
      },
    };
    const { grids, problem } = ladderGrids(docsDocumentToBlocks(doc, 'Support ladder'));
    expect(problem).toBeUndefined();
    const result = ingestKsaMatrix(grids);
    const fw = result.framework!;
    expect(fw.roles.map((r) => r.title)).toEqual(['Engineer (P2)', 'Senior (P3)']);
    expect(fw.competencies.find((c) => c.name === 'Troubleshooting')!.descriptors.map((d) => d.text)).toEqual(['Finds the cause of new problems alone.', 'Leads incident reviews across teams.']);
    expect(ladderGrids(docsDocumentToBlocks({ title: 'Notes', body: { content: [p('Nothing here')] } })).problem).toMatch(/holds no ladder/);
  });
});

