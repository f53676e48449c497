// The files a person names as a framework, as Windows tools save them: UTF-16 "Unicode Text" (.tsv or .txt), BOM-less
// UTF-16, Windows-1252 CSV; each reads like the UTF-8 CSV it stands for.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
