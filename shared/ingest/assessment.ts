// Reading an assessment CSV (competency, level[, source, date, evidence]): each row an assertion, several rows
// for one competency its history. Every problem names the file and line.
import type { Assertion } from '../model/assessment';
import { AssessmentSourceSchema } from '../model/assessment';
import { indexFramework, type Framework } from '../model/framework';
import { nameKey } from '../model/names';
import { notYetRank, parseLevel } from '../model/scale';
import { csvToGrid, sniffDelimiter } from './grid/csv';
import { editDistance } from './jd/sections';
import type { Diagnostic } from './diagnostics';

export interface AssessmentReadResult {
  assertions: Assertion[];
  diagnostics: Diagnostic[];
}

/** Parses the CSV against the framework's competencies and scales; `today` dates rows without a date. */
export function readAssessmentCsv(text: string, framework: Framework, options: { file?: string; today: string; defaultSource?: Assertion['source'] }): AssessmentReadResult {
  const file = options.file ?? 'assessment.csv';
  const index = indexFramework(framework);
  // the grid adapter keeps each row's source line, even after a quoted field that spans lines
  const grid = csvToGrid(text, { file, delimiter: sniffDelimiter(text.replace(/^\uFEFF/, '')) || ',' });
  const rows = grid.rows.map((row) => row.map((cell) => cell.display));
  const lineOf = (r: number) => grid.rowLines?.[r] ?? r + 1;
  const diagnostics: Diagnostic[] = [];
  const assertions: Assertion[] = [];
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0) return { assertions, diagnostics: [{ severity: 'error', file, line: 1, message: 'the file is empty: expected a header row "competency,level" and one row per assessed competency' }] };
  const header = rows[headerAt]!.map((h) => nameKey(h).replace(/[^a-z]/g, ''));
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const cCompetency = col('competency', 'skill', 'name', 'ksa');
  const cLevel = col('level', 'rating', 'proficiency', 'score');
  const cSource = col('source', 'by', 'assessor', 'rater');
  const cDate = col('date', 'assessedon', 'when');
  const cEvidence = col('evidence', 'notes', 'comment', 'comments');
  if (cCompetency < 0 || cLevel < 0) {
    diagnostics.push({ severity: 'error', file, line: lineOf(headerAt), message: `the header row needs the columns "competency" and "level" (found: ${rows[headerAt]!.join(', ')})` });
    return { assertions, diagnostics };
  }
  rows.forEach((row, r) => {
    if (r <= headerAt || row.every((c) => c.trim() === '')) return;
    const line = lineOf(r);
    const name = (row[cCompetency] ?? '').trim();
    const competency = index.competencyByName.get(nameKey(name));
    if (!competency) {
      const near = closestName(name, framework.competencies.map((c) => c.name));
      diagnostics.push({ severity: 'error', file, line, message: `unknown competency "${name}": ${near ? `did you mean "${near}"? ` : ''}use a competency name from the framework (for example ${framework.competencies.slice(0, 3).map((c) => `"${c.name}"`).join(', ')})` });
      return;
    }
    const scale = index.scaleOf(competency.id);
    const levelText = (row[cLevel] ?? '').trim();
    const level = parseLevel(scale, levelText);
    // a person is assessed at a level of the scale (or not yet): not between levels, not off either end
    const onScale = level !== undefined && (level === notYetRank(scale) || scale.levels.some((l) => l.rank === level));
    if (!onScale) {
      const near = level === undefined ? closestName(levelText, scale.levels.map((l) => l.name)) : undefined;
      diagnostics.push({ severity: 'error', file, line, message: `level "${levelText}" for ${competency.name} is not on the scale ${scale.name}: ${near ? `did you mean "${near}"? ` : ''}use one of ${scale.levels.map((l) => `${l.rank} = ${l.name}`).join(', ')}, or "${scale.notYetName}"` });
      return;
    }
    const sourceText = cSource >= 0 ? (row[cSource] ?? '').trim().toLowerCase() : '';
    const source = AssessmentSourceSchema.safeParse(sourceText || (options.defaultSource ?? 'self'));
    if (!source.success) {
      diagnostics.push({ severity: 'error', file, line, message: `source "${sourceText}" must be self, manager or peer` });
      return;
    }
    const date = cDate >= 0 ? (row[cDate] ?? '').trim() : '';
    if (date && !isCalendarDate(date)) {
      diagnostics.push({ severity: 'error', file, line, message: `date "${date}" is not a real date: write it as YYYY-MM-DD (for example ${options.today})` });
      return;
    }
    if (date > options.today) {
      diagnostics.push({ severity: 'warning', file, line, message: `date ${date} is in the future (today is ${options.today}); it will count as the latest assessment until then` });
    }
    assertions.push({ competencyId: competency.id, level: level!, source: source.data, date: date || options.today, evidence: cEvidence >= 0 ? (row[cEvidence] ?? '').trim() : '' });
  });
  return { assertions, diagnostics };
}

/** YYYY-MM-DD naming a day that exists (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.getUTCFullYear() === Number(m[1]) && day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]);
}

/** The known name nearest to a misspelt one ("Commmunication" → "Communication"), when it is near enough. */
export function closestName(text: string, names: readonly string[]): string | undefined {
  const key = nameKey(text);
  if (key.length < 3) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(key, nameKey(name), 3);
    if (distance <= (key.length >= 5 ? Math.max(2, Math.floor(key.length / 4)) : 1) && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
