// What a plan card offers, read from its buttons the way the add-on reads a press: the command each button sends.
import type { FakeHost } from './host';

/** Buttons whose action name differs from the command it sends (the card's action names, read as the add-on reads them). */
const COMMAND_OF_ACT: Record<string, string> = { objectives: 'submit-objectives', assess: 'add-assessment' };

/** The commands the showing plan card offers, sorted. */
export function commandsOnCard(panel: FakeHost): string[] {
  const out = new Set<string>();
  for (const b of panel.buttons()) {
    const fn = b.action?.functionName;
    if (fn === 'planEditMilestones') out.add('set-milestones');
    if (fn !== 'planAct') continue;
    const act = b.action!.parameters.act!;
    out.add(COMMAND_OF_ACT[act] ?? act);
  }
  return [...out].sort();
}

/** The milestones the showing plan card offers a button for `command` on (complete-milestone, add-recognition). */
export function milestonesOnCard(panel: FakeHost, command: string): string[] {
  return panel
    .buttons()
    .filter((b) => b.action?.functionName === 'planAct' && b.action.parameters.act === command && b.action.parameters.milestoneId)
    .map((b) => b.action!.parameters.milestoneId!);
}
