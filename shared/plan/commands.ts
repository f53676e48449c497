// Every change to a plan is a command: checked against the workflow, applied to a copy, recorded in the
// history with a new revision. Because commands are data, a surface can re-apply one to a fresh copy
// after a conflicting save.
import { copyJson } from '../model/copy';
import type { Assertion } from '../model/assessment';
import { indexFramework, type Framework } from '../model/framework';
import type { Person } from '../model/person';
import { samePerson } from '../model/person';
import { PlanSchema, type DevelopmentAction, type Milestone, type Plan } from '../model/plan';
import { objectivesMissing, type Objectives } from '../model/profile';
import { gapAnalysis } from '../gap/gap';
import { personLevels } from '../gap/levels';
import { findRoutes } from '../lattice/routes';
import { draftMilestones } from './generate';
import { hasCheckIn } from './check-ins';
import { checkEvent, currentRoundApprovals, hasIndependentApprover, participantRoles, requiredApprovers, WorkflowError, type WorkflowEvent } from '../workflow/workflow';

export type PlanCommand =
  | { type: 'set-objectives'; objectives: Partial<Objectives> }
  | { type: 'submit-objectives' }
  | { type: 'review-alignment'; companyNeeds: string; stakeholders?: string[] }
  | { type: 'accept-role' }
  | { type: 'modify-role'; targetRoleId: string }
  | { type: 'add-assessment'; assertions: Omit<Assertion, 'by'>[] }
  | { type: 'complete-assessment' }
  | { type: 'redraft'; horizonMonths?: number }
  | { type: 'set-milestones'; milestones: Milestone[] }
  | { type: 'set-actions'; actions: DevelopmentAction[] }
  | { type: 'set-approvers'; approvers: Person[] }
  | { type: 'submit-for-review' }
  | { type: 'employee-accept-plan' }
  | { type: 'employee-request-changes'; comment: string }
  | { type: 'approve'; comment?: string }
  | { type: 'request-changes'; comment: string }
  | { type: 'resubmit' }
  | { type: 'activate' }
  | { type: 'complete-milestone'; milestoneId: string; evidence: string }
  | { type: 'add-recognition'; text: string; milestoneId?: string }
  | { type: 'add-comment'; text: string }
  | { type: 'record-check-in'; notes: string; eventId?: string }
  | { type: 'achieve' };

export interface CommandContext {
  actor: Person;
  /** ISO timestamp of the change. */
  now: string;
  /** Needed by commands that look at the roles: modify-role, complete-assessment, redraft, the review guards. */
  framework?: Framework;
}

/** Commands that revise the plan's content: after leadership asks for changes, one of them must come before resubmitting. */
const REVISING = new Set<string>(['set-milestones', 'set-actions', 'set-approvers', 'redraft', 'add-assessment']);

const EDITABLE_STAGES = new Set<Plan['stage']>(['skills-and-gaps', 'draft-plan', 'employee-review', 'changes-requested']);

function actorKey(p: Person): string {
  return p.email ?? p.name;
}

function needFramework(ctx: CommandContext, what: string): Framework {
  if (!ctx.framework) throw new WorkflowError('invalid', `${what} needs the plan's framework`);
  if (!ctx.framework.roles.length) throw new WorkflowError('invalid', `${what}: the framework has no roles`);
  return ctx.framework;
}

/** What still keeps the plan from leadership review; empty when every required step is complete. */
export function missingForLeadershipReview(plan: Plan, framework?: Framework): string[] {
  const missing = objectivesMissing(plan.profile.objectives).map((m) => `objectives: ${m}`);
  if (plan.alignment.status !== 'accepted' && plan.alignment.status !== 'modified') missing.push('the employee has not accepted or modified the reviewed role');
  if (!plan.alignment.companyNeeds.trim()) missing.push('the manager has not recorded the review against company needs');
  if (framework) missing.push(...missingAssessment(plan, framework));
  if (!plan.milestones.length) missing.push('the plan has no milestones');
  if (framework) missing.push(...uncoveredGaps(plan, framework));
  if (!hasIndependentApprover(plan)) missing.push('no leadership approver besides the manager and the employee');
  return missing;
}

