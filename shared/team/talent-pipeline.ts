// Who could step into each role, and when: ready now, within 6 months, within 12 months, from readiness and the
// dates of the milestones still open on the way there. Intermediate roles on a plan's route count too.
import { indexFramework, type Framework } from '../model/framework';
import { isOpenMilestone, type Milestone, type Plan, type Stage } from '../model/plan';
import type { Role } from '../model/role';
import { readinessFor } from '../gap/gap';
import { addMonths, daysBetween } from '../plan/dates';
import { roleKey } from './framework-catalog';
import { COMMITTED_STAGES } from '../workflow/rulebook';
import type { Team, TeamMember } from './team';

export type PipelineBand = 'ready-now' | 'within-6-months' | 'within-12-months' | 'later';
export const PIPELINE_BANDS: readonly PipelineBand[] = ['ready-now', 'within-6-months', 'within-12-months', 'later'];
export const PIPELINE_BAND_LABELS: Record<PipelineBand, string> = {
  'ready-now': 'Ready now',
  'within-6-months': 'Within 6 months',
  'within-12-months': 'Within 12 months',
  later: 'Later or undated',
};

export interface PipelineOptions {
  /** YYYY-MM-DD. */
  today: string;
  /** Readiness from which a person counts as ready now (default 0.9). */
  readyAt?: number;
}

export interface PipelineEntry {
  planId: string;
  employee: string;
  manager: string;
  currentRole: string;
  stage: Stage;
  readiness: number;
  /** When the open milestones this role needs should be done (later if they run late); absent when none are dated. */
  projected?: string;
  band: PipelineBand;
  /** The plan's target, when this role is a step on the way to it. */
  onTheWayTo?: string;
}

export interface RolePipeline {
  roleKey: string;
  roleId: string;
  title: string;
  track: string;
  rank: number;
  frameworkName: string;
  /** No move in the lattice leads into the role: it is filled by hiring, not by a pipeline. */
  entryRole: boolean;
  bands: Record<PipelineBand, PipelineEntry[]>;
  /** People ready now or within 12 months, on plans leadership approved. */
  inPipeline: number;
  /** Plans heading here that leadership has not approved yet: a wish, not a pipeline, shown apart and never counted. */
  drafts: PipelineEntry[];
}

/** Whether a plan is a commitment: leadership approved it (approved, active or achieved). */
export function isCommitted(plan: Pick<Plan, 'stage'>): boolean {
  return COMMITTED_STAGES.includes(plan.stage);
}

const isOpen = isOpenMilestone;

/** The open milestones that stand between the person and `role`: competency steps it requires, and its goals. */
export function milestonesFor(plan: Pick<Plan, 'milestones' | 'targetRoleId'>, role: Role): Milestone[] {
  const required = new Map(role.competencies.map((c) => [c.competencyId, c.level]));
  return plan.milestones.filter((m) => {
    if (!isOpen(m)) return false;
    if (m.link.kind === 'competency') {
      const level = required.get(m.link.competencyId);
      return level !== undefined && m.link.level <= level;
    }
    return (m.link.roleId ?? plan.targetRoleId) === role.id;
  });
}

/**
 * The day the open milestones should all be done: the latest due date, moved out by how late the latest-running
 * milestone already is (a plan running late stays late), and never before today.
 */
export function projectedReadyDate(open: readonly Milestone[], today: string): string | undefined {
  if (!open.length) return undefined;
  let latest = open[0]!.due.slice(0, 10);
  let lateness = 0;
  for (const m of open) {
    const due = m.due.slice(0, 10);
    if (due > latest) latest = due;
    lateness = Math.max(lateness, daysBetween(due, today));
  }
  const shifted = addDays(latest, lateness);
  return shifted < today ? today : shifted;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function bandFor(readiness: number, projected: string | undefined, options: Required<PipelineOptions>): PipelineBand {
  if (readiness >= options.readyAt) return 'ready-now';
  if (!projected) return 'later';
  if (projected <= addMonths(options.today, 6)) return 'within-6-months';
  if (projected <= addMonths(options.today, 12)) return 'within-12-months';
  return 'later';
}

/** The roles a member is moving towards: every role after the current one on the plan's route, and the target. */
function rolesAhead(m: TeamMember): Role[] {
  const index = indexFramework(m.framework!);
  const ids = [...m.plan.route.roleIds.slice(1), m.plan.targetRoleId];
  const out: Role[] = [];
  for (const id of new Set(ids)) {
    const role = index.roleById.get(id);
    if (role && id !== m.plan.currentRoleId) out.push(role);
  }
  return out;
}

function emptyBands(): Record<PipelineBand, PipelineEntry[]> {
  return { 'ready-now': [], 'within-6-months': [], 'within-12-months': [], later: [] };
}

function describeRole(framework: Framework, role: Role, entryRole: boolean): RolePipeline {
  return { roleKey: roleKey(framework.id, role.id), roleId: role.id, title: role.title, track: role.track || role.family, rank: role.rank, frameworkName: framework.name, entryRole, bands: emptyBands(), inPipeline: 0, drafts: [] };
}

/** The pipeline of every role of the newest framework versions (plus older roles still targeted), most senior first. */
export function talentPipeline(team: Team, options: PipelineOptions): RolePipeline[] {
  const opts = { readyAt: 0.9, ...options };
  const roles = new Map<string, RolePipeline>();
  for (const framework of team.catalog.latest()) {
    const index = indexFramework(framework);
    const entered = new Set(index.transitions.map((t) => t.to));
    for (const role of framework.roles) roles.set(roleKey(framework.id, role.id), describeRole(framework, role, !entered.has(role.id)));
  }
  for (const m of team.members) {
    if (!m.framework || m.plan.stage === 'achieved') continue;
    const index = indexFramework(m.framework);
    const current = index.roleById.get(m.plan.currentRoleId)?.title ?? m.plan.currentRoleId;
    for (const role of rolesAhead(m)) {
      const key = roleKey(m.framework.id, role.id);
      let pipeline = roles.get(key);
      if (!pipeline) roles.set(key, (pipeline = describeRole(m.framework, role, false)));
      const isTarget = role.id === m.plan.targetRoleId;
      const readiness = isTarget && m.analysis ? m.analysis.readiness : readinessFor(m.framework, role, m.levels);
      const projected = projectedReadyDate(milestonesFor(m.plan, role), opts.today);
      const band = bandFor(readiness, projected, opts);
      (isCommitted(m.plan) ? pipeline.bands[band] : pipeline.drafts).push({
        planId: m.plan.id,
        employee: m.plan.employee.name,
        manager: m.plan.manager.name,
        currentRole: current,
        stage: m.plan.stage,
        readiness,
        projected,
        band,
        onTheWayTo: isTarget ? undefined : (m.target?.title ?? m.plan.targetRoleId),
      });
    }
  }
  const out = [...roles.values()];
  for (const p of out) {
    for (const list of [...PIPELINE_BANDS.map((band) => p.bands[band]), p.drafts]) list.sort((a, b) => b.readiness - a.readiness || a.employee.localeCompare(b.employee));
    p.inPipeline = p.bands['ready-now'].length + p.bands['within-6-months'].length + p.bands['within-12-months'].length;
  }
  return out.sort((a, b) => a.frameworkName.localeCompare(b.frameworkName) || a.track.localeCompare(b.track) || b.rank - a.rank || a.title.localeCompare(b.title));
}
