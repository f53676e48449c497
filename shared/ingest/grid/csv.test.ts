import { describe, expect, it } from 'vitest';
import { csvToGrid, sniffDelimiter } from './csv';

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
