// Reading an assessment CSV (competency, level[, source, date, evidence]): each row an assertion, several rows
// for one competency its history. Every problem names the file and line.
import Papa from 'papaparse';
import type { Assertion } from '../model/assessment';
import { AssessmentSourceSchema } from '../model/assessment';
import { indexFramework, type Framework } from '../model/framework';
import { nameKey } from '../model/names';
import { parseLevel } from '../model/scale';
import type { Diagnostic } from './diagnostics';

export interface AssessmentReadResult {
  assertions: Assertion[];
  diagnostics: Diagnostic[];
}

/** Parses the CSV against the framework's competencies and scales; `today` dates rows without a date. */
export function readAssessmentCsv(text: string, framework: Framework, options: { file?: string; today: string; defaultSource?: Assertion['source'] }): AssessmentReadResult {
  const file = options.file ?? 'assessment.csv';
  const index = indexFramework(framework);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data;
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
    diagnostics.push({ severity: 'error', file, line: headerAt + 1, message: `the header row needs the columns "competency" and "level" (found: ${rows[headerAt]!.join(', ')})` });
    return { assertions, diagnostics };
  }
  rows.forEach((row, r) => {
    if (r <= headerAt || row.every((c) => c.trim() === '')) return;
    const line = r + 1;
    const name = (row[cCompetency] ?? '').trim();
    const competency = index.competencyByName.get(nameKey(name));
    if (!competency) {
      diagnostics.push({ severity: 'error', file, line, message: `unknown competency "${name}": use a competency name from the framework (for example ${framework.competencies.slice(0, 3).map((c) => `"${c.name}"`).join(', ')})` });
      return;
    }
    const scale = index.scaleOf(competency.id);
    const levelText = (row[cLevel] ?? '').trim();
    const level = parseLevel(scale, levelText);
    if (level === undefined || level > scale.levels[scale.levels.length - 1]!.rank) {
      diagnostics.push({ severity: 'error', file, line, message: `level "${levelText}" for ${competency.name} is not on the scale ${scale.name} (${scale.levels.map((l) => `${l.rank} = ${l.name}`).join(', ')}, or "${scale.notYetName}")` });
      return;
    }
    const sourceText = cSource >= 0 ? (row[cSource] ?? '').trim().toLowerCase() : '';
    const source = AssessmentSourceSchema.safeParse(sourceText || (options.defaultSource ?? 'self'));
    if (!source.success) {
      diagnostics.push({ severity: 'error', file, line, message: `source "${sourceText}" must be self, manager or peer` });
      return;
    }
    const date = cDate >= 0 ? (row[cDate] ?? '').trim() : '';
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      diagnostics.push({ severity: 'error', file, line, message: `date "${date}" must be written YYYY-MM-DD` });
      return;
    }
    assertions.push({ competencyId: competency.id, level, source: source.data, date: date || options.today, evidence: cEvidence >= 0 ? (row[cEvidence] ?? '').trim() : '' });
  });
  return { assertions, diagnostics };
}
