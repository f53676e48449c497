// `npm run realdata`, job descriptions: reads every real job description, job-family page, ladder and O*NET occupation file and tables what came out.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import Papa from 'papaparse';
import type { Block, BlockDocument } from '../../shared/ingest/document/blocks';
import { formatDiagnostic } from '../../shared/ingest/diagnostics';
import { ingestJobDescription, type JobDescriptionResult } from '../../shared/ingest/job-description';
import { splitSentences } from '../../shared/ingest/jd/sentences';
import { DOCUMENT_EXTENSIONS, readDocumentFile } from '../ingest/read-document';
import type { RealdataConverter } from '../realdata';

const CONVERTER = 'job description';

function cell(text: string | number | undefined, width: number): string {
  const s = text === undefined ? '' : String(text);
  return s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width);
}

/** One row per role, then the promotions and what the reader had to say. */
function table(result: JobDescriptionResult): string[] {
  const rows = [`  ${cell('role', 46)} ${cell('level', 14)} ${cell('track · rank', 40)} resp  req pref comp years grade`];
  for (const r of result.roles) {
    rows.push(`  ${cell(r.title, 46)} ${cell(r.level, 14)} ${cell(`${r.track || '-'} · ${r.rank}${r.management ? ' (mgr)' : ''}`, 40)} ${cell(r.responsibilities.length, 5)} ${cell(r.requirements.length, 4)} ${cell(r.preferred.length, 4)} ${cell(r.competencies.length, 4)} ${cell(r.experienceYears, 5)} ${r.grade ?? ''}`);
  }
  if (result.transitions.length) rows.push(`  moves: ${result.transitions.map((t) => `${t.from} → ${t.to}${t.type === 'lateral' ? ' (specialisation)' : ''}`).join('; ')}`);
  const notes = result.diagnostics.filter((d) => d.severity !== 'info');
  const infos = result.diagnostics.filter((d) => d.severity === 'info');
  // one line per distinct message: 21 occupations without requirements is one fact, not 21
  const grouped = new Map<string, typeof notes>();
  for (const d of notes) grouped.set(`${d.severity}: ${d.message}`, [...(grouped.get(`${d.severity}: ${d.message}`) ?? []), d]);
  for (const [message, list] of grouped) {
    if (list.length === 1) rows.push(`  ${formatDiagnostic({ ...list[0]!, file: undefined })}`);
    else rows.push(`  ${message.replace(/: /, ` (×${list.length}, lines ${list.map((d) => d.line).filter((l) => l !== undefined).join(', ')}): `)}`);
  }
  if (infos.length) rows.push(`  info: ${infos.length} note(s), e.g. ${formatDiagnostic({ ...infos[0]!, file: undefined }).replace(/^info: /, '')}`);
  return rows;
}

function summary(result: JobDescriptionResult, what: string): string {
  const competencies = result.roles.reduce((n, r) => n + r.competencies.length, 0);
  return `${what}: ${result.roles.length} role(s), ${result.transitions.length} promotion(s), ${competencies} competencies proposed; ${result.diagnostics.filter((d) => d.severity === 'error').length} error(s), ${result.diagnostics.filter((d) => d.severity === 'warning').length} warning(s)`;
}

/** A tab-separated O*NET file's rows, each with its line in the file. */
function tsvRows(text: string): { row: Record<string, string>; line: number }[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/\r\n?/g, '\n').trim(), { delimiter: '\t', header: true, skipEmptyLines: true, quoteChar: '"' });
  return parsed.data.map((row, i) => ({ row, line: i + 2 }));
}

const heading = (level: number, text: string, line: number): Block => ({ type: 'heading', level, text, line });
const paragraph = (text: string, line: number): Block => ({ type: 'paragraph', text, runs: [{ text }], line });
const item = (text: string, line: number): Block => ({ type: 'list-item', text, runs: [{ text }], depth: 0, ordered: false, line });

