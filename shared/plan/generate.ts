// Drafting a plan: milestones that close each gap one level at a time, goals from the target role's
// responsibilities, and development actions for each gap, spread over the plan's horizon.
import { indexFramework, type Framework } from '../model/framework';
import { levelLooksLike, looksLikeClause } from './looks-like';
import type { Assertion } from '../model/assessment';
import type { Person } from '../model/person';
import { PLAN_KIND, PLAN_SCHEMA_VERSION, PlanSchema, type DevelopmentAction, type Milestone, type Plan, type Route } from '../model/plan';
import { ProfileSchema, type ProfileInput } from '../model/profile';
import { targetRequirementsOf } from '../model/target-requirements';
import { stepsBetween } from '../model/scale';
import { gapAnalysis, type GapItem } from '../gap/gap';
import { personLevels } from '../gap/levels';
import { stepIndex } from '../gap/scale-steps';
import { findRoutes, type LatticeRoute } from '../lattice/routes';
import { isCertification } from '../ingest/jd/fields';
import { addMonths } from './dates';


/** How far ahead a plan may aim, in months: every surface checks the horizon against these. */
export const HORIZON_MONTHS = { min: 1, max: 60, default: 12 } as const;

export interface DraftOptions {
  /** Months to spread the milestones over (default 12). */
  horizonMonths?: number;
  /** First day of the plan (YYYY-MM-DD). */
  start: string;
  /** How many goal milestones to draw from the target role's responsibilities (default 3). */
  goals?: number;
  /** Who the measures name as validating a level ("your manager" by default). */
  managerName?: string;
}

export interface Draft {
  milestones: Milestone[];
  actions: DevelopmentAction[];
  /** The gaps the milestones close, largest first. */
  gaps: GapItem[];
}

/** Milestone ids are stable across re-drafts of the same gap, so evidence stays attached. */
function milestoneId(competencyId: string, rank: number): string {
  return `m-${competencyId}-${String(rank).replace('.', '_')}`;
}

/**
 * The draft for a route: gaps of the target role (competencies first needed earlier on the route come
 * first), each closed one scale step at a time, then goals from the target's responsibilities.
 */
/** ". To reach Practitioner in System design: <what the ladder says that level looks like>", when it says. */
function looksLikeAt(framework: Framework, competencyId: string, rank: number, levelName: string, competency: string): string {
  return looksLikeClause(levelName, competency, levelLooksLike(framework, competencyId, rank));
}

