// When a plan changed since the user opened it: what changed meanwhile, the change they tried to make, and a
// button that applies their change to the fresh copy (or shows the fresh copy without it).
import type { PlanCommand } from '../../../shared/plan/commands';
import type { StoredPlan } from '../drive/plan-files';
import { historyLabel } from './history-labels';
import { button, buttons, card, decorated, firstOf, plain, section } from './kit';
import { planParams } from './plan-card';

/** A command in words, for the person whose change it is. */
export function describeCommand(command: PlanCommand): string {
  switch (command.type) {
    case 'add-assessment':
      return `record ${command.assertions.length} ${command.assertions[0]?.source ?? ''} assessment level(s)`;
    case 'complete-milestone':
      return `tick off a milestone with the evidence "${command.evidence}"`;
    case 'add-comment':
      return `comment "${command.text}"`;
    case 'request-changes':
    case 'employee-request-changes':
      return `ask for changes: "${command.comment}"`;
    case 'review-alignment':
      return `record the review against company needs: "${command.companyNeeds}"`;
    case 'add-recognition':
      return `recognise "${command.text}"`;
    default:
      return command.type.replace(/-/g, ' ');
  }
}

export function conflictCard(fresh: StoredPlan, baseRevision: number, commands: readonly PlanCommand[]) {
  const all = fresh.plan.history.filter((h) => h.revision > baseRevision);
  const { shown: since, more } = firstOf(all, 20, (n) => `… and ${n} more changes (see History).`);
  return card({
    name: 'plan-conflict',
    title: 'This plan changed since you opened it',
    subtitle: `You opened revision ${baseRevision}; it is now at revision ${fresh.plan.revision}. Nothing was overwritten.`,
    sections: [
      section(
        'Changed meanwhile',
        since.length ? [...since.map((h) => decorated(`rev ${h.revision} · ${h.at.slice(0, 16).replace('T', ' ')} · ${h.by}`, historyLabel(h.action), h.detail || undefined)), ...more] : [plain('Someone saved the plan (no history entry describes it).')],
        { visible: 5 },
      ),
      section('Your change (not saved yet)', [
        plain(commands.map(describeCommand).join('; then ')),
        buttons(
          button('Apply my change to the latest version', 'planReapply', planParams(fresh, undefined, { commands: JSON.stringify(commands) }), true),
          button('Show the latest version', 'planOpen', planParams(fresh)),
        ),
      ]),
    ],
  });
}
