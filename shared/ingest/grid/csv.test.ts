import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { carefulCsvRows, csvToGrid, eachCsvRow, sniffDelimiter } from './csv';

describe('reading CSV and TSV text', () => {
  it('knows the delimiter when the first lines leave no doubt, and otherwise leaves the guess to papaparse', () => {
    expect(sniffDelimiter('Title of the matrix\nType,Competency,Engineer\nK,"Payments, cards",3\n')).toBe(',');
    expect(sniffDelimiter('Code\tTitle\tDescription\n11-1011\tChief Executives\tPlan, direct, or coordinate\n')).toBe('\t');
    expect(sniffDelimiter('a;b;c\n"x,y";2;3\n1;2;3\n')).toBe(';');
    // both tab and comma split every line evenly: not sure, so no answer
    expect(sniffDelimiter('a,b\tc\nd,e\tf\n')).toBe('');
    expect(sniffDelimiter('one line only\n')).toBe('');
  });

  it('keeps quoted delimiters and newlines inside fields, and numbers the source lines', () => {
    const grid = csvToGrid('\uFEFFTitle\nType,Competency,Senior\nS,"Coding, reviewing\nand testing",4\nK,Payments,\n', { sheet: 'Matrix', file: 'm.csv' });
    expect(grid.rows.map((r) => r.map((c) => c.display))).toEqual([['Title'], ['Type', 'Competency', 'Senior'], ['S', 'Coding, reviewing\nand testing', '4'], ['K', 'Payments', '']]);
    expect(grid.rows[2]![2]!.value).toBe(4);
    expect(grid.rows[3]![2]!.value).toBeNull();
    expect(grid.rowLines).toEqual([1, 2, 3, 5]);
  });
});

describe('the block-wise parse', () => {
  /** The rows one papaparse parse of the whole text gives. */
  const reference = (text: string, delimiter: string): string[][] => Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;

  it('gives exactly the rows one papaparse parse of the whole text gives, whatever the quotes and newlines', () => {
    const piece = fc.constantFrom('a', 'bc', ',', ';', '"', '""', '\n', '\r\n', ' ', 'x"y', '"q,\nr"', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.constantFrom(',', ';', '\t'), (text, delimiter) => {
        const ours: [string[], number][] = [];
        eachCsvRow(text, delimiter, (fields, line) => ours.push([fields, line]));
        expect(ours.map(([fields]) => fields)).toEqual(reference(text, delimiter));
        const careful: [string[], number][] = [];
        carefulCsvRows(text, delimiter, undefined, 1, (fields, line) => careful.push([fields, line]));
        expect(ours).toEqual(careful);
      }),
      { numRuns: 3000 },
    );
  });

  it('numbers the line each row starts on, across quoted newlines and CRLF', () => {
    const lines: number[] = [];
    eachCsvRow('a,b\r\n"multi\r\nline",c\r\nd,e\r\n\r\nf,"g"\r\n', ',', (_f, line) => lines.push(line));
    expect(lines).toEqual([1, 2, 4, 5, 6, 7]);
  });
});
