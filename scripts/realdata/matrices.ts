// `npm run realdata`, matrix half: reads every real spreadsheet that is a KSA matrix (wide, turned, long format such
// as O*NET's IM/LV rows, or an outline catalogue) and prints what the framework holds and what was said about it.
import { basename, extname } from 'node:path';
import type { Diagnostic } from '../../shared/ingest/diagnostics';
import { formatDiagnostic } from '../../shared/ingest/diagnostics';
import { csvToGrid } from '../../shared/ingest/grid/csv';
import type { Grid } from '../../shared/ingest/grid/grid';
import { ingestKsaMatrix, type SheetSummary } from '../../shared/ingest/ksa-matrix';
import { tracksOf, type Framework } from '../../shared/model/framework';
import { decodeTextFile } from '../ingest/text-file';
import { xlsxToGrids } from '../ingest/xlsx';
import type { RealdataConverter } from '../realdata';

const MATRIX_SHAPES = new Set<SheetSummary['shape']>(['matrix', 'transposed matrix', 'long format', 'catalogue']);

async function gridsOf(file: string, bytes: Buffer): Promise<Grid[] | undefined> {
  const ext = extname(file).toLowerCase();
  const name = basename(file);
  if (ext === '.xlsx') return xlsxToGrids(bytes, { file: name });
  if (ext === '.csv' || ext === '.tsv') return [csvToGrid(decodeTextFile(bytes).text, { file: name, sheet: basename(file, ext), delimiter: ext === '.tsv' ? '\t' : undefined })];
  return undefined;
}

function kinds(framework: Framework): string {
  const count = { knowledge: 0, skill: 0, ability: 0 };
  for (const c of framework.competencies) count[c.kind]++;
  return `${framework.competencies.length} (${count.knowledge} K, ${count.skill} S, ${count.ability} A)`;
}

function bySeverity(diagnostics: Diagnostic[]): string {
  const n = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return `${n('error')} errors, ${n('warning')} warnings, ${n('info')} notes`;
}

/** "; Engineer II requires Coding at 3 (importance 3)" for the first role with requirements. */
function example(fw: Framework | undefined): string {
  const role = fw?.roles.find((r) => r.competencies.length);
  const req = role?.competencies[0];
  if (!fw || !role || !req) return '';
  const competency = fw.competencies.find((c) => c.id === req.competencyId);
  return `; ${role.title} requires ${competency?.name ?? req.competencyId} at ${req.level} (importance ${req.importance})`;
}

export const matrixReport: RealdataConverter = async (file, bytes) => {
  const grids = await gridsOf(file, bytes);
  if (!grids) return undefined;
  const result = ingestKsaMatrix(grids);
  const sheets = result.sheets ?? [];
  if (!sheets.some((s) => MATRIX_SHAPES.has(s.shape))) return undefined;
  const fw = result.framework;
  const tracks = fw ? [...tracksOf(fw)] : [];
  const categories = fw ? new Set(fw.competencies.map((c) => c.category).filter(Boolean)) : new Set<string>();
  const table = [
    '| what | read |',
    '|---|---|',
    `| sheets | ${sheets.map((s) => `${s.sheet} (${s.shape}${s.roles ? `, ${s.roles} roles` : ''}, ${s.competencies} competencies, ${s.requirements} levels)`).join('; ')} |`,
    `| framework | ${fw ? `"${fw.name}" (id ${fw.id}, version ${fw.version})` : 'none'} |`,
    `| roles | ${fw?.roles.length ? `${fw.roles.length}: ${fw.roles.slice(0, 6).map((r) => `${r.title} (rank ${r.rank}, ${r.competencies.length} levels)`).join(', ')}${fw.roles.length > 6 ? ', …' : ''}` : 'none'} |`,
    `| tracks | ${tracks.length ? `${tracks.length}: ${tracks.slice(0, 6).map(([t, roles]) => `${t} (${roles.length})`).join(', ')}${tracks.length > 6 ? ', …' : ''}` : '-'} |`,
    `| competencies | ${fw ? kinds(fw) : '-'}; ${categories.size} categories${categories.size ? `: ${[...categories].slice(0, 4).join('; ')}${categories.size > 4 ? '; …' : ''}` : ''} |`,
    `| example | ${fw?.competencies[0] ? `${fw.competencies[0].name} [${fw.competencies[0].kind}, ${fw.competencies[0].category || 'no category'}]` : '-'}${example(fw)} |`,
    `| scale | ${sheets.map((s) => s.scale).filter(Boolean).join('; ') || '-'} |`,
    `| transitions | ${fw ? `${fw.transitions.length} listed` : '-'} |`,
    `| diagnostics | ${bySeverity(result.diagnostics)} |`,
    ...result.diagnostics.slice(0, 4).map((d) => `|  | ${formatDiagnostic(d).replace(/\|/g, '\\|')} |`),
  ];
  return { converter: 'KSA matrix', summary: fw ? `${fw.roles.length} roles, ${fw.competencies.length} competencies, ${fw.transitions.length} transitions` : 'no framework', table };
};
