// The collaborative workflow: who may move a plan from one stage to the next, and what must be done first.
import type { Person } from '../model/person';
import { samePerson } from '../model/person';
import type { Plan, Stage } from '../model/plan';

export type ParticipantRole = 'employee' | 'manager' | 'approver';

export type WorkflowEvent =
  | 'submit-objectives'
  | 'review-alignment'
  | 'accept-role'
  | 'modify-role'
  | 'complete-assessment'
  | 'submit-for-review'
  | 'employee-accept-plan'
  | 'employee-request-changes'
  | 'approve'
  | 'request-changes'
  | 'resubmit'
  | 'activate'
  | 'achieve';

export interface WorkflowRule {
  event: WorkflowEvent;
  from: Stage[];
  /** The stage after the event; `undefined` keeps the stage (the event records something). */
  to?: Stage;
  who: ParticipantRole[];
  /** What it does, for people: "The employee accepts the proposed role". */
  label: string;
}

/** The transition table: the single statement of the process. */
export const WORKFLOW: readonly WorkflowRule[] = [
  { event: 'submit-objectives', from: ['objectives'], to: 'alignment', who: ['employee'], label: 'The employee submits their career objectives and proposed role' },
  { event: 'review-alignment', from: ['alignment'], who: ['manager'], label: 'The manager reviews the proposed role with stakeholders against the company’s needs' },
  { event: 'accept-role', from: ['alignment'], to: 'skills-and-gaps', who: ['employee'], label: 'The employee accepts the reviewed role' },
  { event: 'modify-role', from: ['alignment'], to: 'skills-and-gaps', who: ['employee'], label: 'The employee modifies the target role after the review' },
  { event: 'complete-assessment', from: ['skills-and-gaps'], to: 'draft-plan', who: ['manager'], label: 'The manager completes the skills assessment with the employee' },
  { event: 'submit-for-review', from: ['draft-plan'], to: 'employee-review', who: ['employee', 'manager'], label: 'The draft plan goes to the employee for review' },
  { event: 'employee-accept-plan', from: ['employee-review'], to: 'leadership-review', who: ['employee'], label: 'The employee accepts the plan and sends it to leadership' },
  { event: 'employee-request-changes', from: ['employee-review'], to: 'draft-plan', who: ['employee'], label: 'The employee asks for changes to the draft' },
  { event: 'approve', from: ['leadership-review'], who: ['approver'], label: 'A leadership approver approves the plan' },
  { event: 'request-changes', from: ['leadership-review'], to: 'changes-requested', who: ['approver'], label: 'A leadership approver sends the plan back with changes' },
  { event: 'resubmit', from: ['changes-requested'], to: 'leadership-review', who: ['employee', 'manager'], label: 'The revised plan goes back to leadership' },
  { event: 'activate', from: ['approved'], to: 'active', who: ['employee', 'manager'], label: 'The plan starts: milestones, check-ins and recognition' },
  { event: 'achieve', from: ['active'], to: 'achieved', who: ['manager'], label: 'The manager confirms the career objective is achieved' },
];

export type WorkflowErrorCode = 'illegal-transition' | 'not-allowed' | 'incomplete' | 'invalid';

/** Why a change to a plan was refused, in words a person can act on. */
export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly missing: string[] = [],
  ) {
    super(missing.length ? `${message}: ${missing.join('; ')}` : message);
    this.name = 'WorkflowError';
  }
}

/** The parts a person plays in this plan (a manager may also be an approver). */
export function participantRoles(plan: Pick<Plan, 'employee' | 'manager' | 'approvers'>, actor: Person): ParticipantRole[] {
  const roles: ParticipantRole[] = [];
  if (samePerson(plan.employee, actor)) roles.push('employee');
  if (samePerson(plan.manager, actor)) roles.push('manager');
  if (plan.approvers.some((a) => samePerson(a, actor))) roles.push('approver');
  return roles;
}

