// Every change to a plan is a command: checked against the workflow, applied to a copy, recorded in the
// history with a new revision. Because commands are data, a surface can re-apply one to a fresh copy
// after a conflicting save.
import { copyJson } from '../model/copy';
import { indexFramework, type Framework } from '../model/framework';
import type { Person } from '../model/person';
import { samePerson } from '../model/person';
import { levelName, notYetRank } from '../model/scale';
import { PlanSchema, type Plan } from '../model/plan';
import { targetRequirementsOf } from '../model/target-requirements';
import { personLevels } from '../gap/levels';
import { findRoutes } from '../lattice/routes';
import { draftMilestones, HORIZON_MONTHS } from './generate';
import { hasCheckIn } from './check-ins';
import { parsePlanCommand, type PlanCommand } from './command-schema';
import { managerConfirms, refusalFor } from '../workflow/rulebook';
import { currentRoundApprovals, participantRoles, requiredApprovers, ruleFor, WorkflowError, type WorkflowEvent } from '../workflow/workflow';

export type { PlanCommand, CommandType } from './command-schema';
export { missingAssessment, missingForLeadershipReview, uncoveredGaps } from '../workflow/prerequisites';

export interface CommandContext {
  actor: Person;
  /** ISO timestamp of the change. */
  now: string;
  /** Needed by commands that look at the roles: modify-role, complete-assessment, redraft, the review guards. */
  framework?: Framework;
}

function actorKey(p: Person): string {
  return p.email ?? p.name;
}

/**
 * Applies a command; returns the new plan (revision + 1, history appended) or throws a WorkflowError. The
 * command is parsed first (it may come from any edge) and the rulebook decides whether this person may send it.
 */
