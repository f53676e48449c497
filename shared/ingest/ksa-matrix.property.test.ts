// Any grid, however broken, reads without an exception: diagnostics point inside their grid, and the framework
// returned (if any) passes the schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCompetencyKind } from '../model/competency';
import { FrameworkSchema } from '../model/framework';
import type { Diagnostic } from './diagnostics';
import { gridWidth, parseA1, type Grid } from './grid/grid';
import { csvToGrid } from './grid/csv';
import { valuesToGrid, type MergeSpec } from './grid/values';
import { ingestKsaMatrix } from './ksa-matrix';
import { testFramework } from '../test/fixtures';

const KIND_WORDS = ['K', 'S', 'A', 'Knowledge', 'Skill', 'Ability', 'Skills', 'Abilities', 'KNOWLEDGE', 'skill', 'ABILITY'];

const WORDS = ['', '', '', '', 'Competency', 'Type', ...KIND_WORDS, 'Notes', 'Role', 'Track', 'From', 'To', 'lateral', 'promotion', 'Scale ID', 'LV', 'IM', 'Level', 'Importance', 'Novice', 'Expert', 'Working', 'Guru', '#REF!', '#N/A', '#VALUE!', 'Engineer I', 'Engineer II', 'Senior Engineer', 'coding', 'Coding', ' CODING ', '-', 'n/a', 'x', 'Scale: 1 = Novice, 2 = Competent, 3 = Expert', 'Levels: Awareness → Working → Expert', 'O*NET-SOC Code', 'Element Name', 'Data Value', 'Not Relevant', 'Y', 'Category', 'Department', 'Description', '1 = Low', '3+'];

const value = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.integer({ min: -2, max: 9 }),
  fc.double({ min: -5, max: 15, noNaN: true }),
  fc.string({ maxLength: 6 }),
  fc.constant(null),
);

const merge: fc.Arbitrary<MergeSpec> = fc.oneof(
  fc.record({ row: fc.integer({ min: -1, max: 12 }), col: fc.integer({ min: -1, max: 10 }), numRows: fc.integer({ min: -1, max: 4 }), numColumns: fc.integer({ min: -1, max: 5 }) }),
  fc.constantFrom('A1:C1', 'B2:B4', 'C3:E3', 'Z9:AA10', 'A1'),
);

const sheetValues = fc.array(fc.array(value, { maxLength: 10 }), { maxLength: 14 });

const gridArb: fc.Arbitrary<Grid> = fc
  .record({ values: sheetValues, merges: fc.array(merge, { maxLength: 3 }), sheet: fc.constantFrom('Sheet1', 'Engineering', 'Skills', 'Transitions', 'Scale', 'Product team') })
  .map(({ values, merges, sheet }) => {
    try {
      return valuesToGrid(values, { sheet, merges });
    } catch {
      // a merge spec parseRange refuses: the adapter's caller (Apps Script) never produces one
      return valuesToGrid(values, { sheet });
    }
  });

/** Every diagnostic's cell lies inside the grid it names (by sheet), and the result is a valid framework. */
function checkResult(grids: Grid[], result: ReturnType<typeof ingestKsaMatrix>) {
  for (const d of result.diagnostics) {
    expect(d.message).not.toMatch(/please report/);
    if (!d.cell) continue;
    const candidates = grids.filter((g) => g.sheet === d.sheet && g.file === d.file);
    expect(candidates.length, JSON.stringify(d)).toBeGreaterThan(0);
    const { row, col } = parseA1(d.cell);
    expect(candidates.some((g) => inside(g, row, col)), `${JSON.stringify(d)} outside the grid`).toBe(true);
  }
  if (result.framework) {
    const parsed = FrameworkSchema.safeParse(result.framework);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  }
}

function inside(grid: Grid, row: number, col: number): boolean {
  return row >= 0 && col >= 0 && row < grid.rows.length && col < gridWidth(grid);
}

