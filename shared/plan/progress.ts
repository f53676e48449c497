// Progress over time: readiness for the target role at each date an assessment was recorded, and each
// competency's level history (self and manager), from the plan's append-only assertions.
import type { Assertion } from '../model/assessment';
import { indexFramework, type Framework } from '../model/framework';
import { levelName } from '../model/scale';
import type { Plan } from '../model/plan';
import { readinessFor } from '../gap/gap';

export interface ReadinessPoint {
  date: string;
  readiness: number;
}

export interface LevelPoint {
  date: string;
  level: number;
  levelName: string;
  evidence: string;
}

export interface CompetencyHistory {
  competencyId: string;
  competency: string;
  required: number;
  requiredName: string;
  self: LevelPoint[];
  manager: LevelPoint[];
}

export interface Progress {
  readiness: ReadinessPoint[];
  /** The day leadership's approval completed, when it did. */
  approvedOn?: string;
  /** Readiness on the approval day (the last point on or before it), and now. */
  atApproval?: number;
  now?: number;
  competencies: CompetencyHistory[];
}

const day = (date: string) => date.slice(0, 10);
// no Array.prototype.at: the add-on runs where only ES2020 is promised
const lastOf = <T>(list: readonly T[]): T | undefined => list[list.length - 1];

/** The day the plan reached "approved": the history entry of the approval that completed it. */
export function approvalDay(plan: Pick<Plan, 'history'>): string | undefined {
  const entry = [...plan.history].reverse().find((h) => h.action === 'approve' && h.detail.startsWith('approved'));
  return entry ? day(entry.at) : undefined;
}

/**
 * Readiness at each date an assertion was recorded, counting the latest manager level (else the latest self
 * level) known on that day: the same rule the gap analysis applies to the plan as it is now.
 */
export function readinessOverTime(plan: Pick<Plan, 'assessment' | 'targetRoleId'>, framework: Framework): ReadinessPoint[] {
  const role = indexFramework(framework).roleById.get(plan.targetRoleId);
  if (!role) return [];
  const sorted = [...plan.assessment].filter((a) => a.source !== 'peer').sort((a, b) => (day(a.date) < day(b.date) ? -1 : day(a.date) > day(b.date) ? 1 : 0));
  const self = new Map<string, number>();
  const manager = new Map<string, number>();
  const levels = new Map<string, number>();
  const points: ReadinessPoint[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    (a.source === 'manager' ? manager : self).set(a.competencyId, a.level);
    levels.set(a.competencyId, manager.get(a.competencyId) ?? self.get(a.competencyId)!);
    const next = sorted[i + 1];
    if (!next || day(next.date) !== day(a.date)) points.push({ date: day(a.date), readiness: readinessFor(framework, role, levels) });
  }
  return points;
}

/** Readiness over time, the approval day with readiness then and now, and each target competency's level history. */
export function planProgress(plan: Pick<Plan, 'assessment' | 'targetRoleId' | 'history'>, framework: Framework): Progress {
  const index = indexFramework(framework);
  const readiness = readinessOverTime(plan, framework);
  const approvedOn = approvalDay(plan);
  const before = approvedOn ? lastOf(readiness.filter((p) => p.date <= approvedOn)) : undefined;
  const role = index.roleById.get(plan.targetRoleId);
  const byCompetency = new Map<string, Assertion[]>();
  for (const a of plan.assessment) {
    const list = byCompetency.get(a.competencyId);
    if (list) list.push(a);
    else byCompetency.set(a.competencyId, [a]);
  }
  const competencies = (role?.competencies ?? []).map((req): CompetencyHistory => {
    const scale = index.scaleOf(req.competencyId);
    const points = (source: Assertion['source']) =>
      (byCompetency.get(req.competencyId) ?? [])
        .filter((a) => a.source === source)
        .sort((a, b) => (day(a.date) < day(b.date) ? -1 : day(a.date) > day(b.date) ? 1 : 0))
        .map((a) => ({ date: day(a.date), level: a.level, levelName: levelName(scale, a.level), evidence: a.evidence }));
    return { competencyId: req.competencyId, competency: index.competencyById.get(req.competencyId)?.name ?? req.competencyId, required: req.level, requiredName: levelName(scale, req.level), self: points('self'), manager: points('manager') };
  });
  return { readiness, ...(approvedOn ? { approvedOn } : {}), ...(before ? { atApproval: before.readiness } : {}), ...(readiness.length ? { now: lastOf(readiness)!.readiness } : {}), competencies };
}

/** "readiness 39% → 58% since approval" (or "readiness 39%, first assessed 2026-01-06" before approval). */
export function progressSummary(progress: Progress): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (progress.now === undefined) return 'readiness: not assessed yet';
  if (progress.approvedOn && progress.atApproval !== undefined) return `readiness ${pct(progress.atApproval)} → ${pct(progress.now)} since approval (${progress.approvedOn})`;
  return `readiness ${pct(progress.now)}${progress.readiness.length > 1 ? `, from ${pct(progress.readiness[0]!.readiness)} on ${progress.readiness[0]!.date}` : ''}`;
}