/** Target-role competencies that lack a self or a manager assessment. */
export function missingAssessment(plan: Plan, framework: Framework): string[] {
  const target = indexFramework(framework).roleById.get(plan.targetRoleId);
  if (!target) return [`target role "${plan.targetRoleId}" is not in the framework`];
  const self = new Set(plan.assessment.filter((a) => a.source === 'self').map((a) => a.competencyId));
  const manager = new Set(plan.assessment.filter((a) => a.source === 'manager').map((a) => a.competencyId));
  const index = indexFramework(framework);
  const out: string[] = [];
  const noSelf = target.competencies.filter((c) => !self.has(c.competencyId)).map((c) => index.competencyById.get(c.competencyId)?.name ?? c.competencyId);
  const noManager = target.competencies.filter((c) => !manager.has(c.competencyId)).map((c) => index.competencyById.get(c.competencyId)?.name ?? c.competencyId);
  if (noSelf.length) out.push(`no self-assessment of ${noSelf.join(', ')}`);
  if (noManager.length) out.push(`no manager assessment of ${noManager.join(', ')}`);
  return out;
}

/** Gaps of the target role that no live milestone climbs to. */
export function uncoveredGaps(plan: Plan, framework: Framework): string[] {
  const target = indexFramework(framework).roleById.get(plan.targetRoleId);
  if (!target) return [];
  const { levels, detail } = personLevels(framework, plan.assessment);
  const covered = new Map<string, number>();
  for (const m of plan.milestones) {
    if (m.status === 'dropped' || m.link.kind !== 'competency') continue;
    covered.set(m.link.competencyId, Math.max(covered.get(m.link.competencyId) ?? -Infinity, m.link.level));
  }
  return gapAnalysis(framework, target, levels, detail)
    .gaps.filter((g) => (covered.get(g.competencyId) ?? -Infinity) < g.required)
    .map((g) => `no milestone reaches ${g.requiredName} in ${g.competency}`);
}

