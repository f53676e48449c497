// Words people read for the process: each stage and each command, once for every surface.
import type { Stage } from '../model/plan';
import type { CommandType } from '../plan/command-schema';

export const STAGE_LABELS: Record<Stage, string> = {
  objectives: 'Objectives',
  alignment: 'Alignment with company needs',
  'skills-and-gaps': 'Skills and gaps',
  'draft-plan': 'Draft plan',
  'employee-review': 'Employee review',
  'leadership-review': 'Leadership review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  active: 'Active',
  achieved: 'Achieved',
};

export const COMMAND_LABELS: Record<CommandType, string> = {
  'set-objectives': 'Edit career objectives',
  'set-profile': 'Edit SWOT, barriers, career buddy, interests and growth preference',
  'submit-objectives': 'Submit objectives',
  'review-alignment': 'Record the review against company needs',
  'accept-role': 'Accept the reviewed role',
  'modify-role': 'Change the target role',
  'add-assessment': 'Record an assessment',
  'complete-assessment': 'Complete the assessment and draft the plan',
  redraft: 'Redraft milestones from the gaps',
  'set-milestones': 'Edit milestones',
  'set-actions': 'Edit development actions and hours',
  'set-approvers': 'Name the leadership approvers',
  'submit-for-review': 'Send the draft to the employee for review',
  'employee-accept-plan': 'Accept the plan and send it to leadership',
  'employee-request-changes': 'Ask for changes to the draft',
  approve: 'Approve the plan',
  'request-changes': 'Send the plan back with changes',
  resubmit: 'Resubmit to leadership',
  activate: 'Start the plan',
  'complete-milestone': 'Complete a milestone with evidence',
  'add-recognition': 'Recognise progress',
  'add-comment': 'Comment',
  'record-check-in': 'Record a check-in',
  achieve: 'Confirm the objective is achieved',
};