export function draftMilestones(framework: Framework, route: Pick<Route, 'roleIds' | 'steps'>, assessment: readonly Assertion[], options: DraftOptions): Draft {
  const index = indexFramework(framework);
  const target = index.roleById.get(route.roleIds[route.roleIds.length - 1]!)!;
  const { levels, detail } = personLevels(framework, assessment);
  const analysis = gapAnalysis(framework, target, levels, detail);
  // the first role on the route that asks for each competency, so earlier moves' needs come first
  const firstNeeded = new Map<string, number>();
  route.roleIds.slice(1).forEach((id, i) => {
    for (const req of index.roleById.get(id)?.competencies ?? []) if (!firstNeeded.has(req.competencyId)) firstNeeded.set(req.competencyId, i);
  });
  const gaps = [...analysis.gaps].sort(
    (a, b) => (firstNeeded.get(a.competencyId) ?? 0) - (firstNeeded.get(b.competencyId) ?? 0) || b.weightedGap - a.weightedGap || a.competency.localeCompare(b.competency),
  );
  const manager = options.managerName ?? 'your manager';
  // one entry per scale step; steps of one competency stay in order
  const steps: { gap: GapItem; rank: number; name: string; stepNo: number }[] = [];
  for (const gap of gaps) {
    const scale = index.scaleOf(gap.competencyId);
    const from = gap.current ?? stepIndex(scale).notYet;
    stepsBetween(scale, from, gap.required).forEach((level, i) => steps.push({ gap, rank: level.rank, name: level.name, stepNo: i }));
  }
  steps.sort((a, b) => a.stepNo - b.stepNo);
  const horizon = options.horizonMonths ?? 12;
  const goalCount = Math.min(options.goals ?? 3, target.responsibilities.length);
  // competency steps fill the horizon; goals land in its last third, after the skills they draw on
  const milestones: Milestone[] = steps.map((s, i) => ({
    id: milestoneId(s.gap.competencyId, s.rank),
    title: `Reach ${s.name} in ${s.gap.competency}`,
    measure: `${capitalise(manager)} validates ${s.gap.competency} at ${s.name} in an assessment, with evidence from real work${looksLikeAt(framework, s.gap.competencyId, s.rank, s.name, s.gap.competency)}`,
    due: addMonths(options.start, (horizon * (i + 1)) / (steps.length + (goalCount ? 1 : 0))),
    link: { kind: 'competency', competencyId: s.gap.competencyId, level: s.rank },
    status: 'planned',
    evidence: [],
  }));
  target.responsibilities.slice(0, goalCount).forEach((responsibility, i) => {
    milestones.push({
      id: `g-${target.id}-${i + 1}`,
      title: `Take on: ${responsibility}`,
      measure: `Deliver one piece of work that shows "${responsibility}", reviewed with ${manager}`,
      due: addMonths(options.start, horizon * (2 / 3 + ((i + 1) / goalCount) / 3)),
      link: { kind: 'goal', responsibility, roleId: target.id },
      status: 'planned',
      evidence: [],
    });
  });
  // a certificate or licence the target role requires is a milestone of its own: it is held or it is not
  credentialsRequired(target.requirements.required).forEach((credential, i) => {
    milestones.push({
      id: `c-${target.id}-${i + 1}`,
      title: `Hold ${credentialPhrase(credential)}`,
      measure: `A copy of the current certificate or licence (its number and expiry date) added as evidence and checked by ${manager}`,
      due: addMonths(options.start, horizon / 2),
      link: { kind: 'goal', responsibility: credential, roleId: target.id },
      status: 'planned',
      evidence: [],
    });
  });
  return { milestones, actions: draftActions(framework, route, gaps, milestones), gaps };
}

/** The required items that ask for a certificate or licence ("Current BLS certification", "Registered Nurse licence"). */
export function credentialsRequired(required: readonly string[]): string[] {
  return required.filter((text) => isCertification(text) && !/\b(or equivalent experience|preferred|desirable|nice to have)\b/i.test(text));
}