/** Applies a command; returns the new plan (revision + 1, history appended) or throws a WorkflowError. */
export function applyCommand(plan: Plan, command: PlanCommand, ctx: CommandContext): Plan {
  const next: Plan = copyJson(plan);
  const by = actorKey(ctx.actor);
  const roles = participantRoles(plan, ctx.actor);
  const onPlan = () => {
    if (!roles.length) throw new WorkflowError('not-allowed', `${ctx.actor.name} is not on this plan`);
  };
  const event = (e: WorkflowEvent) => {
    const rule = checkEvent(plan, e, ctx.actor);
    if (rule.to) next.stage = rule.to;
  };
  const requireText = (text: string | undefined, what: string) => {
    if (!text || !text.trim()) throw new WorkflowError('invalid', `${what} cannot be empty`);
  };
  let detail = '';

  switch (command.type) {
    case 'set-objectives': {
      if (!roles.includes('employee')) throw new WorkflowError('not-allowed', 'only the employee sets their career objectives');
      if (plan.stage !== 'objectives' && plan.stage !== 'alignment') throw new WorkflowError('illegal-transition', `objectives are settled once the role is accepted (plan is at "${plan.stage}")`);
      next.profile.objectives = { ...next.profile.objectives, ...command.objectives };
      if (plan.stage === 'alignment') next.alignment = { ...next.alignment, status: 'pending' };
      detail = 'objectives updated';
      break;
    }
    case 'submit-objectives': {
      const missing = objectivesMissing(plan.profile.objectives);
      if (missing.length) throw new WorkflowError('incomplete', 'the objectives are not complete', missing);
      event('submit-objectives');
      break;
    }
    case 'review-alignment': {
      requireText(command.companyNeeds, 'the review against company needs');
      event('review-alignment');
      next.alignment = { ...next.alignment, status: 'reviewed', companyNeeds: command.companyNeeds, stakeholders: command.stakeholders ?? [], reviewedBy: by, reviewedAt: ctx.now };
      detail = command.companyNeeds;
      break;
    }
    case 'accept-role':
    case 'modify-role': {
      if (plan.alignment.status !== 'reviewed') throw new WorkflowError('incomplete', 'the manager has not reviewed the proposed role yet');
      event(command.type);
      if (command.type === 'modify-role') {
        const framework = needFramework(ctx, 'modifying the role');
        if (!indexFramework(framework).roleById.has(command.targetRoleId)) throw new WorkflowError('invalid', `no role "${command.targetRoleId}" in the framework`);
        const route = findRoutes(framework, personLevels(framework, plan.assessment).levels, plan.currentRoleId, command.targetRoleId).best;
        next.targetRoleId = command.targetRoleId;
        next.profile.objectives.proposedRoleId = command.targetRoleId;
        next.route = { roleIds: route.roleIds, steps: route.steps.map(({ from, to, type }) => ({ from, to, type })), cost: route.cost };
        detail = `target role changed to ${command.targetRoleId}`;
      }
      next.alignment = { ...next.alignment, status: command.type === 'accept-role' ? 'accepted' : 'modified', decidedAt: ctx.now };
      break;
    }
    case 'add-assessment': {
      onPlan();
      if (plan.stage === 'achieved') throw new WorkflowError('illegal-transition', 'the plan is achieved; start a new plan to keep assessing');
      const source = roles.includes('employee') ? 'self' : roles.includes('manager') ? 'manager' : 'peer';
      for (const a of command.assertions) {
        if (a.source !== source) throw new WorkflowError('not-allowed', `${ctx.actor.name} records ${source} assessments, not ${a.source}`);
      }
      next.assessment = [...plan.assessment, ...command.assertions.map((a) => ({ ...a, by }))];
      detail = `${command.assertions.length} ${source} assertion(s)`;
      break;
    }
    case 'complete-assessment': {
      const missing = missingAssessment(plan, needFramework(ctx, 'completing the assessment'));
      if (missing.length) throw new WorkflowError('incomplete', 'the assessment is not complete', missing);
      event('complete-assessment');
      break;
    }
    case 'redraft': {
      if (!roles.includes('employee') && !roles.includes('manager')) throw new WorkflowError('not-allowed', 'only the employee or the manager drafts the plan');
      if (!EDITABLE_STAGES.has(plan.stage)) throw new WorkflowError('illegal-transition', `the plan cannot be redrafted at "${plan.stage}"`);
      const draft = draftMilestones(needFramework(ctx, 'redrafting'), plan.route, plan.assessment, { start: ctx.now.slice(0, 10), horizonMonths: command.horizonMonths, managerName: plan.manager.name });
      const done = new Map(plan.milestones.filter((m) => m.status === 'done').map((m) => [m.id, m]));
      next.milestones = draft.milestones.map((m) => done.get(m.id) ?? m);
      next.actions = draft.actions;
      detail = `${draft.milestones.length} milestones drafted`;
      break;
    }
    case 'set-milestones':
    case 'set-actions': {
      if (!roles.includes('employee') && !roles.includes('manager')) throw new WorkflowError('not-allowed', 'only the employee or the manager edits the plan');
      if (!EDITABLE_STAGES.has(plan.stage)) throw new WorkflowError('illegal-transition', `milestones and actions are edited while drafting, not at "${plan.stage}"`);
      if (command.type === 'set-milestones') next.milestones = command.milestones;
      else next.actions = command.actions;
      detail = command.type === 'set-milestones' ? `${command.milestones.length} milestones` : `${command.actions.length} actions`;
      break;
    }
    case 'set-approvers': {
      if (!roles.includes('employee') && !roles.includes('manager')) throw new WorkflowError('not-allowed', 'only the employee or the manager names the approvers');
      if (['leadership-review', 'approved', 'active', 'achieved'].includes(plan.stage)) throw new WorkflowError('illegal-transition', `approvers cannot change at "${plan.stage}"`);
      next.approvers = command.approvers;
      detail = command.approvers.map((p) => p.name).join(', ');
      break;
    }
    case 'submit-for-review': {
      if (!plan.milestones.length) throw new WorkflowError('incomplete', 'the draft has no milestones');
      if (ctx.framework) {
        const uncovered = uncoveredGaps(plan, ctx.framework);
        if (uncovered.length) throw new WorkflowError('incomplete', 'the draft leaves gaps without milestones', uncovered);
      }
      event('submit-for-review');
      break;
    }
    case 'employee-accept-plan':
    case 'resubmit': {
      checkEvent(plan, command.type, ctx.actor);
      const missing = missingForLeadershipReview(plan, ctx.framework);
      if (missing.length) throw new WorkflowError('incomplete', 'the plan cannot go to leadership yet', missing);
      if (command.type === 'resubmit') {
        const requestAt = [...plan.history].reverse().find((h) => h.action === 'request-changes');
        const changedSince = requestAt && plan.history.some((h) => h.revision > requestAt.revision && REVISING.has(h.action));
        if (!changedSince) throw new WorkflowError('incomplete', 'nothing was changed since leadership asked for changes');
      }
      event(command.type);
      break;
    }
    case 'employee-request-changes':
    case 'request-changes': {
      requireText(command.comment, 'the requested changes');
      event(command.type);
      if (command.type === 'request-changes') next.approvals = [...plan.approvals, { by, at: ctx.now, decision: 'changes-requested', comment: command.comment, revision: plan.revision }];
      next.comments = [...plan.comments, { id: `c${plan.comments.length + 1}`, at: ctx.now, by, text: command.comment, stage: plan.stage }];
      detail = command.comment;
      break;
    }
    case 'approve': {
      event('approve');
      next.approvals = [...plan.approvals, { by, at: ctx.now, decision: 'approved', comment: command.comment ?? '', revision: plan.revision }];
      const approved = new Set([...currentRoundApprovals(plan).map((a) => a.by.toLowerCase()), by.toLowerCase()]);
      const all = requiredApprovers(plan).every((p) => approved.has(actorKey(p).toLowerCase()));
      const independent = requiredApprovers(plan).some((p) => !samePerson(p, plan.manager) && approved.has(actorKey(p).toLowerCase()));
      if (all && independent) next.stage = 'approved';
      detail = next.stage === 'approved' ? 'approved: every approver has approved' : 'approval recorded; waiting for the other approvers';
      break;
    }
    case 'activate':
      event('activate');
      break;
    case 'complete-milestone': {
      if (!roles.includes('employee') && !roles.includes('manager')) throw new WorkflowError('not-allowed', 'only the employee or the manager ticks off milestones');
      if (plan.stage !== 'active' && plan.stage !== 'approved') throw new WorkflowError('illegal-transition', `milestones are ticked off once the plan is approved (it is at "${plan.stage}")`);
      requireText(command.evidence, 'the evidence for a milestone');
      const m = next.milestones.find((x) => x.id === command.milestoneId);
      if (!m) throw new WorkflowError('invalid', `no milestone "${command.milestoneId}" in this plan`);
      if (m.status === 'done') throw new WorkflowError('invalid', `milestone "${m.title}" is already done`);
      m.status = 'done';
      m.completedAt = ctx.now;
      m.evidence = [...m.evidence, { text: command.evidence, by, at: ctx.now }];
      if (next.stage === 'approved') next.stage = 'active';
      detail = `${m.title}: ${command.evidence}`;
      break;
    }
    case 'add-recognition': {
      onPlan();
      requireText(command.text, 'the recognition');
      if (command.milestoneId && !plan.milestones.some((m) => m.id === command.milestoneId)) throw new WorkflowError('invalid', `no milestone "${command.milestoneId}" in this plan`);
      next.recognition = [...plan.recognition, { id: `r${plan.recognition.length + 1}`, at: ctx.now, by, text: command.text, milestoneId: command.milestoneId }];
      detail = command.text;
      break;
    }
    case 'add-comment': {
      onPlan();
      requireText(command.text, 'the comment');
      next.comments = [...plan.comments, { id: `c${plan.comments.length + 1}`, at: ctx.now, by, text: command.text, stage: plan.stage }];
      detail = command.text;
      break;
    }
    case 'record-check-in': {
      if (!roles.includes('employee') && !roles.includes('manager')) throw new WorkflowError('not-allowed', 'only the employee or the manager records a check-in');
      // a double press, or the same notes sent again from another surface, records the conversation once
      if (hasCheckIn(plan, command.notes, command.eventId)) throw new WorkflowError('invalid', 'these notes are already in the plan as a check-in for this meeting: nothing was added');
      next.checkIns = [...plan.checkIns, { at: ctx.now, by, notes: command.notes, eventId: command.eventId }];
      detail = command.eventId ? `one-on-one ${command.eventId}` : 'one-on-one';
      break;
    }
    case 'achieve': {
      const open = plan.milestones.filter((m) => m.status !== 'done' && m.status !== 'dropped');
      if (open.length) throw new WorkflowError('incomplete', 'milestones are still open', open.map((m) => m.title));
      event('achieve');
      break;
    }
  }
  next.revision = plan.revision + 1;
  next.updatedAt = ctx.now;
  next.history = [...plan.history, { revision: next.revision, at: ctx.now, by, action: command.type, detail }];
  return PlanSchema.parse(next);
}