/** O*NET occupation titles by SOC code, from the occupation file beside a task file (when there is one). */
function occupationTitles(folder: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    if (!/^onet_occupation_data.*\.tsv$/i.test(name)) continue;
    for (const { row } of tsvRows(readFileSync(join(folder, name), 'utf8'))) if (row['O*NET-SOC Code'] && row.Title) titles.set(row['O*NET-SOC Code'], row.Title);
  }
  return titles;
}

/** Each occupation of an O*NET file read as its own job description, the results gathered into one. */
function occupations(docs: BlockDocument[], file: string): JobDescriptionResult {
  const all: JobDescriptionResult = { roles: [], transitions: [], diagnostics: [] };
  for (const doc of docs) {
    const result = ingestJobDescription(doc, { file });
    all.roles.push(...result.roles);
    all.diagnostics.push(...result.diagnostics);
  }
  return all;
}

/** O*NET occupation data: one role per occupation; its one-paragraph description is both its summary and, sentence by sentence, its duties. */
function occupationData(text: string, file: string): JobDescriptionResult {
  const docs = tsvRows(text)
    .filter(({ row }) => row.Title)
    .map(({ row, line }) => {
      const description = row.Description ?? '';
      const duties = splitSentences(description).map((s) => item(s, line));
      return { file, blocks: [heading(1, row.Title!, line), heading(2, 'Summary', line), paragraph(description, line), heading(2, 'Duties', line), ...duties] };
    });
  return occupations(docs, file);
}

/** O*NET task statements: one role per occupation, its core and supplemental tasks as responsibilities. */
function taskStatements(text: string, file: string, titles: Map<string, string>): JobDescriptionResult {
  const bySoc = new Map<string, { task: string; type: string; line: number }[]>();
  for (const { row, line } of tsvRows(text)) {
    const soc = row['O*NET-SOC Code'];
    if (!soc || !row.Task) continue;
    bySoc.set(soc, [...(bySoc.get(soc) ?? []), { task: row.Task, type: row['Task Type'] ?? '', line }]);
  }
  const docs: BlockDocument[] = [...bySoc.entries()].map(([soc, tasks]) => {
    const blocks: Block[] = [heading(1, titles.get(soc) ?? `O*NET ${soc}`, tasks[0]!.line)];
    for (const type of ['Core', 'Supplemental']) {
      const ofType = tasks.filter((t) => (type === 'Core' ? t.type !== 'Supplemental' : t.type === 'Supplemental'));
      if (!ofType.length) continue;
      blocks.push(heading(2, `${type} tasks`, ofType[0]!.line), ...ofType.map((t) => item(t.task, t.line)));
    }
    return { file, blocks };
  });
  return occupations(docs, file);
}

export const jobDescriptionReport: RealdataConverter = async (path, bytes) => {
  const file = basename(path);
  const extension = extname(file).toLowerCase();
  if ((DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
    const doc = await readDocumentFile(path, file);
    const result = ingestJobDescription(doc, { file });
    const shape = result.diagnostics.some((d) => /career-ladder grid/.test(d.message)) ? 'career-ladder grid' : result.roles.length > 1 ? 'job-family page' : 'job description';
    return { converter: CONVERTER, summary: summary(result, shape), table: table(result) };
  }
  if (extension === '.tsv') {
    const text = bytes.toString('utf8');
    const header = text.slice(0, text.indexOf('\n')).split('\t').map((h) => h.trim());
    if (header.includes('Title') && header.includes('Description')) {
      const result = occupationData(text, file);
      return { converter: CONVERTER, summary: summary(result, 'O*NET occupation descriptions (each paragraph read as the summary and, sentence by sentence, the duties)'), table: table(result) };
    }
    if (header.includes('Task') && header.includes('Task Type')) {
      const result = taskStatements(text, file, occupationTitles(dirname(path)));
      return { converter: CONVERTER, summary: summary(result, 'O*NET task statements (tasks read as responsibilities)'), table: table(result) };
    }
  }
  return undefined;
};