/** "Must hold a current BLS certification." → "a current BLS certification"; "BLS certification required" → "BLS certification". */
export function credentialPhrase(text: string): string {
  const phrase = text
    .trim()
    .replace(/[.;]+$/, '')
    .replace(/^(must|should)\s+(have|hold|possess|maintain|obtain)\s+/i, '')
    .replace(/^(holds?|possess(es)?|maintains?|has|have|requires?|required:?)\s+/i, '')
    .replace(/\s+(is\s+)?(required|essential|mandatory)$/i, '');
  // "Current BLS …" → "current BLS …", but an acronym keeps its capitals
  const lowered = /^[A-Z][a-z]/.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
  return /^(a|an|the)\b/i.test(lowered) ? lowered : `a ${lowered}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Development actions: the kind of practice that closes each kind of gap, plus protected development time. */
function draftActions(framework: Framework, route: Pick<Route, 'roleIds' | 'steps'>, gaps: GapItem[], milestones: Milestone[]): DevelopmentAction[] {
  const index = indexFramework(framework);
  const actions: DevelopmentAction[] = [];
  const milestonesOf = (competencyId: string) => milestones.filter((m) => m.link.kind === 'competency' && m.link.competencyId === competencyId);
  for (const gap of gaps) {
    const ms = milestonesOf(gap.competencyId);
    const due = ms[ms.length - 1]?.due;
    const base = { competencyIds: [gap.competencyId], milestoneIds: ms.map((m) => m.id), due, status: 'planned' as const };
    if (gap.kind === 'knowledge') {
      actions.push({ ...base, id: `a-${gap.competencyId}-training`, type: 'training', title: `Course or structured reading on ${gap.competency}, then teach back one idea to the team` });
    } else if (gap.kind === 'skill') {
      actions.push({ ...base, id: `a-${gap.competencyId}-stretch`, type: 'stretch-project', title: `Stretch project that needs ${gap.competency} at ${gap.requiredName}` });
    } else {
      actions.push({ ...base, id: `a-${gap.competencyId}-shadow`, type: 'shadowing', title: `Shadow someone strong in ${gap.competency} and debrief afterwards` });
    }
    if (gap.gap >= 2 || gap.importance >= 4) {
      actions.push({ ...base, id: `a-${gap.competencyId}-mentor`, type: 'mentoring', title: `Monthly mentoring on ${gap.competency} with someone at ${gap.requiredName}` });
    }
  }
  for (const step of route.steps) {
    const to = index.roleById.get(step.to);
    if (!to) continue;
    if (step.type === 'exploratory') {
      actions.push({ id: `a-explore-${to.id}`, type: 'exploratory-project', title: `Exploratory project with the ${to.title} team to try the work first-hand`, competencyIds: to.competencies.map((c) => c.competencyId).slice(0, 5), milestoneIds: [], status: 'planned' });
    } else if (step.type === 'lateral') {
      actions.push({ id: `a-shadow-${to.id}`, type: 'shadowing', title: `Shadow a ${to.title} for a week before the move`, competencyIds: [], milestoneIds: [], status: 'planned' });
    }
  }
  actions.push({ id: 'a-development-time', type: 'development-time', title: 'Protected development time: the last 15 minutes of every one-on-one, plus four hours a month', competencyIds: [], milestoneIds: [], hoursPerMonth: 4, status: 'planned' });
  return actions;
}

export interface NewPlanInput {
  id: string;
  framework: Framework;
  employee: Person;
  manager: Person;
  approvers?: Person[];
  currentRoleId: string;
  targetRoleId: string;
  assessment?: Assertion[];
  profile?: ProfileInput;
  /** The creating user and time, for the first history entry. */
  by: string;
  now: string;
  horizonMonths?: number;
  /** Use this route instead of the cheapest one. */
  route?: LatticeRoute;
}

/** A new plan: the cheapest route, its draft milestones and actions, at the objectives stage. */
export function createPlan(input: NewPlanInput): Plan {
  const { framework } = input;
  const assessment = input.assessment ?? [];
  const { levels } = personLevels(framework, assessment);
  const route = input.route ?? findRoutes(framework, levels, input.currentRoleId, input.targetRoleId).best;
  const profile = ProfileSchema.parse({
    ...input.profile,
    currentRoleId: input.currentRoleId,
    objectives: { ...input.profile?.objectives, proposedRoleId: input.profile?.objectives?.proposedRoleId ?? input.targetRoleId },
  });
  const draft = draftMilestones(framework, route, assessment, { start: input.now.slice(0, 10), horizonMonths: input.horizonMonths, managerName: input.manager.name });
  return PlanSchema.parse({
    kind: PLAN_KIND,
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: input.id,
    revision: 1,
    createdAt: input.now,
    updatedAt: input.now,
    employee: input.employee,
    manager: input.manager,
    approvers: input.approvers ?? [],
    framework: { id: framework.id, version: framework.version, name: framework.name },
    profile,
    currentRoleId: input.currentRoleId,
    targetRoleId: input.targetRoleId,
    target: targetRequirementsOf(framework, input.targetRoleId),
    route: { roleIds: route.roleIds, steps: route.steps.map(({ from, to, type }) => ({ from, to, type })), cost: route.cost },
    assessment,
    stage: 'objectives',
    milestones: draft.milestones,
    actions: draft.actions,
    history: [{ revision: 1, at: input.now, by: input.by, action: 'create', detail: `Plan drafted from ${framework.name} v${framework.version}: ${route.roleIds.length - 1} move(s), ${draft.milestones.length} milestones` }],
  });
}