describe('ingestKsaMatrix on any grid', () => {
  it('never throws, points inside the grid and returns a valid framework', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 1, maxLength: 3 }), (grids) => {
        checkResult(grids, ingestKsaMatrix(grids));
      }),
      { numRuns: 400 },
    );
  });

  it('holds when re-importing over an earlier version', () => {
    const previous = testFramework();
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 1, maxLength: 2 }), (grids) => {
        const result = ingestKsaMatrix(grids, { previous });
        checkResult(grids, result);
        if (result.framework) expect(result.framework.version).toBe(previous.version + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('holds for any CSV text, with line numbers from the file', () => {
    const csvCell = fc.oneof(fc.constantFrom(...WORDS.map((w) => (/[",\n]/.test(w) ? `"${w.replace(/"/g, '""')}"` : w))), fc.integer({ min: 0, max: 8 }).map(String), fc.constant('"two\nlines"'));
    fc.assert(
      fc.property(fc.array(fc.array(csvCell, { maxLength: 8 }), { maxLength: 12 }), (rows) => {
        const grid = csvToGrid(rows.map((r) => r.join(',')).join('\n'), { sheet: 'm', file: 'm.csv' });
        const result = ingestKsaMatrix([grid]);
        checkResult([grid], result);
        for (const d of result.diagnostics as Diagnostic[]) if (d.cell) expect(d.line).toBe(grid.rowLines![parseA1(d.cell).row]);
      }),
      { numRuns: 300 },
    );
  });

  it('holds on matrix-shaped grids with random holes, words and errors', () => {
    const matrix = fc
      .record({
        roles: fc.integer({ min: 0, max: 6 }),
        rows: fc.array(fc.tuple(fc.constantFrom('', ...KIND_WORDS), fc.constantFrom('Coding', 'coding', 'Design', '', 'Testing', '#REF!', 'SKILLS'), fc.array(value, { maxLength: 7 })), { maxLength: 12 }),
        transposed: fc.boolean(),
        title: fc.boolean(),
      })
      .map(({ roles, rows, transposed, title }) => {
        const header = ['Type', 'Competency', ...Array.from({ length: roles }, (_, i) => `Role ${i + 1}`)];
        let values: unknown[][] = [header, ...rows.map(([k, n, cells]) => [k, n, ...cells])];
        if (transposed) values = header.map((_, c) => values.map((row) => row[c] ?? ''));
        if (title) values = [['Matrix title'], ['Scale: 1 = Novice, 2 = Advanced beginner, 3 = Competent'], [], ...values];
        return valuesToGrid(values, { sheet: 'M' });
      });
    fc.assert(
      fc.property(matrix, (grid) => {
        checkResult([grid], ingestKsaMatrix([grid]));
      }),
      { numRuns: 300 },
    );
  });

  it('reads any tidy matrix with a Type column, kinds as letters or words, on either side of the names', () => {
    const tidy = fc.record({
      typeFirst: fc.boolean(),
      titled: fc.boolean(),
      roles: fc.uniqueArray(fc.constantFrom('Designer', 'Senior Designer', 'Engineer I', 'Engineer II', 'Analyst', 'Lead Analyst', 'Manager'), { minLength: 1, maxLength: 5 }),
      rows: fc.uniqueArray(
        fc.record({
          name: fc.constantFrom('Visual design', 'Communication', 'User research', 'Communication skills', 'Coding', 'Research skills', 'Negotiation', 'Data analysis', 'Stakeholder management'),
          kind: fc.constantFrom(...KIND_WORDS),
          levels: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 7, maxLength: 7 }),
          first: fc.integer({ min: 1, max: 5 }),
        }),
        { minLength: 1, maxLength: 8, selector: (row) => row.name },
      ),
    });
    fc.assert(
      fc.property(tidy, ({ typeFirst, titled, roles, rows }) => {
        const lead = (a: unknown, b: unknown) => (typeFirst ? [a, b] : [b, a]);
        const values: unknown[][] = [
          ...(titled ? [['Design team skills'], []] : []),
          [...lead('Type', 'Competency'), ...roles],
          // every competency is required by the first role, so none reads as a category heading
          ...rows.map((row) => [...lead(row.kind, row.name), row.first, ...row.levels.slice(0, roles.length - 1)]),
        ];
        const grid = valuesToGrid(values, { sheet: 'Design' });
        const result = ingestKsaMatrix([grid]);
        checkResult([grid], result);
        const f = result.framework!;
        expect(f.roles.map((r) => r.title)).toEqual(roles);
        expect(f.competencies.map((c) => [c.name, c.kind])).toEqual(rows.map((row) => [row.name, parseCompetencyKind(row.kind)]));
        // a role column the generator left blank is warned about, and rightly so, and so are columns of different
        // jobs (Designer beside Analyst), which are never chained as promotions; nothing else is
        expect(result.diagnostics.filter((d) => d.severity !== 'info' && !/has no levels in its column|read as different jobs/.test(d.message))).toEqual([]);
        const differentJobs = result.diagnostics.some((d) => /read as different jobs/.test(d.message));
        if (differentJobs) expect(new Set(f.roles.map((r) => r.track)).size).toBe(f.roles.length);
      }),
      { numRuns: 300 },
    );
  });
});