export function ruleFor(event: WorkflowEvent): WorkflowRule {
  return WORKFLOW.find((r) => r.event === event)!;
}

/** Checks stage and actor for an event; throws a WorkflowError saying why when either is wrong. */
export function checkEvent(plan: Plan, event: WorkflowEvent, actor: Person): WorkflowRule {
  const rule = ruleFor(event);
  if (!rule.from.includes(plan.stage)) {
    const allowed = WORKFLOW.filter((r) => r.from.includes(plan.stage)).map((r) => r.event);
    throw new WorkflowError(
      'illegal-transition',
      `cannot ${event} while the plan is at "${plan.stage}" (only at ${rule.from.map((s) => `"${s}"`).join(' or ')}); possible now: ${allowed.join(', ') || 'nothing'}`,
    );
  }
  const roles = participantRoles(plan, actor);
  if (event === 'approve' || event === 'request-changes') {
    if (roles.includes('employee')) throw new WorkflowError('not-allowed', `${actor.name} cannot approve their own plan`);
  }
  if (!rule.who.some((w) => roles.includes(w))) {
    throw new WorkflowError('not-allowed', `only the ${rule.who.join(' or ')} can ${event}; ${actor.name} is ${roles.length ? `the ${roles.join(' and ')}` : 'not on this plan'}`);
  }
  return rule;
}

/** Approvers whose approval the plan needs: everyone listed, except the employee. */
export function requiredApprovers(plan: Pick<Plan, 'employee' | 'approvers'>): Person[] {
  return plan.approvers.filter((a) => !samePerson(a, plan.employee));
}

/** Whether the approvers include leadership beyond the manager (a manager cannot approve alone). */
export function hasIndependentApprover(plan: Pick<Plan, 'employee' | 'manager' | 'approvers'>): boolean {
  return requiredApprovers(plan).some((a) => !samePerson(a, plan.manager));
}

/** Who must act next, for the cards and the panel: "Waiting for: Dana (manager) to review alignment". */
export function nextActors(plan: Plan): { who: Person[]; what: string } {
  switch (plan.stage) {
    case 'objectives':
      return { who: [plan.employee], what: 'state career objectives and propose a role' };
    case 'alignment':
      return plan.alignment.status === 'pending'
        ? { who: [plan.manager], what: 'review the proposed role with stakeholders' }
        : { who: [plan.employee], what: 'accept or modify the reviewed role' };
    case 'skills-and-gaps':
      return { who: [plan.employee, plan.manager], what: 'assess current skills against the target role' };
    case 'draft-plan':
      return { who: [plan.employee, plan.manager], what: 'draft milestones and development actions' };
    case 'employee-review':
      return { who: [plan.employee], what: 'review the draft plan' };
    case 'leadership-review': {
      const approved = new Set(currentRoundApprovals(plan).map((a) => a.by.toLowerCase()));
      const waiting = requiredApprovers(plan).filter((p) => !approved.has((p.email ?? p.name).toLowerCase()));
      return { who: waiting, what: 'approve the plan or request changes' };
    }
    case 'changes-requested':
      return { who: [plan.employee, plan.manager], what: 'revise the plan as leadership asked and resubmit' };
    case 'approved':
      return { who: [plan.employee, plan.manager], what: 'start the plan' };
    case 'active':
      return { who: [plan.employee, plan.manager], what: 'work the milestones and check in at each one-on-one' };
    case 'achieved':
      return { who: [], what: 'nothing: the objective is achieved' };
  }
}

/** Approval decisions made since the plan last entered leadership review. */
export function currentRoundApprovals(plan: Plan): Plan['approvals'] {
  let start = 0;
  plan.history.forEach((h, i) => {
    if (h.action === 'employee-accept-plan' || h.action === 'resubmit') start = i;
  });
  const since = plan.history[start]?.revision ?? 0;
  return plan.approvals.filter((a) => a.revision >= since && a.decision === 'approved');
}
