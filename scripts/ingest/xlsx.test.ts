// The Excel adapter on workbooks written here with exceljs: values, formula results and errors, merges, every sheet.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxToGrids } from './xlsx';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const eng = wb.addWorksheet('Engineering');
  eng.addRow(['Engineering matrix']);
  eng.addRow(['', 'Backend', '', 'Data']);
  eng.addRow(['Competency', 'Engineer', 'Senior', 'Analyst']);
  eng.addRow(['Coding', 2, { formula: 'B4+2', result: 4 }, { formula: 'X99/0', result: { error: '#DIV/0!' } }]);
  eng.addRow(['Due', new Date(Date.UTC(2026, 2, 1)), { richText: [{ text: 'rich ' }, { text: 'text' }] }, { text: 'a link', hyperlink: 'https://example.com' }]);
  eng.mergeCells('B2:C2');
  wb.addWorksheet('Empty');
  const moves = wb.addWorksheet('Moves');
  moves.addRow(['From', 'To', 'Type']);
  moves.getCell('A3').value = 'sparse';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsxToGrids', () => {
  it('reads every sheet with values, formula results, error values and merges', async () => {
    const grids = await xlsxToGrids(await workbook(), { file: 'ksa.xlsx' });
    expect(grids.map((g) => g.sheet)).toEqual(['Engineering', 'Empty', 'Moves']);
    const [eng, empty, moves] = grids as [(typeof grids)[0], (typeof grids)[0], (typeof grids)[0]];
    expect(eng.file).toBe('ksa.xlsx');
    expect(eng.merges).toEqual([{ startRow: 1, startCol: 1, endRow: 1, endCol: 2 }]);
    expect(eng.rows[1]!.map((c) => c.display)).toEqual(['', 'Backend', '', 'Data']);
    expect(eng.rows[3]!.map((c) => c.value)).toEqual(['Coding', 2, 4, '#DIV/0!']);
    expect(eng.rows[3]![3]!.display).toBe('#DIV/0!');
    expect(eng.rows[4]!.map((c) => c.display)).toEqual(['Due', '2026-03-01', 'rich text', 'a link']);
    expect(empty.rows).toEqual([]);
    expect(moves.rows.map((r) => r.map((c) => c.display))).toEqual([['From', 'To', 'Type'], [], ['sparse']]);
  });
});
