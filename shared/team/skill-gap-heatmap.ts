// Which skills the whole team lacks: people × competencies, each cell the steps a person still has to climb
// for their target role, columns ordered by the team's total weighted gap.
import type { CompetencyKind } from '../model/competency';
import { baseFrameworkId } from '../model/framework';
import type { GapStatus } from '../gap/gap';
import type { Team } from './team';

export interface HeatmapColumn {
  /** frameworkId/competencyId: a competency keeps its id across framework versions. */
  key: string;
  competencyId: string;
  frameworkId: string;
  name: string;
  kind: CompetencyKind;
  category: string;
  /** People whose target role requires it. */
  required: number;
  /** …of whom still short of the level (not assessed counts as short). */
  withGap: number;
  notAssessed: number;
  totalWeightedGap: number;
  /** Mean steps still to climb, over the people whose target requires it. */
  meanGap: number;
}

export interface HeatmapCell {
  gap: number;
  status: GapStatus;
  current: number | null;
  currentName: string;
  required: number;
  requiredName: string;
  importance: number;
}

export interface HeatmapRow {
  planId: string;
  employee: string;
  manager: string;
  target: string;
  readiness: number;
  /** One per column; null where the person's target role does not ask for the competency. */
  cells: (HeatmapCell | null)[];
}

export interface SkillGapHeatmap {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
}

/** The heatmap of every member with a gap analysis; columns with the largest team-wide gap first. */
export function skillGapHeatmap(team: Team): SkillGapHeatmap {
  const frameworkIds = new Set(team.members.flatMap((m) => (m.framework ? [baseFrameworkId(m.framework.id)] : [])));
  const columns = new Map<string, HeatmapColumn>();
  const perRow: { row: Omit<HeatmapRow, 'cells'>; byKey: Map<string, HeatmapCell> }[] = [];
  for (const m of team.members) {
    if (!m.analysis || !m.framework) continue;
    const byKey = new Map<string, HeatmapCell>();
    for (const item of m.analysis.items) {
      const key = `${baseFrameworkId(m.framework.id)}/${item.competencyId}`;
      let col = columns.get(key);
      if (!col) {
        const name = frameworkIds.size > 1 ? `${item.competency} (${m.framework.name})` : item.competency;
        columns.set(key, (col = { key, competencyId: item.competencyId, frameworkId: baseFrameworkId(m.framework.id), name, kind: item.kind, category: item.category, required: 0, withGap: 0, notAssessed: 0, totalWeightedGap: 0, meanGap: 0 }));
      }
      col.required++;
      if (item.status !== 'met') col.withGap++;
      if (item.status === 'not-assessed') col.notAssessed++;
      col.totalWeightedGap += item.weightedGap;
      col.meanGap += item.gap;
      byKey.set(key, { gap: item.gap, status: item.status, current: item.current, currentName: item.currentName, required: item.required, requiredName: item.requiredName, importance: item.importance });
    }
    perRow.push({ row: { planId: m.plan.id, employee: m.plan.employee.name, manager: m.plan.manager.name, target: m.target!.title, readiness: m.analysis.readiness }, byKey });
  }
  const ordered = [...columns.values()]
    .map((c) => ({ ...c, meanGap: c.required ? c.meanGap / c.required : 0 }))
    .sort((a, b) => b.totalWeightedGap - a.totalWeightedGap || b.withGap - a.withGap || a.name.localeCompare(b.name));
  const rows = perRow.map(({ row, byKey }) => ({ ...row, cells: ordered.map((c) => byKey.get(c.key) ?? null) }));
  return { columns: ordered, rows };
}

export interface HeatmapGroupRow {
  /** The manager whose reports the row sums up. */
  group: string;
  people: number;
  /** Per column: mean gap over the group's people whose target requires it, and how many of them are short. */
  cells: ({ meanGap: number; withGap: number; required: number } | null)[];
}

/** The same heatmap with one row per manager's team: how a department-sized report stays readable. */
export function heatmapByManager(heatmap: SkillGapHeatmap): HeatmapGroupRow[] {
  const groups = new Map<string, HeatmapRow[]>();
  for (const row of heatmap.rows) {
    const list = groups.get(row.manager) ?? [];
    list.push(row);
    groups.set(row.manager, list);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, rows]) => ({
      group,
      people: rows.length,
      cells: heatmap.columns.map((_, c) => {
        let required = 0;
        let withGap = 0;
        let sum = 0;
        for (const r of rows) {
          const cell = r.cells[c];
          if (!cell) continue;
          required++;
          sum += cell.gap;
          if (cell.status !== 'met') withGap++;
        }
        return required ? { meanGap: sum / required, withGap, required } : null;
      }),
    }));
}
