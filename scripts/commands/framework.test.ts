import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toFileJson } from '../../shared/model/files';
import { FrameworkSchema, tracksOf, type Framework } from '../../shared/model/framework';
import { testFramework } from '../../shared/test/fixtures';
import { captureIO } from '../cli/io';
import { main } from '../trellis';

const repo = resolve(import.meta.dirname, '../..');
const folder = () => mkdtempSync(join(tmpdir(), 'trellis-framework-'));

async function run(cwd: string, ...args: string[]) {
  const io = captureIO(cwd);
  const code = await main(['framework', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** A workbook as HR keeps it: a department per tab with merged track headers, a formula error, a tab of moves. */
async function writeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const eng = wb.addWorksheet('Engineering');
  eng.addRow(['Engineering KSA matrix']);
  eng.addRow(['Scale: 1 = Aware, 2 = Practising, 3 = Leading']);
  eng.addRow(['', '', 'Platform', '', 'Data']);
  eng.addRow(['Type', 'Competency', 'Engineer', 'Senior Engineer', 'Data Analyst']);
  eng.addRow(['K', 'Cloud', 1, 2, '']);
  eng.addRow(['S', 'Coding', 2, { formula: 'C6+1', result: 3 }, { formula: 'Z1/0', result: { error: '#DIV/0!' } }]);
  eng.addRow(['S', 'SQL', '', 1, 3]);
  eng.mergeCells('C3:D3');
  const sales = wb.addWorksheet('Sales');
  sales.addRow(['Competency', 'Account Executive', 'Sales Director']);
  sales.addRow(['Negotiation', 2, 3]);
  sales.addRow(['Coding', '', 1]);
  const moves = wb.addWorksheet('Moves');
  moves.addRow(['From', 'To', 'Type', 'Note']);
  moves.addRow(['senior engineer', 'Sales Director', 'lateral', 'rare but real']);
  moves.addRow(['Data Analyst', 'Account Executive', 'Exploratory', '']);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('trellis framework', () => {
  it('reads the bundled matrix and transitions into framework JSON on stdout, notes on stderr', async () => {
    const { code, out, err } = await run(repo, 'examples/ksa-matrix.csv', 'examples/transitions.csv');
    expect(code).toBe(0);
    const framework = FrameworkSchema.parse(JSON.parse(out)) as Framework;
    expect([...tracksOf(framework).keys()]).toEqual(['Software Engineering', 'Engineering Management', 'Product']);
    expect(framework.transitions).toHaveLength(5);
    expect(framework.source).toEqual({ format: 'csv', name: 'ksa-matrix.csv' });
    expect(err).toBe('Engineering department v1: 8 roles in 3 tracks, 17 competencies (4 knowledge, 9 skills, 4 abilities), 5 listed moves (besides the promotions within each track)\n');
  });

  it('reads an .xlsx workbook: departments per tab, merged track headers, a tab of moves, formula errors at their cell', async () => {
    const dir = folder();
    await writeWorkbook(join(dir, 'ksa.xlsx'));
    const { code, out } = await run(dir, 'ksa.xlsx', '--json');
    expect(code).toBe(1);
    const { framework, diagnostics, sheets } = JSON.parse(out) as { framework: Framework; diagnostics: Record<string, unknown>[]; sheets: { sheet: string; shape: string }[] };
    expect(FrameworkSchema.safeParse(framework).success).toBe(true);
    expect(framework.name).toBe('Engineering KSA matrix');
    expect(framework.roles.map((r) => `${r.family} | ${r.track} | ${r.title}`)).toEqual([
      'Engineering | Platform | Engineer',
      'Engineering | Platform | Senior Engineer',
      'Engineering | Data | Data Analyst',
      'Sales | Sales | Account Executive',
      'Sales | Sales | Sales Director',
    ]);
    expect(framework.roles[1]!.competencies.map((r) => r.level)).toEqual([2, 3, 1]);
    expect(framework.transitions.map((t) => `${t.from} > ${t.to} (${t.type})`)).toEqual(['senior-engineer > sales-director (lateral)', 'data-analyst > account-executive (exploratory)']);
    expect(diagnostics).toContainEqual({
      severity: 'error',
      message: 'the cell shows #DIV/0!, a formula error: fix the formula or type the level; this requirement was left out',
      file: 'ksa.xlsx',
      sheet: 'Engineering',
      cell: 'E6',
    });
    expect(sheets.map((s) => `${s.sheet}: ${s.shape}`)).toEqual(['Engineering: matrix', 'Sales: matrix', 'Moves: transitions']);
  });

  it('prints diagnostics as "file, sheet, cell, line: message" and exits 1 on errors, still printing what it could read', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'team.csv'), 'Competency,Junior,Senior\nCoding,2,7\nCoding,1,2\n');
    const { code, out, err } = await run(dir, 'team.csv');
    expect(code).toBe(1);
    expect(err).toContain('error: team.csv, sheet team, cell C2, line 2: level 7 is outside the scale 1 = Novice … 5 = Expert');
    expect(err).toContain('error: team.csv, sheet team, cell A3, line 3: duplicate competency "Coding"');
    expect(JSON.parse(out).roles[1].competencies).toEqual([]);
  });

  it('re-imports over an earlier version with --previous: ids kept, version bumped', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'old.json'), toFileJson(testFramework()));
    writeFileSync(join(dir, 'new.csv'), ',Engineering,,\nSkill,Engineer I,Engineer II,Principal\nCoding,2,3,5\nSystem design,1,2,5\n');
    const { code, out } = await run(dir, 'new.csv', '--previous', 'old.json', '--json');
    expect(code).toBe(0);
    const { framework } = JSON.parse(out) as { framework: Framework };
    expect(framework.id).toBe('eng');
    expect(framework.version).toBe(2);
    expect(framework.competencies.map((c) => c.id)).toEqual(['code', 'design']);
    expect(framework.roles.map((r) => r.id)).toEqual(['eng1', 'eng2', 'principal']);
  });

  it('adds a transitions file to a framework .json', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'fw.json'), toFileJson(testFramework()));
    writeFileSync(join(dir, 'moves.csv'), 'From,To,Type\nStaff Engineer,Product Manager,lateral\nWizard,Engineer I,lateral\n');
    const { code, out } = await run(dir, 'fw.json', 'moves.csv', '--json');
    expect(code).toBe(1);
    const { framework, diagnostics } = JSON.parse(out);
    expect(framework.transitions.at(-1)).toEqual({ from: 'staff', to: 'pm', type: 'lateral' });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: 'moves.csv', sheet: 'moves', cell: 'A3', line: 3 })]);
  });

  it('names missing and unsupported files, and needs at least one file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'old.xls'), 'binary');
    const missing = await run(dir, 'nope.csv', 'old.xls', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out).diagnostics.map((d: { file: string; message: string }) => `${d.file}: ${d.message}`)).toEqual([
      'nope.csv: no such file',
      'old.xls: ".xls" files are not a framework Trellis reads: give a framework .json, a KSA matrix as .csv, .tsv or .xlsx, or a ladder as .md, .html or .docx (save the workbook as .xlsx first)',
    ]);
    const none = await run(dir);
    expect(none.code).toBe(2);
    expect(none.err).toContain('usage: trellis framework');
  });

  it('writes output that `trellis gap` reads back, and gap reads the matrix and transitions directly', async () => {
    const dir = folder();
    const { out } = await run(repo, 'examples/ksa-matrix.csv', 'examples/transitions.csv');
    writeFileSync(join(dir, 'fw.json'), out);
    writeFileSync(join(dir, 'a.csv'), readFileSync(join(repo, 'examples/assessment.csv')));
    const fromJson = captureIO(dir);
    expect(await main(['gap', '--framework', 'fw.json', '--assessment', 'a.csv', '--current', 'Engineer II', '--target', 'Product Manager', '--json'], fromJson)).toBe(0);
    const fromCsv = captureIO(repo);
    const args = ['gap', '--framework', 'examples/ksa-matrix.csv', '--framework', 'examples/transitions.csv', '--assessment', 'examples/assessment.csv', '--current', 'Engineer II', '--target', 'Product Manager', '--json'];
    expect(await main(args, fromCsv)).toBe(0);
    expect(JSON.parse(fromCsv.out()).path).toEqual(JSON.parse(fromJson.out()).path);
    expect(JSON.parse(fromCsv.out()).path).toEqual(['Engineer II', 'Associate Product Manager', 'Product Manager']);
  });
});
