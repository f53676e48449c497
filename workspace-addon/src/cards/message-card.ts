// Cards that explain: why an action was refused (with what is missing), or that something went wrong. Never a
// stack trace: the message says what happened and what to do, and that nothing was lost.
import { button, buttons, card, firstOf, plain, section } from './kit';
import type { ActionName } from '../action-names';

export function messageCard(title: string, message: string, details: string[] = [], back?: { label: string; action: ActionName; params: Record<string, string> }) {
  const { shown, more } = firstOf(details, 40, (n) => `• and ${n} more`);
  const widgets = [plain(message), ...shown.map((d) => plain(`• ${d}`)), ...more];
  if (back) widgets.push(buttons(button(back.label, back.action, back.params)));
  return card({ name: 'message', title, sections: [section(undefined, widgets, { visible: 12 })] });
}
