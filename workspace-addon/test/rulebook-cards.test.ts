// The plan card offers exactly what the core's rulebook offers each person, at every stage of a plan taken
// through the whole process on cards: no button of its own, none missing.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFramework, readPlan } from '../../shared/model/files';
import type { Plan } from '../../shared/model/plan';
import { offeredCommands } from '../../shared/workflow/rulebook';
import { ensureBuilt } from '../sandbox/ensure-built';
import type { FakeHost } from '../sandbox/host';
import { commandsOnCard } from '../sandbox/card-commands';
import { ALEX, alexCreatesPlan, DANA, hrPublishesFramework, MORGAN, newSandbox } from '../sandbox/scenario';

beforeAll(() => ensureBuilt());

describe('the plan card and the rulebook', () => {
  it('offer the same commands to the employee, the manager and the approver at every stage', () => {
    const { workspace, host } = newSandbox();
    hrPublishesFramework(host);
    alexCreatesPlan(host);
    const planFile = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
    const stored = (): Plan => readPlan(planFile.content);
    const ref = stored().framework;
    const frameworkFile = workspace.drive.filesNamed(new RegExp(`^${ref.id}\\.v${ref.version}\\.framework\\.json$`))[0]!;
    const framework = readFramework(frameworkFile.content);
    const items = [planFile, frameworkFile].map((f) => ({ id: f.id, title: f.name, mimeType: f.mimeType }));
    const panels: Record<string, FakeHost> = { [ALEX]: host.panelFor(ALEX), [DANA]: host.panelFor(DANA), [MORGAN]: host.panelFor(MORGAN) };
    const open = (email: string) => {
      const p = panels[email]!;
      p.openDrive(items);
      while (p.buttons().some((b) => b.text === 'Allow Trellis to open this file')) p.click('Allow Trellis to open this file');
      return p;
    };
    const levels = (p: FakeHost, index: number) => Object.fromEntries(p.card.sections.flatMap((s) => s.widgets).flatMap((w) => (w.kind === 'SelectionInput' && w.fieldName.startsWith('level:') ? [[w.fieldName, w.items[Math.min(index, w.items.length - 1)]!.value]] : [])));
    const stagesSeen = new Set<string>();
    const compare = () => {
      const plan = stored();
      stagesSeen.add(plan.stage);
      for (const email of [ALEX, DANA, MORGAN]) {
        const person = [plan.employee, plan.manager, ...plan.approvers].find((x) => x.email === email)!;
        const expected = [...offeredCommands(plan, person, framework)].sort();
        expect(commandsOnCard(open(email)), `${plan.stage} as ${email}`).toEqual(expected);
      }
    };
    const steps: (() => unknown)[] = [
      () => open(DANA).click('Record the review', { companyNeeds: 'Needed' }),
      () => open(ALEX).click('Accept this role'),
      () => open(DANA).click('Save manager assessment', levels(panels[DANA]!, 3)),
      () => open(ALEX).click('Save self-assessment', levels(panels[ALEX]!, 3)),
      () => open(DANA).click('Assessment complete: draft the plan'),
      () => open(DANA).click('Send to the employee for review'),
      () => open(ALEX).click('Ask for changes', { comment: 'More mentoring' }),
      () => open(DANA).click('Send to the employee for review'),
      () => open(ALEX).click('Accept and send to leadership'),
      () => open(MORGAN).click('Request changes', { comment: 'Name a mentor' }),
      () => open(DANA).click('Redraft milestones from the gaps', { horizon: '9' }),
      () => open(DANA).click('Resubmit to leadership'),
      () => open(MORGAN).click('Approve'),
      () => open(ALEX).click('Start: milestones and check-ins'),
      () => open(ALEX).click('Record a check-in', { checkInNotes: 'First check-in' }),
    ];
    compare();
    for (const step of steps) {
      step();
      compare();
    }
    // the manager confirms every milestone, five a card at most, then the objective is achieved
    for (let guard = 0; guard < 40 && stored().milestones.some((m) => m.status === 'planned'); guard++) {
      const p = open(DANA);
      const b = p.buttons().find((x) => x.action?.parameters.act === 'complete-milestone')!;
      const id = b.action!.parameters.milestoneId!;
      p.click(b.text, { [`evidence:${id}`]: `Shown in ${id}` });
    }
    compare();
    open(DANA).click('Confirm the objective is achieved');
    compare();
    // a command that is not one, sent back through a card's parameters, is refused with a reason and changes nothing
    const before = stored().revision;
    const dana = open(DANA);
    const params = { ...dana.buttons().find((b) => b.text === 'History')!.action!.parameters, commands: JSON.stringify([{ type: 'delete-everything' }]) };
    const response = dana.runtime.call('planReapply', dana.event({ parameters: params })) as { navigation: { card: unknown }[] };
    expect(dana.text(response.navigation[0]!.card as never)).toMatch(/That is not possible now[\s\S]*Unknown plan command "delete-everything"/);
    expect(stored().revision).toBe(before);
    expect([...stagesSeen]).toEqual(['alignment', 'skills-and-gaps', 'draft-plan', 'employee-review', 'leadership-review', 'changes-requested', 'approved', 'active', 'achieved']);
  }, 60_000);
});
