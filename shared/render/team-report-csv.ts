// The team report's data as CSV files HR can sort, filter and chart further: one file per section.
import type { TeamReport } from '../team/team-report';
import { PIPELINE_BANDS, PIPELINE_BAND_LABELS } from '../team/talent-pipeline';
import { toCsv } from './csv';

/** The files of a team report, by section; the HTML links to the CSVs by these names. */
export const TEAM_REPORT_FILES = {
  html: 'team-report.html',
  heatmap: 'heatmap.csv',
  skillGaps: 'skill-gaps.csv',
  readiness: 'readiness.csv',
  pipeline: 'pipeline.csv',
  atRisk: 'roles-at-risk.csv',
  stale: 'stale-plans.csv',
  actionsDue: 'actions-due.csv',
  problems: 'problems.csv',
} as const;

const pct = (x: number) => Math.round(x * 100);

export function teamReportCsv(report: TeamReport): Record<string, string> {
  const { heatmap } = report;
  const files: Record<string, string> = {};
  files[TEAM_REPORT_FILES.heatmap] = toCsv(
    ['employee', 'manager', 'target role', 'readiness %', ...heatmap.columns.map((c) => c.name)],
    heatmap.rows.map((r) => [r.employee, r.manager, r.target, pct(r.readiness), ...r.cells.map((c) => (c ? c.gap : ''))]),
  );
  files[TEAM_REPORT_FILES.skillGaps] = toCsv(
    ['employee', 'manager', 'target role', 'competency', 'kind', 'category', 'current', 'required', 'steps to go', 'importance', 'status'],
    heatmap.rows.flatMap((r) =>
      heatmap.columns.flatMap((col, i) => {
        const c = r.cells[i];
        return c ? [[r.employee, r.manager, r.target, col.name, col.kind, col.category, c.current === null ? '' : c.currentName, c.requiredName, c.gap, c.importance, c.status]] : [];
      }),
    ),
  );
  files[TEAM_REPORT_FILES.readiness] = toCsv(
    ['target role', 'track', 'framework', 'people', 'median readiness %', ...report.readiness[0]?.buckets.map((b) => `${pct(b.from)}–${pct(b.to)}%`) ?? []],
    report.readiness.map((d) => [d.roleTitle, d.track, d.frameworkName, d.people, pct(d.median), ...d.buckets.map((b) => b.count)]),
  );
  files[TEAM_REPORT_FILES.pipeline] = toCsv(
    ['role', 'track', 'rank', 'framework', 'band', 'employee', 'manager', 'current role', 'readiness %', 'projected ready', 'on the way to', 'plan stage'],
    report.pipeline.flatMap((p) => [
      ...PIPELINE_BANDS.flatMap((band) => p.bands[band].map((e) => [p.title, p.track, p.rank, p.frameworkName, PIPELINE_BAND_LABELS[band], e.employee, e.manager, e.currentRole, pct(e.readiness), e.projected ?? '', e.onTheWayTo ?? '', e.stage])),
      // drafts are listed apart: not approved, so not in the pipeline
      ...p.drafts.map((e) => [p.title, p.track, p.rank, p.frameworkName, 'Draft (not approved yet)', e.employee, e.manager, e.currentRole, pct(e.readiness), e.projected ?? '', e.onTheWayTo ?? '', e.stage]),
    ]),
  );
  files[TEAM_REPORT_FILES.atRisk] = toCsv(
    ['role', 'track', 'rank', 'framework', 'risk', 'ready now', 'within 6 months', 'within 12 months', 'later or undated', 'why'],
    report.atRisk.map(({ pipeline: p, risk, reason }) => [p.title, p.track, p.rank, p.frameworkName, risk === 'nobody' ? 'nobody in the pipeline' : 'one person in the pipeline', ...PIPELINE_BANDS.map((b) => p.bands[b].length), reason]),
  );
  files[TEAM_REPORT_FILES.stale] = toCsv(
    ['employee', 'manager', 'stage', 'last movement', 'what moved last', 'days since', 'file'],
    report.stale.map((s) => [s.employee, s.manager, s.stage, s.lastMovement, s.lastMovementWhat, s.daysSince, s.file]),
  );
  files[TEAM_REPORT_FILES.actionsDue] = toCsv(
    ['due', 'days until due', 'overdue', 'employee', 'manager', 'type', 'action', 'status'],
    report.actionsDue.map((a) => [a.due, a.daysUntil, a.overdue ? 'yes' : 'no', a.employee, a.manager, a.action.type, a.action.title, a.action.status]),
  );
  files[TEAM_REPORT_FILES.problems] = toCsv(
    ['file', 'severity', 'problem'],
    report.problems.map((p) => [p.file, p.severity, p.message]),
  );
  return files;
}
