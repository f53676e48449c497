// The Excel adapter on workbooks written here with exceljs: values, formula results and errors, merges, every sheet,
// formulas saved without a result, number formats.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx, xlsxToGrids } from './xlsx';

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

describe('readXlsx', () => {
  it('says at its cell when a formula has no stored result (a workbook another tool wrote), and reads it as blank', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Design');
    sheet.addRow(['Competency', 'Designer', 'Senior Designer']);
    sheet.addRow(['Visual design', 2, { formula: 'B2+2' }]);
    sheet.addRow(['Research', { formula: 'B2-1', result: 1 }, 3]);
    const many = wb.addWorksheet('Many');
    for (let r = 1; r <= 25; r++) many.addRow([{ formula: `${r}+1` }]);
    const { grids, diagnostics } = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), { file: 'ksa.xlsx' });
    expect(grids[0]!.rows[1]!.map((c) => c.value)).toEqual(['Visual design', 2, null]);
    expect(grids[0]!.rows[2]!.map((c) => c.value)).toEqual(['Research', 1, 3]);
    expect(diagnostics[0]).toEqual({
      severity: 'warning',
      file: 'ksa.xlsx',
      sheet: 'Design',
      cell: 'C2',
      message: "the formula =B2+2 has no stored result (the file was saved by a tool that does not calculate formulas), so the cell reads as blank: open and save the file in Excel or Sheets so the formula's value is stored",
    });
    const manyDiagnostics = diagnostics.filter((d) => d.sheet === 'Many');
    expect(manyDiagnostics).toHaveLength(21);
    expect(manyDiagnostics[20]!.message).toMatch(/^5 more formula cell\(s\) on this sheet have no stored result/);
  });

  it('shows numbers and dates in their number format, keeping the value', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Formats');
    const formats: [number, string | undefined][] = [
      [3, '0.0'],
      [0.6, '0%'],
      [0.125, '0.0%'],
      [1200.5, '#,##0.00'],
      [4, '"$"#,##0'],
      [2, undefined],
    ];
    formats.forEach(([value, numFmt], i) => {
      const cell = sheet.getCell(1, i + 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
    sheet.getCell('A2').value = { formula: '1/4', result: 0.25 };
    sheet.getCell('A2').numFmt = '0%';
    const dates: [string | undefined, string][] = [
      ['dd/mm/yyyy', '01/03/2026'],
      ['[$-409]d-mmm-yy;@', '1-Mar-26'],
      ['mmmm d, yyyy', 'March 1, 2026'],
      ['m/d/yy h:mm', '2026-03-01'],
      [undefined, '2026-03-01'],
    ];
    dates.forEach(([numFmt], i) => {
      const cell = sheet.getCell(3, i + 1);
      cell.value = new Date(Date.UTC(2026, 2, 1));
      if (numFmt) cell.numFmt = numFmt;
    });
    const [grid] = (await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()))).grids;
    expect(grid!.rows[0]!.map((c) => c.display)).toEqual(['3.0', '60%', '12.5%', '1,200.50', '4', '2']);
    expect(grid!.rows[0]!.map((c) => c.value)).toEqual([3, 0.6, 0.125, 1200.5, 4, 2]);
    expect(grid!.rows[1]![0]).toEqual({ value: 0.25, display: '25%' });
    expect(grid!.rows[2]!.map((c) => c.display)).toEqual(dates.map(([, shown]) => shown));
    expect(grid!.rows[2]!.map((c) => c.value)).toEqual(dates.map(() => '2026-03-01'));
  });
});
