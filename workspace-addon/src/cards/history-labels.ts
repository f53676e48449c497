// A plan history entry in words: the core's workflow labels for workflow steps, plain words for the other changes.
import { WORKFLOW } from '../../../shared/workflow/workflow';

const OTHER: Record<string, string> = {
  create: 'Plan created',
  'set-objectives': 'Objectives updated',
  'add-assessment': 'Assessment recorded',
  redraft: 'Milestones redrafted from the gaps',
  'set-milestones': 'Milestones edited',
  'set-actions': 'Development actions edited',
  'set-approvers': 'Approvers changed',
  'complete-milestone': 'Milestone ticked off',
  'add-recognition': 'Progress recognised',
  'add-comment': 'Comment',
  'record-check-in': 'One-on-one check-in saved',
};

export function historyLabel(action: string): string {
  return WORKFLOW.find((rule) => rule.event === action)?.label ?? OTHER[action] ?? action.replace(/-/g, ' ');
}
