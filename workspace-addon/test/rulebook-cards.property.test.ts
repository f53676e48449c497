// The plan card is the rulebook's answer and nothing else: over random plans (every stage, milestones in any status,
// check-ins, new assessments, participants' addresses saved in any case) opened in Drive by random people (each
// participant, someone who can read the file but is not on the plan), the BUILT add-on's card offers exactly the
// commands offeredCommands gives that person, a confirm button for exactly the milestones allowedCommands lets them
// complete, and recognition for the milestones reached when they may recognise (as many as the card has room for).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFileJson } from '../../shared/model/files';
import { isOpenMilestone, PlanSchema, type Plan } from '../../shared/model/plan';
import type { Person } from '../../shared/model/person';
import { frameworkDriveName, frameworkProperties, JSON_MIME, planDriveName, planProperties } from '../../shared/storage/drive-files';
import { ALEX, DANA, MORGAN, testFramework } from '../../shared/test/fixtures';
import { OUTSIDER, plansAtEveryStage } from '../../shared/test/lifecycle';
import { allowedCommands, offeredCommands } from '../../shared/workflow/rulebook';
import { commandsOnCard, milestonesOnCard } from '../sandbox/card-commands';
import { ensureBuilt } from '../sandbox/ensure-built';
import type { FakeHost } from '../sandbox/host';
import { newSandbox } from '../sandbox/scenario';

beforeAll(() => ensureBuilt());

const FRAMEWORK = testFramework();
const PLANS = plansAtEveryStage(FRAMEWORK);
const PEOPLE: Person[] = [ALEX, DANA, MORGAN, OUTSIDER];
const STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
/** The card's room for milestone controls (plan-card.ts): the next 12 open milestones by due date, 5 with controls. */
const OPEN_ON_CARD = 12;
const CONTROLS_ON_CARD = 5;
/** ... and the 5 latest milestones reached, each with a button to recognise it while nobody has. */
const REACHED_ON_CARD = 5;

/** An address as someone may have typed it: as it is, shouting, or capitalised. */
const anyCase = (email: string) => fc.constantFrom(email, email.toUpperCase(), email.replace(/^./, (c) => c.toUpperCase()));
const day = fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.parse('2025-06-01T00:00:00Z') + d * 86_400_000).toISOString());

const randomPlan = fc
  .record({
    base: fc.constantFrom(...PLANS),
    statuses: fc.array(fc.constantFrom(...STATUSES), { maxLength: 30 }),
    checkIns: fc.array(fc.record({ at: day, by: fc.constantFrom(ALEX.email!, DANA.email!), notes: fc.string({ maxLength: 30 }) }), { maxLength: 6 }),
    assessed: fc.array(
      fc.record({
        competencyId: fc.constantFrom(...FRAMEWORK.competencies.map((c) => c.id)),
        level: fc.integer({ min: 0, max: 5 }),
        source: fc.constantFrom('self', 'manager', 'peer'),
        date: day.map((d) => d.slice(0, 10)),
        evidence: fc.string({ maxLength: 20 }),
      }),
      { maxLength: 10 },
    ),
    employee: anyCase(ALEX.email!),
    manager: anyCase(DANA.email!),
    approver: anyCase(MORGAN.email!),
  })
  .map(({ base, statuses, checkIns, assessed, employee, manager, approver }): Plan =>
    PlanSchema.parse({
      ...base,
      employee: { ...base.employee, email: employee },
      manager: { ...base.manager, email: manager },
      approvers: base.approvers.map((a) => ({ ...a, email: approver })),
      milestones: base.milestones.map((m, i) => {
        const status = statuses[i] ?? m.status;
        return { ...m, status, ...(status === 'done' && !m.completedAt ? { completedAt: '2026-02-01T10:00:00.000Z' } : {}) };
      }),
      checkIns: [...base.checkIns, ...checkIns],
      assessment: [...base.assessment, ...assessed],
    }),
  );

