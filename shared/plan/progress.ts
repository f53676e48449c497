// Progress over time: readiness for the target role at each date an assessment was recorded, and each
// competency's level history (self and manager), from the plan's append-only assertions.
import type { Assertion } from '../model/assessment';
import { indexFramework, type Framework } from '../model/framework';
import { levelName } from '../model/scale';
import type { Plan } from '../model/plan';
import { frameworkOfTarget } from '../model/target-requirements';
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
  /** Whether the requirements were at hand (the plan's record or the framework); without them only approvedOn is given. */
  known: boolean;
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

type ProgressPlan = Pick<Plan, 'assessment' | 'targetRoleId' | 'history' | 'framework'> & Partial<Pick<Plan, 'target'>>;

/**
 * The requirements readiness is measured against: those the plan records for its target role (kept up to date
 * whenever the core changes the plan with the framework at hand), else the framework's when a surface has it.
 * Every surface measures a plan against its own record first, so they all show the same figure; undefined when
 * neither is known (a plan of schema version 2 not saved since, on a surface without the framework).
 */
export function readinessRequirements(plan: ProgressPlan, framework?: Framework): Framework | undefined {
  if (plan.target && plan.target.roleId === plan.targetRoleId) return frameworkOfTarget(plan.target, plan.framework);
  return framework && indexFramework(framework).roleById.has(plan.targetRoleId) ? framework : undefined;
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

/**
 * Readiness over time, the approval day with readiness then and now, and each target competency's level history,
 * measured against the plan's own record of its target role when it has one (see readinessRequirements).
 * `known` is false when neither the record nor the framework is at hand: then only the approval day is given.
 */
export function planProgress(plan: ProgressPlan, frameworkAtHand?: Framework): Progress {
  const framework = readinessRequirements(plan, frameworkAtHand);
  const approvedOn = approvalDay(plan);
  if (!framework) return { known: false, readiness: [], ...(approvedOn ? { approvedOn } : {}), competencies: [] };
  const index = indexFramework(framework);
  const readiness = readinessOverTime(plan, framework);
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
  return { known: true, readiness, ...(approvedOn ? { approvedOn } : {}), ...(before ? { atApproval: before.readiness } : {}), ...(readiness.length ? { now: lastOf(readiness)!.readiness } : {}), competencies };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Mar 2026" for 2026-03-12: the same words on every surface, whatever the reader's locale. */
export function dayLabel(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return y && m && d && m <= 12 ? `${d} ${MONTHS[m - 1]} ${y}` : date;
}

/**
 * "Readiness 39% → 58% since approval (12 Mar 2026)"; before approval "Readiness 58%, from 39% on 6 Jan 2026";
 * approved with no assessment until after it, "Readiness 58%, first assessed 2 Apr 2026 (approved 12 Mar 2026)".
 */
export function progressSummary(progress: Progress): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (!progress.known) return 'Readiness not known yet: the plan does not record what its target role asks for (it will once the plan is saved from the add-on or the CLI)';
  if (progress.now === undefined) return 'Readiness: not assessed yet';
  const first = progress.readiness[0]!;
  if (progress.approvedOn && progress.atApproval !== undefined) return `Readiness ${pct(progress.atApproval)} → ${pct(progress.now)} since approval (${dayLabel(progress.approvedOn)})`;
  if (progress.approvedOn) return `Readiness ${pct(progress.now)}, first assessed ${dayLabel(first.date)} (approved ${dayLabel(progress.approvedOn)})`;
  return `Readiness ${pct(progress.now)}${progress.readiness.length > 1 ? `, from ${pct(first.readiness)} on ${dayLabel(first.date)}` : ''} (not approved yet)`;
}
