// The rulebook: what a person may do to a plan now, and, for everything else, why not. applyCommand refuses
// through it and every surface builds its buttons, quick actions and CLI help from it, so the rules live once.
import type { Framework } from '../model/framework';
import type { Person } from '../model/person';
import { isOpenMilestone, type Milestone, type Plan, type Stage } from '../model/plan';
import { objectivesMissing } from '../model/profile';
import { COMMAND_TYPES, type CommandType } from '../plan/command-schema';
import { COMMAND_LABELS } from './labels';
import { missingAssessment, missingForLeadershipReview, uncoveredGaps } from './prerequisites';
import { checkEvent, currentRoundApprovals, participantRoles, ruleFor, WorkflowError, type ParticipantRole, type WorkflowEvent } from './workflow';

/** Stages at which the employee and the manager draft: milestones, the horizon, approvers. */
export const DRAFTING_STAGES: readonly Stage[] = ['skills-and-gaps', 'draft-plan', 'employee-review', 'changes-requested'];
/** Stages of a plan leadership committed to: it is worked, not drafted. */
export const COMMITTED_STAGES: readonly Stage[] = ['approved', 'active', 'achieved'];

/** Commands that revise the plan's content: after leadership asks for changes, one of them must come before resubmitting. */
export const REVISING_COMMANDS: ReadonlySet<string> = new Set(['set-milestones', 'set-actions', 'set-approvers', 'redraft', 'add-assessment']);

const WORKFLOW_EVENTS = new Set<string>(['submit-objectives', 'review-alignment', 'accept-role', 'modify-role', 'complete-assessment', 'submit-for-review', 'employee-accept-plan', 'employee-request-changes', 'approve', 'request-changes', 'resubmit', 'activate', 'achieve']);

export interface Permission {
  type: CommandType;
  /** The command in words, for a button or a help line. */
  label: string;
  allowed: boolean;
  /** Why not, when not allowed. */
  reason?: string;
  /** What kind of no: 'incomplete' means the step is this person's now but something must be done first. */
  code?: WorkflowError['code'];
  /** For complete-milestone: the open milestones this person may complete now. */
  milestoneIds?: string[];
}

function actorKey(p: Person): string {
  return (p.email ?? p.name).toLowerCase();
}

/** Whether a milestone is confirmed by the manager: one that targets a competency level (it moves readiness). */
export function managerConfirms(m: Milestone): boolean {
  return m.link.kind === 'competency';
}

/** The open milestones this person may complete: the manager any, the employee only those not about a level. */
export function completableMilestones(plan: Plan, actor: Person): Milestone[] {
  const roles = participantRoles(plan, actor);
  return plan.milestones.filter((m) => isOpenMilestone(m) && (roles.includes('manager') || (roles.includes('employee') && !managerConfirms(m))));
}