/** The milestones the card has room to offer a confirm button for, of those the person may complete. */
function completableOnCard(plan: Plan, completable: readonly string[]): string[] {
  const open = plan.milestones.filter(isOpenMilestone).sort((a, b) => (a.due < b.due ? -1 : 1));
  return open
    .slice(0, OPEN_ON_CARD)
    .filter((m) => completable.includes(m.id))
    .slice(0, CONTROLS_ON_CARD)
    .map((m) => m.id);
}

/** The milestones reached that the card has room to offer recognition for, when the person may recognise. */
function recognisableOnCard(plan: Plan, mayRecognise: boolean): string[] {
  if (!mayRecognise) return [];
  const reached = plan.milestones.filter((m) => m.status === 'done').sort((a, b) => ((a.completedAt ?? '') < (b.completedAt ?? '') ? 1 : -1));
  return reached
    .slice(0, REACHED_ON_CARD)
    .filter((m) => !plan.recognition.some((r) => r.milestoneId === m.id))
    .map((m) => m.id);
}

describe('the add-on’s plan card', () => {
  it('offers exactly what the rulebook offers, for random plans and people', () => {
    const { workspace, host } = newSandbox();
    const everyone = PEOPLE.map((p) => p.email!);
    const frameworkFile = workspace.drive.addFile({ name: frameworkDriveName(FRAMEWORK.id, FRAMEWORK.version), mimeType: JSON_MIME, owner: DANA.email!, content: toFileJson(FRAMEWORK), appProperties: { ...frameworkProperties(FRAMEWORK) } });
    for (const email of everyone) frameworkFile.permissions.set(email, 'reader');
    const panels = new Map<string, FakeHost>(everyone.map((email) => [email, host.panelFor(email)]));
    let run = 0;
    let offeredSomething = 0;
    let completedOnCard = 0;
    fc.assert(
      fc.property(randomPlan, fc.constantFrom(...PEOPLE), (generated, person) => {
        // each case is its own plan file, as people each have theirs: nothing is carried from one case to the next
        const plan: Plan = { ...generated, id: `case-${++run}` };
        const file = workspace.drive.addFile({ name: planDriveName(plan.id), mimeType: JSON_MIME, owner: ALEX.email!, content: toFileJson(plan), appProperties: { ...planProperties(plan) } });
        for (const email of [DANA.email!, MORGAN.email!]) file.permissions.set(email, 'writer');
        file.permissions.set(OUTSIDER.email!, 'reader');
        const panel = panels.get(person.email!)!;
        panel.openDrive([file, frameworkFile].map((f) => ({ id: f.id, title: f.name, mimeType: f.mimeType })));
        while (panel.buttons().some((b) => b.text === 'Allow Trellis to open this file')) panel.click('Allow Trellis to open this file');
        expect(panel.card.name).toBe(`plan-${plan.id}`);

        // the signed-in address is the person's own; the plan may hold it in another case
        const actor: Person = { name: person.email!, email: person.email! };
        const offered = [...offeredCommands(plan, actor, FRAMEWORK)].sort();
        expect(commandsOnCard(panel), `${plan.stage} as ${person.email}`).toEqual(offered);
        const completable = allowedCommands(plan, actor, FRAMEWORK).find((p) => p.type === 'complete-milestone')?.milestoneIds ?? [];
        expect(milestonesOnCard(panel, 'complete-milestone').sort()).toEqual(completableOnCard(plan, completable).sort());
        expect(milestonesOnCard(panel, 'add-recognition').sort()).toEqual(recognisableOnCard(plan, offered.includes('add-recognition')).sort());
        if (offered.length) offeredSomething++;
        completedOnCard += milestonesOnCard(panel, 'complete-milestone').length ? 1 : 0;
      }),
      { numRuns: 300 },
    );
    // the property is not met by offering nothing: many cases offer commands, some offer to confirm milestones
    expect(offeredSomething).toBeGreaterThan(100);
    expect(completedOnCard).toBeGreaterThan(10);
  }, 60_000);
});
