// Inputs for the sandbox, the preview and the bench, made from the repository's own examples: the engineering KSA
// matrix as a Google Sheet (merged track headers, a transitions sheet), and the job description as a Google Doc
// in the Docs API's shape (named heading styles, bulleted lists, bold labels).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { markdownToBlocks } from '../../shared/ingest/document/markdown';
import type { Block } from '../../shared/ingest/document/blocks';
import type { DocsDocument, DocsStructuralElement } from '../src/platform/apps-script';
import type { FakeSheetData } from './fakes/editors';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');

function csvValues(file: string): unknown[][] {
  const rows = Papa.parse<string[]>(readFileSync(resolve(examples, file), 'utf8'), { skipEmptyLines: false }).data.filter((r) => r.length > 1 || r[0] !== '');
  return rows.map((row) => row.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) : cell)));
}

/** The engineering matrix as HR keeps it in Sheets: track names merged across their role columns. */
export function engineeringSheets(): FakeSheetData[] {
  return [
    { name: 'Engineering', values: csvValues('ksa-matrix.csv'), merges: ['C3:F3', 'G3:H3', 'I3:J3', 'A1:K1', 'A2:K2'] },
    { name: 'Transitions', values: csvValues('transitions.csv') },
  ];
}

/** The same matrix with mistakes HR makes: a broken formula, a level off the scale, a duplicated competency. */
export function engineeringSheetsWithMistakes(): FakeSheetData[] {
  const [matrix, transitions] = engineeringSheets();
  const values = matrix!.values.map((row) => [...row]);
  const display = values.map((row) => row.map((v) => (v === null || v === undefined ? '' : String(v))));
  values[6]![4] = '#REF!';
  display[6]![4] = '#REF!';
  values[10]![3] = 9;
  display[10]![3] = '9';
  values[12] = [...values[11]!];
  display[12] = [...display[11]!];
  return [{ ...matrix!, values, display }, transitions!];
}

/** A matrix of `roles` × `competencies` (the bench's 200 × 50 sheet, or a million cells). */
export function syntheticMatrix(roles: number, competencies: number, department = 'Matrix'): FakeSheetData {
  const header = ['Type', 'Competency', ...Array.from({ length: roles }, (_, i) => `${department} role ${i + 1}`)];
  const rows: unknown[][] = [header];
  for (let c = 0; c < competencies; c++) {
    rows.push([['K', 'S', 'A'][c % 3], `Competency ${c + 1}`, ...Array.from({ length: roles }, (_, r) => ((r + c) % 6 === 0 ? '' : 1 + ((r * 7 + c * 3) % 5)))]);
  }
  return { name: department, values: rows };
}

/** Block tree -> the documents.get structure Google returns for the same document. */
export function blocksToDocsDocument(title: string, blocks: Block[]): DocsDocument {
  const content: DocsStructuralElement[] = [{ sectionBreak: {} }];
  const para = (text: string, runs: { text: string; bold?: boolean }[], style = 'NORMAL_TEXT', bullet?: { listId: string; nestingLevel: number }): DocsStructuralElement => ({
    paragraph: {
      elements: [...runs.map((r) => ({ textRun: { content: r.text, textStyle: r.bold ? { bold: true } : {} } })), { textRun: { content: '\n', textStyle: {} } }],
      paragraphStyle: { namedStyleType: style },
      ...(bullet ? { bullet } : {}),
    },
  });
  for (const b of blocks) {
    if (b.type === 'heading') content.push(para(b.text, [{ text: b.text }], b.level === 1 ? 'TITLE' : `HEADING_${Math.min(6, b.level - 1)}`));
    else if (b.type === 'paragraph') content.push(para(b.text, b.runs.length ? b.runs : [{ text: b.text }]));
    else if (b.type === 'list-item') content.push(para(b.text, b.runs.length ? b.runs : [{ text: b.text }], 'NORMAL_TEXT', { listId: b.ordered ? 'kix.ordered' : 'kix.bullets', nestingLevel: b.depth }));
    else content.push({ table: { rows: b.rows.length, columns: b.rows[0]?.length ?? 0, tableRows: b.rows.map((row) => ({ tableCells: row.map((c) => ({ content: [para(c.text, [{ text: c.text }])] })) })) } });
  }
  return {
    title,
    body: { content },
    lists: {
      'kix.bullets': { listProperties: { nestingLevels: [{ glyphSymbol: '●' }, { glyphSymbol: '○' }, { glyphSymbol: '■' }] } },
      'kix.ordered': { listProperties: { nestingLevels: [{ glyphType: 'DECIMAL' }, { glyphType: 'ALPHA' }, { glyphType: 'ROMAN' }] } },
    },
  };
}

/** The example job description as a Google Doc; `pages` > 1 repeats its duties to make a long document. */
export function jobDescriptionDoc(pages = 1): DocsDocument {
  // in a Google Doc each "Label: value" line is its own paragraph (in Markdown they would run together)
  const doc = markdownToBlocks(readFileSync(resolve(examples, 'job-description.md'), 'utf8').replace(/\n\*\*/g, '\n\n**'));
  const blocks = [...doc.blocks];
  for (let p = 1; p < pages; p++) {
    blocks.push({ type: 'heading', level: 2, text: `Team practices, part ${p}` });
    for (let i = 0; i < 30; i++) {
      const text = `Practice ${p}.${i + 1}: keep services observable, documented and reviewed, and share what you learn with the wider engineering group.`;
      blocks.push({ type: 'list-item', text, runs: [{ text }], depth: i % 3 === 0 ? 1 : 0, ordered: false });
    }
  }
  return blocksToDocsDocument('Senior Engineer, Payments Platform', blocks);
}