function check(plan: Plan, type: CommandType, actor: Person, framework: Framework | undefined, roles: ParticipantRole[]): void {
  const is = (r: ParticipantRole) => roles.includes(r);
  const event = (e: WorkflowEvent) => checkEvent(plan, e, actor);
  const refuse = (code: WorkflowError['code'], message: string, missing: string[] = []): never => {
    throw new WorkflowError(code, message, missing);
  };
  const employeeOrManager = (what: string) => {
    if (!is('employee') && !is('manager')) refuse('not-allowed', `only the employee or the manager ${what}`);
  };
  const needFramework = (what: string): Framework => {
    if (!framework) return refuse('invalid', `${what} needs the plan's framework`);
    if (!framework.roles.length) return refuse('invalid', `${what}: the framework has no roles`);
    return framework;
  };
  // someone not on the plan changes nothing; a workflow step says which part may take it
  if (!roles.length) {
    if (WORKFLOW_EVENTS.has(type) && ruleFor(type as WorkflowEvent).from.includes(plan.stage)) event(type as WorkflowEvent);
    refuse('not-allowed', `${actor.name} is not on this plan: only its employee, manager and approvers change it`);
  }
  switch (type) {
    case 'set-objectives':
      if (!is('employee')) refuse('not-allowed', 'only the employee sets their career objectives');
      if (plan.stage !== 'objectives' && plan.stage !== 'alignment') refuse('illegal-transition', `objectives are settled once the role is accepted (plan is at "${plan.stage}")`);
      return;
    case 'set-profile':
      if (!is('employee')) refuse('not-allowed', 'only the employee edits their SWOT, barriers, career buddy and interests');
      if (plan.stage === 'achieved') refuse('illegal-transition', 'the plan is achieved; start a new plan to keep going');
      return;
    case 'submit-objectives': {
      event('submit-objectives');
      const missing = objectivesMissing(plan.profile.objectives);
      if (missing.length) refuse('incomplete', 'the objectives are not complete', missing);
      return;
    }
    case 'review-alignment':
      event('review-alignment');
      if (plan.alignment.status !== 'pending' && plan.alignment.status !== 'reviewed') refuse('illegal-transition', 'the employee has already decided on the reviewed role');
      return;
    case 'accept-role':
    case 'modify-role':
      event(type);
      if (plan.alignment.status !== 'reviewed') refuse('incomplete', 'the manager has not reviewed the proposed role yet');
      if (type === 'modify-role') needFramework('modifying the role');
      return;
    case 'add-assessment':
      if (plan.stage === 'achieved') refuse('illegal-transition', 'the plan is achieved; start a new plan to keep assessing');
      return;
    case 'complete-assessment': {
      event('complete-assessment');
      const missing = missingAssessment(plan, needFramework('completing the assessment'));
      if (missing.length) refuse('incomplete', 'the assessment is not complete', missing);
      return;
    }
    case 'redraft':
      employeeOrManager('drafts the plan');
      if (!DRAFTING_STAGES.includes(plan.stage)) refuse('illegal-transition', `the plan cannot be redrafted at "${plan.stage}"`);
      needFramework('redrafting');
      return;
    case 'set-milestones':
      employeeOrManager('edits the plan');
      if (!DRAFTING_STAGES.includes(plan.stage)) refuse('illegal-transition', `milestones are edited while drafting, not at "${plan.stage}"`);
      return;
    case 'set-actions':
      employeeOrManager('edits the plan');
      // development actions and their hours are worked and adjusted once the plan runs
      if (!DRAFTING_STAGES.includes(plan.stage) && plan.stage !== 'approved' && plan.stage !== 'active') refuse('illegal-transition', `development actions are edited while drafting or working the plan, not at "${plan.stage}"`);
      return;
    case 'set-approvers':
      employeeOrManager('names the approvers');
      if (['leadership-review', ...COMMITTED_STAGES].includes(plan.stage)) refuse('illegal-transition', `approvers cannot change at "${plan.stage}"`);
      return;
    case 'submit-for-review': {
      event('submit-for-review');
      if (!plan.milestones.length) refuse('incomplete', 'the draft has no milestones');
      const uncovered = framework ? uncoveredGaps(plan, framework) : [];
      if (uncovered.length) refuse('incomplete', 'the draft leaves gaps without milestones', uncovered);
      return;
    }
    case 'employee-accept-plan':
    case 'resubmit': {
      event(type);
      const missing = missingForLeadershipReview(plan, framework);
      if (missing.length) refuse('incomplete', 'the plan cannot go to leadership yet', missing);
      if (type === 'resubmit') {
        const requestAt = [...plan.history].reverse().find((h) => h.action === 'request-changes');
        const changedSince = requestAt && plan.history.some((h) => h.revision > requestAt.revision && REVISING_COMMANDS.has(h.action));
        if (!changedSince) refuse('incomplete', 'nothing was changed since leadership asked for changes');
      }
      return;
    }
    case 'employee-request-changes':
    case 'request-changes':
    case 'activate':
      event(type);
      return;
    case 'approve':
      event('approve');
      if (currentRoundApprovals(plan).some((a) => a.by.toLowerCase() === actorKey(actor))) refuse('invalid', `${actor.name} has already approved this revision of the plan`);
      return;
    case 'complete-milestone': {
      employeeOrManager('completes milestones');
      if (plan.stage !== 'active' && plan.stage !== 'approved') refuse('illegal-transition', `milestones are completed once the plan is approved (it is at "${plan.stage}")`);
      if (!plan.milestones.some(isOpenMilestone)) refuse('invalid', 'no milestone is open');
      if (!completableMilestones(plan, actor).length) refuse('not-allowed', 'the open milestones target competency levels, which the manager confirms with the level and evidence');
      return;
    }
    case 'add-recognition':
    case 'add-comment':
      return;
    case 'record-check-in':
      employeeOrManager('records a check-in');
      return;
    case 'achieve': {
      event('achieve');
      const open = plan.milestones.filter(isOpenMilestone);
      if (open.length) refuse('incomplete', 'milestones are still open', open.map((m) => m.title));
      return;
    }
  }
}

/** Why this person may not send this kind of command now, or undefined when they may. */
export function refusalFor(plan: Plan, type: CommandType, actor: Person, framework?: Framework): WorkflowError | undefined {
  try {
    check(plan, type, actor, framework, participantRoles(plan, actor));
    return undefined;
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
}

/** Every command, with whether this person may send it now and, when not, why. */
export function allowedCommands(plan: Plan, actor: Person, framework?: Framework): Permission[] {
  const roles = participantRoles(plan, actor);
  return COMMAND_TYPES.map((type) => {
    let refusal: WorkflowError | undefined;
    try {
      check(plan, type, actor, framework, roles);
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      refusal = error;
    }
    const permission: Permission = { type, label: COMMAND_LABELS[type], allowed: !refusal, ...(refusal && { reason: refusal.message, code: refusal.code }) };
    if (type === 'complete-milestone' && permission.allowed) permission.milestoneIds = completableMilestones(plan, actor).map((m) => m.id);
    return permission;
  });
}

/** Just the commands this person may send now. */
export function commandsAllowed(plan: Plan, actor: Person, framework?: Framework): Set<CommandType> {
  return new Set(allowedCommands(plan, actor, framework).filter((p) => p.allowed).map((p) => p.type));
}

/**
 * The commands a surface offers this person now: those allowed, and those that are theirs to take but wait on
 * something (pressing one says what is missing, which is how a person learns it).
 */
export function offeredCommands(plan: Plan, actor: Person, framework?: Framework): Set<CommandType> {
  return new Set(allowedCommands(plan, actor, framework).filter((p) => p.allowed || p.code === 'incomplete').map((p) => p.type));
}