export function applyCommand(plan: Plan, input: PlanCommand, ctx: CommandContext): Plan {
  const command = parsePlanCommand(input);
  const refused = refusalFor(plan, command.type, ctx.actor, ctx.framework);
  if (refused) throw refused;
  const next: Plan = copyJson(plan);
  const by = actorKey(ctx.actor);
  const roles = participantRoles(plan, ctx.actor);
  // the rulebook has checked stage and actor; the event moves the stage
  const event = (e: WorkflowEvent) => {
    const to = ruleFor(e).to;
    if (to) next.stage = to;
  };
  const requireText = (text: string | undefined, what: string) => {
    if (!text || !text.trim()) throw new WorkflowError('invalid', `${what} cannot be empty`);
  };
  const framework = () => ctx.framework!;
  let detail = '';

  switch (command.type) {
    case 'set-objectives': {
      next.profile.objectives = { ...next.profile.objectives, ...command.objectives };
      if (plan.stage === 'alignment') next.alignment = { ...next.alignment, status: 'pending' };
      detail = 'objectives updated';
      break;
    }
    case 'set-profile': {
      const { careerBuddy, ...rest } = command.profile;
      next.profile = { ...next.profile, ...rest };
      if (careerBuddy === null) delete next.profile.careerBuddy;
      else if (careerBuddy) next.profile.careerBuddy = careerBuddy;
      detail = Object.keys(command.profile).join(', ') || 'nothing changed';
      break;
    }
    case 'submit-objectives':
      event('submit-objectives');
      break;
    case 'review-alignment': {
      requireText(command.companyNeeds, 'the review against company needs');
      event('review-alignment');
      next.alignment = { ...next.alignment, status: 'reviewed', companyNeeds: command.companyNeeds, stakeholders: command.stakeholders ?? [], reviewedBy: by, reviewedAt: ctx.now };
      detail = command.companyNeeds;
      break;
    }
    case 'accept-role':
    case 'modify-role': {
      event(command.type);
      if (command.type === 'modify-role') {
        const fw = framework();
        if (!indexFramework(fw).roleById.has(command.targetRoleId)) throw new WorkflowError('invalid', `no role "${command.targetRoleId}" in the framework`);
        const route = findRoutes(fw, personLevels(fw, plan.assessment).levels, plan.currentRoleId, command.targetRoleId).best;
        next.targetRoleId = command.targetRoleId;
        next.profile.objectives.proposedRoleId = command.targetRoleId;
        next.route = { roleIds: route.roleIds, steps: route.steps.map(({ from, to, type }) => ({ from, to, type })), cost: route.cost };
        detail = `target role changed to ${command.targetRoleId}`;
      }
      next.alignment = { ...next.alignment, status: command.type === 'accept-role' ? 'accepted' : 'modified', decidedAt: ctx.now };
      break;
    }
    case 'add-assessment': {
      const source = roles.includes('employee') ? 'self' : roles.includes('manager') ? 'manager' : 'peer';
      for (const a of command.assertions) {
        if (a.source !== source) throw new WorkflowError('not-allowed', `${ctx.actor.name} records ${source} assessments, not ${a.source}`);
      }
      next.assessment = [...plan.assessment, ...command.assertions.map((a) => ({ ...a, by }))];
      detail = `${command.assertions.length} ${source} assertion(s)`;
      break;
    }
    case 'complete-assessment':
      event('complete-assessment');
      break;
    case 'redraft': {
      if (command.horizonMonths !== undefined && (command.horizonMonths < HORIZON_MONTHS.min || command.horizonMonths > HORIZON_MONTHS.max)) {
        throw new WorkflowError('invalid', `the horizon is ${HORIZON_MONTHS.min} to ${HORIZON_MONTHS.max} months, not ${command.horizonMonths}`);
      }
      const draft = draftMilestones(framework(), plan.route, plan.assessment, { start: ctx.now.slice(0, 10), horizonMonths: command.horizonMonths, managerName: plan.manager.name });
      const done = new Map(plan.milestones.filter((m) => m.status === 'done').map((m) => [m.id, m]));
      next.milestones = draft.milestones.map((m) => done.get(m.id) ?? m);
      next.actions = draft.actions;
      detail = `${draft.milestones.length} milestones drafted`;
      break;
    }
    case 'set-milestones':
      next.milestones = command.milestones;
      detail = `${command.milestones.length} milestones`;
      break;
    case 'set-actions':
      next.actions = command.actions;
      detail = `${command.actions.length} actions`;
      break;
    case 'set-approvers':
      next.approvers = command.approvers;
      detail = command.approvers.map((p) => p.name).join(', ');
      break;
    case 'submit-for-review':
    case 'employee-accept-plan':
    case 'resubmit':
    case 'activate':
      event(command.type);
      break;
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
    case 'complete-milestone': {
      requireText(command.evidence, 'the evidence for a milestone');
      const m = next.milestones.find((x) => x.id === command.milestoneId);
      if (!m) throw new WorkflowError('invalid', `no milestone "${command.milestoneId}" in this plan`);
      if (m.status === 'done' || m.status === 'dropped') throw new WorkflowError('invalid', `milestone "${m.title}" is already ${m.status}`);
      if (m.link.kind === 'competency' && managerConfirms(m)) {
        // reaching a level is the manager's call; the confirmation is a manager assertion, so readiness moves
        if (!roles.includes('manager')) throw new WorkflowError('not-allowed', `"${m.title}" targets a competency level: the manager confirms it with the level and evidence`);
        const level = command.level ?? m.link.level;
        if (ctx.framework) {
          const scale = indexFramework(ctx.framework).scaleOf(m.link.competencyId);
          if (level !== notYetRank(scale) && !scale.levels.some((l) => l.rank === level)) throw new WorkflowError('invalid', `${level} is not a level of ${scale.name}`);
          if (level < m.link.level) throw new WorkflowError('invalid', `the confirmed level (${levelName(scale, level)}) is below the milestone's ${levelName(scale, m.link.level)}: record it as an assessment instead`);
        } else if (level < m.link.level) throw new WorkflowError('invalid', `the confirmed level ${level} is below the milestone's level ${m.link.level}: record it as an assessment instead`);
        next.assessment = [...plan.assessment, { competencyId: m.link.competencyId, level, source: 'manager', date: ctx.now.slice(0, 10), by, evidence: command.evidence }];
      }
      m.status = 'done';
      m.completedAt = ctx.now;
      m.evidence = [...m.evidence, { text: command.evidence, by, at: ctx.now }];
      if (next.stage === 'approved') next.stage = 'active';
      detail = `${m.title}: ${command.evidence}`;
      break;
    }
    case 'add-recognition': {
      requireText(command.text, 'the recognition');
      if (command.milestoneId && !plan.milestones.some((m) => m.id === command.milestoneId)) throw new WorkflowError('invalid', `no milestone "${command.milestoneId}" in this plan`);
      next.recognition = [...plan.recognition, { id: `r${plan.recognition.length + 1}`, at: ctx.now, by, text: command.text, milestoneId: command.milestoneId }];
      detail = command.text;
      break;
    }
    case 'add-comment': {
      requireText(command.text, 'the comment');
      next.comments = [...plan.comments, { id: `c${plan.comments.length + 1}`, at: ctx.now, by, text: command.text, stage: plan.stage }];
      detail = command.text;
      break;
    }
    case 'record-check-in': {
      // a double press, or the same notes sent again from another surface, records the conversation once
      if (hasCheckIn(plan, command.notes, command.eventId)) throw new WorkflowError('invalid', 'these notes are already in the plan as a check-in for this meeting: nothing was added');
      next.checkIns = [...plan.checkIns, { at: ctx.now, by, notes: command.notes, eventId: command.eventId }];
      detail = command.eventId ? `one-on-one ${command.eventId}` : 'one-on-one';
      break;
    }
    case 'achieve':
      event('achieve');
      break;
  }
  // with the framework at hand the plan's record of what its target role asks for is brought up to date, so
  // surfaces without the framework compute the same readiness (a framework lacking the role leaves it as it was)
  const target = ctx.framework && targetRequirementsOf(ctx.framework, next.targetRoleId);
  if (target) next.target = target;
  next.revision = plan.revision + 1;
  next.updatedAt = ctx.now;
  next.history = [...plan.history, { revision: next.revision, at: ctx.now, by, action: command.type, detail }];
  return PlanSchema.parse(next);
}
