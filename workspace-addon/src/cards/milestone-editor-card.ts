// Editing the draft's milestones on a card: title, due date and measure of each open milestone, or dropping it.
import { isOpenMilestone } from '../../../shared/model/plan';
import type { StoredPlan } from '../drive/plan-files';
import type { Widget } from '../platform/apps-script';
import { button, card, dropdown, plain, section, textInput } from './kit';
import { planParams } from './plan-card';

/** More would make a card too long to use; the rest keep their draft values. */
const EDITABLE = 12;

export function milestoneEditorCard(stored: StoredPlan) {
  const open = stored.plan.milestones.filter(isOpenMilestone).sort((a, b) => (a.due < b.due ? -1 : 1));
  const sections = open.slice(0, EDITABLE).map((m, i) => {
    const widgets: Widget[] = [
      textInput(`title:${m.id}`, 'Milestone', m.title),
      textInput(`due:${m.id}`, 'Due (YYYY-MM-DD)', m.due),
      textInput(`measure:${m.id}`, 'How everyone will know it is reached', m.measure, { multiline: true }),
      dropdown(`drop:${m.id}`, 'Keep it?', [{ text: 'Keep', value: 'keep' }, { text: 'Drop this milestone', value: 'drop' }], 'keep'),
    ];
    return section(`${i + 1}. ${m.link.kind === 'competency' ? 'Skill' : 'Goal'}`, widgets);
  });
  if (!sections.length) sections.push(section(undefined, [plain('No open milestone to edit.')]));
  if (open.length > EDITABLE) sections.push(section(undefined, [plain(`${open.length - EDITABLE} later milestones keep their draft values; edit them once these are done.`)]));
  return card({ name: 'milestone-editor', title: 'Edit milestones', subtitle: `${stored.plan.employee.name} · revision ${stored.plan.revision}`, sections, primary: button('Save milestones', 'planAct', planParams(stored, 'edit-milestones'), true) });
}
