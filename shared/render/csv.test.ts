import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defuseFormula, toCsv } from './csv';

const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;

describe('CSV cells never run as formulas', () => {
  it('defuses a formula at the start, after spaces or tabs, after a line break, and a leading tab or CR', () => {
    expect(defuseFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(defuseFormula('  =1+1')).toBe("  '=1+1");
    expect(defuseFormula('notes\n=cmd|" /C calc"!A0')).toBe(`notes\n'=cmd|" /C calc"!A0`);
    expect(defuseFormula('a\r\n @SUM(A1)')).toBe("a\r\n '@SUM(A1)");
    expect(defuseFormula('\t=1')).toBe("'\t'=1");
    expect(defuseFormula('\rhello')).toBe("'\rhello");
    expect(defuseFormula('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(defuseFormula('Senior Engineer')).toBe('Senior Engineer');
    expect(defuseFormula('a-b = c')).toBe('a-b = c');
  });

  it('leaves numbers as numbers, and no line of any text cell starts a formula once read back', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('=1', ' =1', '\n@x', '\t-2', '\r+3', 'a\n  =b')), { minLength: 1, maxLength: 5 }), (cells) => {
        const csv = toCsv(['h'], [cells, [-3]]);
        const rows = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
        for (const cell of rows[1]!) for (const line of cell.split(/[\r\n]/)) expect(line.trimStart()).not.toMatch(FORMULA_START);
        expect(rows[1]!.some((c) => /^[\t\r]/.test(c))).toBe(false);
        expect(rows[2]).toEqual(['-3']);
      }),
    );
  });

  it('writes what papaparse writes for the same defused cells, and defuses as the one-pattern rule does', () => {
    // the rule as first written, one pattern for every cell: the quicker path for one-line cells must agree with it
    const defusedByOnePattern = (text: string) => {
      const defused = text.replace(/(^|[\r\n])([^\S\r\n]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/g, "$1$2'");
      return /^[\t\r]/.test(defused) ? `'${defused}` : defused;
    };
    const tricky = fc.constantFrom('', ' ', ',', '"', '""', '\r', '\n', '\r\n', '\ufeff', '\t', '=', '-', '+', '@', '\uff1d', 'a', ' a ', 'x,y', 'say "hi"');
    const text = fc.oneof(fc.string(), fc.array(tricky, { maxLength: 6 }).map((parts) => parts.join('')));
    const value = fc.oneof(text, fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const papaparse = (header: string[], rows: (string | number | boolean | null | undefined)[][]) => {
      const data = rows.map((r) => r.map((v) => (v === undefined || v === null ? '' : typeof v === 'number' ? Math.round(v * 1000) / 1000 : typeof v === 'string' ? defusedByOnePattern(v) : v)));
      return `${Papa.unparse({ fields: header.map(defusedByOnePattern), data }, { newline: '\r\n' })}\r\n`;
    };
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 5 }), (header, rows) => {
        for (const cell of [...header, ...rows.flat()]) if (typeof cell === 'string') expect(defuseFormula(cell)).toBe(defusedByOnePattern(cell));
        expect(toCsv(header, rows)).toBe(papaparse(header, rows));
      }),
      { numRuns: 2000 },
    );
  });
});
