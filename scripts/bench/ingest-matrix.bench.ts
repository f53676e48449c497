// Bench: a 1,000,000-cell KSA matrix (2,000 roles × 500 competencies) to a Framework, from CSV text (against
// papaparse alone on the same text, in the same run) and from the values[][] Apps Script's getValues returns.
import Papa from 'papaparse';
import { csvToGrid } from '../../shared/ingest/grid/csv';
import { valuesToGrid } from '../../shared/ingest/grid/values';
import { ingestKsaMatrix } from '../../shared/ingest/ksa-matrix';
import { line, median } from './line';

const ROLES = 2_000;
const COMPETENCIES = 500;
const TRACKS = 40;
const RUNS = 7;

/** The matrix as HR exports it: title, legend, track group row, K/S/A categories, notes; blanks = not required. */
function matrixRows(): unknown[][] {
  const perTrack = ROLES / TRACKS;
  const rows: unknown[][] = [];
  rows.push(['Company-wide knowledge / skills / abilities matrix (owner: People team)']);
  rows.push(['Scale: 1 = Novice, 2 = Advanced beginner, 3 = Competent, 4 = Proficient, 5 = Expert. Blank = not required.']);
  const group: unknown[] = ['', ''];
  const header: unknown[] = ['Type', 'Competency'];
  for (let r = 0; r < ROLES; r++) {
    group.push(r % perTrack === 0 ? `Track ${r / perTrack + 1}` : '');
    header.push(`Role ${Math.floor(r / perTrack) + 1}.${(r % perTrack) + 1}`);
  }
  rows.push([...group, '']);
  rows.push([...header, 'Notes']);
  const kinds = [
    ['KNOWLEDGE', 'K'],
    ['SKILLS', 'S'],
    ['ABILITIES', 'A'],
  ] as const;
  for (let c = 0; c < COMPETENCIES; c++) {
    const kind = kinds[Math.floor((c * kinds.length) / COMPETENCIES)]!;
    if (c % Math.ceil(COMPETENCIES / kinds.length) === 0) rows.push([kind[0]]);
    const row: unknown[] = [kind[1], c % 50 === 0 ? `Competency ${c + 1}, advanced` : `Competency ${c + 1}`];
    for (let r = 0; r < ROLES; r++) {
      const rank = r % (ROLES / TRACKS);
      const level = ((c * 7 + rank * 3) % 6) + Math.min(2, rank >> 4);
      row.push(level === 0 ? '' : Math.min(5, level));
    }
    row.push(c % 10 === 0 ? 'Includes "shadowing", reviews, and on-call' : '');
    rows.push(row);
  }
  return rows;
}

function toCsv(rows: unknown[][]): string {
  const field = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(field).join(',')).join('\n')}\n`;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
// the rows are built again for the values[][] figure: nothing but the CSV text is alive while the CSV is timed
const text = toCsv(matrixRows());
const cells = ROLES * COMPETENCIES;

const papa: number[] = [];
const ours: number[] = [];
const ratios: number[] = [];
let roles = 0;
let competencies = 0;
for (let run = 0; run < RUNS; run++) {
  gc();
  let t = performance.now();
  Papa.parse(text);
  const p = performance.now() - t;
  gc();
  t = performance.now();
  const result = ingestKsaMatrix([csvToGrid(text, { sheet: 'Matrix', file: 'matrix.csv' })]);
  const o = performance.now() - t;
  roles = result.framework?.roles.length ?? 0;
  competencies = result.framework?.competencies.length ?? 0;
  if (result.diagnostics.some((d) => d.severity === 'error')) throw new Error(`the bench matrix has errors: ${result.diagnostics[0]!.message}`);
  papa.push(p);
  ours.push(o);
  ratios.push(o / p);
}
if (roles !== ROLES || competencies !== COMPETENCIES) throw new Error(`read ${roles} roles and ${competencies} competencies`);

// what the add-on reads in three calls: getValues, getDisplayValues and getMergedRanges (the track headers)
const values = matrixRows().map((r) => r.map((v) => (v === undefined ? '' : v)));
const displayValues = values.map((r) => r.map((v) => String(v)));
const merges = Array.from({ length: TRACKS }, (_, t) => ({ row: 3, column: 3 + (t * ROLES) / TRACKS, numRows: 1, numColumns: ROLES / TRACKS }));
const fromValues: number[] = [];
for (let run = 0; run < 3; run++) {
  gc();
  const t = performance.now();
  const result = ingestKsaMatrix([valuesToGrid(values, { sheet: 'Matrix', displayValues, merges })]);
  fromValues.push(performance.now() - t);
  if (result.framework?.roles.length !== ROLES || new Set(result.framework.roles.map((r) => r.track)).size !== TRACKS) throw new Error('values import lost roles or tracks');
}

const extra = { cells, bytes: text.length, runs: RUNS };
console.log(JSON.stringify(line('ksa csv 1M cells to framework', median(ours), 'ms', '< 1500', extra)));
console.log(JSON.stringify(line('papaparse alone, same csv', median(papa), 'ms', 'baseline', extra)));
console.log(JSON.stringify(line('ksa csv to framework / papaparse alone', median(ratios), 'x', '<= 2', { ...extra, oursMedianMs: Math.round(median(ours)), papaMedianMs: Math.round(median(papa)) })));
console.log(JSON.stringify(line('ksa values[][] 1M cells to framework (add-on, pure computation)', median(fromValues), 'ms', '< 5000', { cells, runs: 3 })));
