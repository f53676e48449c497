// The files a person names as a framework, as Windows tools and other libraries save them: UTF-16 "Unicode Text" (.tsv
// or .txt), BOM-less UTF-16, Windows-1252 CSV, a workbook whose formulas were never calculated.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readFrameworkFiles } from './read-framework';

const matrix = ['Role\tCoding\tTesting\tCommunication', 'Ingénieur I\t1\t1\t2', 'Ingénieur II\t2\t2\t3', 'Senior Ingénieur\t4\t3\t4', ''].join('\r\n');
const folder = () => mkdtempSync(join(tmpdir(), 'trellis-read-framework-'));
const withMark = (mark: number[], body: Buffer) => Buffer.concat([Buffer.from(mark), body]);
const bigEndian = (le: Buffer) => {
  const be = Buffer.from(le);
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
  return be;
};

async function read(name: string, bytes: Uint8Array) {
  const dir = folder();
  writeFileSync(join(dir, name), bytes);
  return readFrameworkFiles([name], { cwd: dir });
}

describe('readFrameworkFiles on text in other encodings', () => {
  it.each([
    ['UTF-16 LE with a byte-order mark (.tsv)', 'ksa.tsv', withMark([0xff, 0xfe], Buffer.from(matrix, 'utf16le'))],
    ['UTF-16 BE with a byte-order mark (.tsv)', 'ksa.tsv', withMark([0xfe, 0xff], bigEndian(Buffer.from(matrix, 'utf16le')))],
    ['Excel’s "Unicode Text" saved as .txt', 'ksa.txt', withMark([0xff, 0xfe], Buffer.from(matrix, 'utf16le'))],
    ['UTF-8 (.tsv)', 'ksa.tsv', Buffer.from(matrix, 'utf8')],
  ])('reads %s', async (_, name, bytes) => {
    const { framework, diagnostics } = await read(name, bytes);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(framework?.roles.map((r) => r.title)).toEqual(['Ingénieur I', 'Ingénieur II', 'Senior Ingénieur']);
    expect(framework?.competencies.map((c) => c.name)).toEqual(['Coding', 'Testing', 'Communication']);
  });

  it('reads UTF-16 without a mark and Windows-1252 CSV, and says which encoding it assumed', async () => {
    const unmarked = await read('ksa.tsv', Buffer.from(matrix, 'utf16le'));
    expect(unmarked.framework?.roles[0]?.title).toBe('Ingénieur I');
    expect(unmarked.diagnostics.map((d) => d.message)).toContain('read as UTF-16 LE text (the file has no byte-order mark)');
    const ansi = await read('ksa.csv', Buffer.from(matrix.replace(/\t/g, ','), 'latin1'));
    expect(ansi.framework?.roles[0]?.title).toBe('Ingénieur I');
    expect(ansi.diagnostics.find((d) => /Windows-1252/.test(d.message))).toMatchObject({ severity: 'info', file: 'ksa.csv' });
  });

  it('says what to do with a .txt that is not tab-separated', async () => {
    const { framework, diagnostics } = await read('notes.txt', Buffer.from('Some notes about the matrix\nnothing tabular\n'));
    expect(framework).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'notes.txt' });
    expect(diagnostics[0]!.message).toMatch(/tab-separated .*save the matrix as \.csv, \.tsv or \.xlsx/);
  });
});

describe('readFrameworkFiles on a workbook another tool wrote', () => {
  it('reads a formula without a stored result as blank and says so at its cell, with the matrix’s own diagnostics', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Design');
    sheet.addRow(['Competency', 'Designer', 'Senior Designer']);
    sheet.addRow(['Visual design', 2, { formula: 'B2+2' }]);
    sheet.addRow(['Research', 1, 3]);
    const { framework, diagnostics } = await read('ksa.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(framework?.roles.find((r) => r.title === 'Senior Designer')?.competencies.map((c) => c.level)).toEqual([3]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'ksa.xlsx', sheet: 'Design', cell: 'C2', message: expect.stringMatching(/^the formula =B2\+2 has no stored result .*open and save the file in Excel or Sheets/) }),
    ]);
  });
});
