// Drive and the workflow, end to end in the sandbox: the manager and leadership open the shared plan in Drive,
// each does their step on cards (review, assessment, drafting, approval or changes, milestones with evidence,
// recognition); every card says who acts next; saves are revision-checked under the lock.
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/model/files';
import { dayLabel, planProgress, progressSummary } from '../../shared/plan/progress';
import { readinessChartCaption } from '../../shared/render/plan-document';
import { CHART_INK, CHART_PALETTE, readinessChart } from '../../shared/render/readiness-chart';
import { decodePng } from '../../shared/test/png-decode';
import { isDriveCall } from '../sandbox/call-log';
import { ensureBuilt } from '../sandbox/ensure-built';
import type { FakeHost } from '../sandbox/host';
import { ALEX, alexCreatesPlan, DANA, hrPublishesFramework, MORGAN, newSandbox } from '../sandbox/scenario';

beforeAll(() => ensureBuilt());

function story() {
  const { workspace, host } = newSandbox();
  hrPublishesFramework(host);
  alexCreatesPlan(host);
  const planFile = workspace.drive.filesNamed(/\.plan\.json$/)[0]!;
  const ref = readPlan(planFile.content).framework;
  const frameworkFile = workspace.drive.filesNamed(new RegExp(`^${ref.id}\\.v${ref.version}\\.framework\\.json$`))[0]!;
  const items = [planFile, frameworkFile].map((f) => ({ id: f.id, title: f.name, mimeType: f.mimeType }));
  const panel = (email: string) => host.panelFor(email);
  /** A person selects the plan (and its framework) in Drive, allowing Trellis where it asks. */
  const openPlan = (p: FakeHost) => {
    p.openDrive(items);
    while (p.buttons().some((b) => b.text === 'Allow Trellis to open this file')) p.click('Allow Trellis to open this file');
    return p;
  };
  const stored = () => readPlan(planFile.content);
  return { workspace, host, planFile, openPlan, panel, stored, alex: panel(ALEX), dana: panel(DANA), morgan: panel(MORGAN) };
}

/** How many competencies the plan's target role asks for (rows of the level-history chart). */
const levelRows = (plan: ReturnType<typeof readPlan>) => planProgress(plan).competencies.length;

/** The script's clock in this panel set to a later day: `new Date()` in the add-on reads it. */
function laterClock(p: FakeHost, iso: string): void {
  const fixed = Date.parse(iso);
  const RealDate = Date;
  class LaterDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length) super(...(args as [number]));
      else super(fixed);
    }
    static override now(): number {
      return fixed;
    }
  }
  (p.runtime.context as { Date: DateConstructor }).Date = LaterDate as DateConstructor;
}

/** Every level picker on the card set to the given level. */
function allLevels(p: FakeHost, index: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of p.card.sections.flatMap((s) => s.widgets)) if (w.kind === 'SelectionInput' && w.fieldName.startsWith('level:')) out[w.fieldName] = w.items[Math.min(index, w.items.length - 1)]!.value;
  return out;
}

/** The manager reviews, the employee accepts, the manager assesses: the plan is drafted, on Dana's card. */
function toDraftPlan({ alex, dana, openPlan }: Pick<ReturnType<typeof story>, 'alex' | 'dana' | 'openPlan'>): void {
  openPlan(dana).click('Record the review', { companyNeeds: 'Needed' });
  openPlan(alex).click('Accept this role');
  openPlan(dana).click('Save manager assessment', allLevels(dana, 3));
  dana.click('Assessment complete: draft the plan');
}

describe('Drive: the plan file and its summary card', () => {
  it('asks for access to a shared plan, then shows stage, next milestone, readiness and who acts next', () => {
    const { dana, openPlan } = story();
    dana.openDrive([{ id: 'x', title: 'notes.txt', mimeType: 'text/plain' }]);
    expect(dana.card.name).toBe('home');
    openPlan(dana);
    const text = dana.text();
    expect(dana.card.name).toMatch(/^plan-/);
    expect(text).toMatch(/Stage: Alignment with company needs/);
    expect(text).toMatch(/Next milestone:\s*Reach \w+/);
    expect(text).toMatch(/Readiness:\s*\d+% for Senior Engineer/);
    expect(text).toMatch(/Who acts next:\s*Dana Lee \(manager\)/);
    expect(text).toMatch(/You are:\s*the manager/);
  });

  it('reads a plan written before plans recorded their target role (schema 2), and records it at the next save', () => {
    const { dana, openPlan, planFile, stored } = story();
    const v2 = JSON.parse(planFile.content);
    delete v2.target;
    v2.schemaVersion = 2;
    planFile.content = JSON.stringify(v2, null, 2);
    expect(openPlan(dana).text()).toMatch(/Stage: Alignment with company needs/);
    expect(stored().target).toBeUndefined();
    dana.click('Record the review', { companyNeeds: 'Needed' });
    const saved = JSON.parse(planFile.content);
    expect(saved.schemaVersion).toBe(3);
    expect(saved.target).toMatchObject({ roleId: saved.targetRoleId, roleTitle: 'Senior Engineer' });
    expect(saved.target.requirements.length).toBeGreaterThan(0);
  });

  it('lists the career paths a person is part of on the Drive homepage', () => {
    const { dana, alex, openPlan } = story();
    openPlan(dana);
    dana.openDrive();
    expect(dana.text()).toMatch(/People you manage/);
    alex.openDrive();
    expect(alex.text()).toMatch(/Your career path/);
    expect(alex.text()).toMatch(/alex-rivera-senior-engineer/);
  });
});

describe('framework versions', () => {
  it('keeps a plan made on version 1 readable after HR re-imports the matrix as version 2', () => {
    const { workspace, host, dana, openPlan, stored } = story();
    expect(stored().framework).toMatchObject({ id: 'engineering', version: 1 });
    const sheet = workspace.drive.filesNamed(/KSA matrix/)[0]!;
    const hr = host.panelFor('hr@example.com');
    hr.openSheets(sheet.id);
    hr.click('Import KSA matrix', { frameworkName: 'Engineering' });
    expect(hr.text()).toMatch(/engineering\.v2\.framework\.json/);
    openPlan(dana);
    expect(dana.text()).toMatch(/Readiness:\s*\d+% for Senior Engineer/);
    expect(stored().framework.version).toBe(1);
  });

  it('reads one and the same file when two claim a framework’s id and version: the first published', () => {
    const { workspace, dana, openPlan } = story();
    const original = workspace.drive.filesNamed(/^engineering\.v1\.framework\.json$/)[0]!;
    const copy = JSON.parse(original.content);
    copy.roles = copy.roles.map((r: { title: string }) => ({ ...r, title: `${r.title} (copy)` }));
    const duplicate = workspace.drive.addFile({ name: original.name, mimeType: original.mimeType, owner: original.owner, content: JSON.stringify(copy), appProperties: { ...original.appProperties } });
    duplicate.permissions.set(DANA, 'reader');
    workspace.drive.grant(DANA, duplicate.id);
    // Drive lists files in no promised order: here the later copy comes first
    workspace.drive.files.delete(original.id);
    workspace.drive.files.set(original.id, original);
    workspace.userCache(DANA).clear();
    openPlan(dana);
    expect(dana.text()).toMatch(/Readiness:\s*\d+% for Senior Engineer \(/);
    expect(dana.text()).not.toMatch(/\(copy\)/);
  });
});

describe('history and sharing', () => {
  it('shows every change, newest first, and shares the plan again on request', () => {
    const { workspace, alex, openPlan, planFile } = story();
    openPlan(alex).click('History');
    expect(alex.card.name).toMatch(/^history-/);
    expect(alex.text()).toMatch(/rev 2 · .* · alex@example.com\s+The employee submits their career objectives[\s\S]*rev 1 · .*\s+Plan created/);
    openPlan(alex).click('Share with manager and leadership');
    expect(alex.notifications.at(-1)).toMatch(/^Shared with dana@example.com \(editor\), morgan@example.com \(commenter on the document\)/);
    expect(workspace.drive.sharedEmails.filter((m) => m.fileId === planFile.id).map((m) => m.to)).toEqual([DANA, MORGAN, DANA, MORGAN]);
  });
});

describe('the workflow on cards', () => {
  it('runs from the manager’s review to an achieved milestone, each step by the person whose step it is', () => {
    const { alex, dana, morgan, openPlan, stored } = story();
    openPlan(dana).click('Record the review', { companyNeeds: 'Payments needs a second senior engineer for the settlement rebuild', stakeholders: 'Priya (product), Sam (platform lead)' });
    expect(dana.text()).toMatch(/Who acts next:\s*Alex Rivera \(employee\) to accept or modify/);

    openPlan(alex).click('Accept this role');
    expect(stored().stage).toBe('skills-and-gaps');

    openPlan(dana).click('Save manager assessment', { ...allLevels(dana, 3), evidence: 'Settlement retry project' });
    dana.click('Assessment complete: draft the plan');
    expect(stored().stage).toBe('draft-plan');
    dana.click('Redraft milestones from the gaps', { horizon: '9' });
    dana.click('Send to the employee for review');
    expect(stored().stage).toBe('employee-review');

    openPlan(alex).click('Accept and send to leadership');
    expect(stored().stage).toBe('leadership-review');
    expect(alex.text()).toMatch(/Who acts next:\s*Morgan Chen \(leadership\) to approve the plan or request changes/);

    openPlan(morgan).click('Request changes', { comment: 'Add a mentoring goal with a named mentor' });
    expect(stored().stage).toBe('changes-requested');
    openPlan(dana).click('Edit milestones');
    const firstTitle = Object.keys(dana.formInputs()).find((k) => k.startsWith('title:'))!;
    const id = firstTitle.slice('title:'.length);
    dana.click('Save milestones', { [firstTitle]: 'Pair weekly with Sam (named mentor) on system design', [`due:${id}`]: '2027-01-29' });
    expect(stored().milestones.find((m) => m.id === id)).toMatchObject({ title: 'Pair weekly with Sam (named mentor) on system design', due: '2027-01-29' });
    dana.click('Resubmit to leadership');
    openPlan(morgan).click('Approve', { comment: 'Good plan' });
    expect(stored().stage).toBe('approved');

    openPlan(dana).click('Start: milestones and check-ins');
    expect(stored().stage).toBe('active');
    // a milestone that targets a level is the manager's to confirm, with the level: Alex is not offered it
    const first = dana.buttons().find((b) => b.text === 'Confirm with this level and evidence')!.action!.parameters.milestoneId!;
    expect(openPlan(alex).buttons().filter((b) => b.action?.parameters.milestoneId === first)).toEqual([]);
    openPlan(dana).click('Confirm with this level and evidence', { [`evidence:${first}`]: 'Shipped the ledger service design, reviewed by the staff engineer' });
    openPlan(dana).click('Recognise', { [`recognition:${first}`]: 'Great design work, shared at the all-hands' });

    const plan = stored();
    const done = plan.milestones.find((m) => m.id === first)!;
    expect(done.status).toBe('done');
    expect(done.evidence[0]!.text).toMatch(/ledger service/);
    expect(plan.assessment.at(-1)).toMatchObject({ source: 'manager', by: DANA, evidence: expect.stringMatching(/ledger service/) });
    expect(plan.recognition[0]).toMatchObject({ milestoneId: first, by: DANA });
    expect(plan.approvals.map((a) => a.decision)).toEqual(['changes-requested', 'approved']);
    expect(plan.history.map((h) => h.action)).toEqual([
      'create', 'submit-objectives', 'review-alignment', 'accept-role', 'add-assessment', 'complete-assessment', 'redraft', 'submit-for-review',
      'employee-accept-plan', 'request-changes', 'set-milestones', 'resubmit', 'approve', 'activate', 'complete-milestone', 'add-recognition',
    ]);
    expect(plan.history.map((h) => h.revision)).toEqual(plan.history.map((_, i) => i + 1));
  });

  it('keeps the plan growing after approval: new assessments, check-ins, SWOT and actions, and readiness that moves', () => {
    const { alex, dana, morgan, openPlan, stored, workspace, planFile } = story();
    toDraftPlan({ alex, dana, openPlan });
    dana.click('Send to the employee for review');
    openPlan(alex).click('Accept and send to leadership');
    // Morgan approves; the manager alone could not, nor can Alex approve their own plan: neither is offered it
    expect(openPlan(dana).buttons().map((b) => b.text)).not.toContain('Approve');
    expect(openPlan(alex).buttons().map((b) => b.text)).not.toContain('Approve');
    openPlan(morgan).click('Approve', { comment: 'Good plan' });
    openPlan(alex).click('Start: milestones and check-ins');
    expect(stored().stage).toBe('active');
    const before = stored().assessment.length;

    // months later (the script's clock moved on): the manager records a new assessment, higher on every competency
    for (const p of [alex, dana]) laterClock(p, new Date(Date.now() + 120 * 86_400_000).toISOString());
    openPlan(dana).click('Save manager assessment', { ...allLevels(dana, 5), evidence: 'Led the settlement rebuild' });
    openPlan(alex).click('Save self-assessment', { ...allLevels(alex, 5), evidence: 'Ran the incident reviews' });
    expect(stored().assessment.length).toBeGreaterThan(before);
    expect(stored().assessment.filter((a) => a.source === 'manager').at(-1)!.evidence).toBe('Led the settlement rebuild');
    // the evidence is shown beside the level it backs, where the next assessment is made
    expect(openPlan(dana).text()).toMatch(/needs \w[^)]*\) · last [^(]+\(“Led the settlement rebuild”\)/);

    openPlan(alex).click('Record a check-in', { checkInNotes: 'Talked about leading the design review' });
    openPlan(alex).click('Save about you', { swotStrengths: 'Ledger service\nCalm in incidents', barriers: 'On-call weeks', careerBuddy: 'Priya Natarajan <priya@example.com>', growthPreference: 'individual-contributor' });
    const action = stored().actions[0]!;
    openPlan(dana).click('Save development actions', { [`hours:${action.id}`]: '6', [`status:${action.id}`]: 'in-progress' });

    const plan = stored();
    expect(plan.checkIns.at(-1)!.notes).toBe('Talked about leading the design review');
    expect(plan.profile).toMatchObject({ barriers: ['On-call weeks'], careerBuddy: { name: 'Priya Natarajan', email: 'priya@example.com' }, swot: { strengths: ['Ledger service', 'Calm in incidents'] } });
    expect(plan.actions.find((a) => a.id === action.id)).toMatchObject({ hoursPerMonth: 6, status: 'in-progress' });
    openPlan(alex);
    expect(alex.text()).toMatch(/Check-ins \(1\)[\s\S]*\d{4}-\d{2}-\d{2} · alex@example.com\s+Talked about leading the design review/);
    const [, atApproval, now, day] = /Readiness (\d+)% → (\d+)% since approval \((\d+ \w+ \d{4})\)/.exec(alex.text())!;
    expect(Number(now)).toBeGreaterThan(Number(atApproval));
    // the card's words are the core's, from the plan alone: what the extension's panel shows for the same file
    expect(alex.text()).toContain(progressSummary(planProgress(plan)));
    expect(day).toBe(dayLabel(planProgress(plan).approvedOn!));
    // the plan's Google Doc shows readiness over time as a chart (a PNG the core drew), after its caption, with
    // the figures as text beneath
    const doc = workspace.drive.files.get(planFile.appProperties.trellisDocId!)!;
    // a save imports the Doc afresh, which carries no picture; with documents.currentonly the charts are drawn when
    // a person opens the Doc in Docs with Trellis beside it, whose panel then shows the plan's card
    expect(doc.placedImages ?? []).toHaveLength(0);
    // (Alex's add-on made the Doc, so the file is granted already: the panel opens on the plan's card)
    alex.openDocs(doc.id);
    expect(alex.text()).toContain(`Readiness ${atApproval}% → ${now}% since approval (${day})`);
    expect(doc.placedImages).toHaveLength(2);
    // opened again, nothing is drawn twice
    alex.openDocs(doc.id);
    expect(doc.placedImages).toHaveLength(2);
    const image = doc.placedImages!.find((i) => i.after === readinessChartCaption('Senior Engineer'));
    // and each competency's level history, after its own caption, rows numbered as in the table beneath
    const levels = doc.placedImages!.find((i) => i.after.startsWith('Chart: each competency’s level over time'))!;
    expect(decodePng(levels.bytes).height).toBeGreaterThan(levelRows(plan) * 30);
    expect(levels.altDescription).toMatch(/^1\. /);
    expect(image!.contentType).toBe('image/png');
    const progress = planProgress(plan);
    const chart = readinessChart(progress.readiness, { approvedOn: progress.approvedOn! })!;
    const png = decodePng(image!.bytes);
    expect([png.width, png.height]).toEqual([chart.width, chart.height]);
    expect(image!.width).toBe(600);
    expect(image!.altDescription).toContain(`${Math.round(progress.now! * 100)}%`);
    // the line's points are drawn: each in the line's colour, the last one higher than the first
    for (const p of chart.line) expect(png.rgb(Math.round(p.x), Math.round(p.y))).toEqual([...CHART_PALETTE[CHART_INK.line]]);
    expect(chart.line.at(-1)!.y).toBeLessThan(chart.line[0]!.y);
    // the approval day: a dashed line across the plot
    const brown = [...CHART_PALETTE[CHART_INK.approved]].join();
    const column = Array.from({ length: chart.plot.height }, (_, i) => png.rgb(Math.round(chart.approved!.x), chart.plot.top + i).join());
    expect(column.filter((c) => c === brown).length).toBeGreaterThan(chart.plot.height / 3);
    const docText = doc.content.replace(/<[^>]+>/g, ' ');
    expect(docText).toContain(progressSummary(progress));
    expect(docText).toMatch(new RegExp(`Readiness by date: .*${Math.round(progress.now! * 100)}%`));
    // Morgan in leadership sees the same figure on their card
    expect(openPlan(morgan).text()).toContain(`Readiness ${atApproval}% → ${now}% since approval (${day})`);
  });

  it('sends the plan to leadership only when every required step is complete, and shows what is missing', () => {
    const { alex, dana, openPlan, stored } = story();
    openPlan(dana);
    expect(dana.text()).toMatch(/Before leadership review \(\d+ to do\)/);
    expect(dana.text()).toMatch(/the employee has not accepted or modified the reviewed role/);
    dana.click('Record the review', { companyNeeds: 'Needed' });
    openPlan(alex).click('Accept this role');
    openPlan(dana).click('Save manager assessment', allLevels(dana, 3));
    dana.click('Assessment complete: draft the plan');
    // the approvers are removed: the plan now lacks an independent approver
    dana.click('Save approvers', { approvers: '' });
    dana.click('Send to the employee for review');
    openPlan(alex).click('Accept and send to leadership');
    expect(alex.card.name).toBe('message');
    expect(alex.text()).toMatch(/Not yet: some steps are missing/);
    expect(alex.text()).toMatch(/no leadership approver besides the manager and the employee/);
    expect(stored().stage).toBe('employee-review');
  });

  it('edits the draft’s milestones on a card, refusing a due date that is not a date', () => {
    const { alex, dana, openPlan, stored } = story();
    toDraftPlan({ alex, dana, openPlan });
    dana.click('Edit milestones');
    expect(dana.card.name).toBe('milestone-editor');
    const ids = Object.keys(dana.formInputs()).filter((k) => k.startsWith('due:')).map((k) => k.slice(4));
    dana.click('Save milestones', { [`due:${ids[0]}`]: 'next spring' });
    expect(dana.text()).toMatch(/"next spring" is not a date/);
    const before = stored().milestones.length;
    openPlan(dana).click('Edit milestones');
    dana.click('Save milestones', { [`drop:${ids[1]}`]: 'drop' });
    const plan = stored();
    expect(plan.milestones).toHaveLength(before);
    expect(plan.milestones.find((m) => m.id === ids[1])!.status).toBe('dropped');
    expect(plan.history.at(-1)!.action).toBe('set-milestones');
  });

  it('checks approvers’ emails beside the field, and explains a schema’s complaint in words', () => {
    const { alex, dana, openPlan, stored } = story();
    toDraftPlan({ alex, dana, openPlan });
    const before = stored().revision;
    dana.click('Save approvers', { approvers: 'Morgan Chen <morgan@example>' });
    expect(dana.card.name).toMatch(/^plan-/);
    expect(dana.text()).toMatch(/⚠ “morgan@example” is not an email address[\s\S]*Leadership approvers/);
    expect(dana.formInputs().approvers).toEqual(['Morgan Chen <morgan@example>']);
    expect(stored().revision).toBe(before);
    // a change that reaches the plan's schema with a bad address (an old button, say) gets words, not a dump
    const params = { ...dana.buttons().find((b) => b.text === 'History')!.action!.parameters, commands: JSON.stringify([{ type: 'set-approvers', approvers: [{ name: 'Sam', email: 'sam@' }] }]) };
    const response = dana.runtime.call('planReapply', dana.event({ parameters: params })) as { navigation: { card: unknown }[] };
    const shown = dana.text(response.navigation[0]!.card as never);
    expect(shown).toMatch(/Some of what was entered is not valid/);
    expect(shown).toMatch(/approver 1 › email: is not a valid email address/);
    expect(shown).not.toMatch(/ZodError|invalid_format|"path"|\[\{/);
    expect(stored().revision).toBe(before);
  });

  it('refuses a step to someone whose step it is not, saying why', () => {
    const { alex, openPlan, stored } = story();
    openPlan(alex);
    expect(alex.buttons().map((b) => b.text)).not.toContain('Record the review');
    const before = stored().revision;
    const response = alex.runtime.call('planAct', alex.event({ parameters: { ...alex.buttons().find((b) => b.text === 'History')!.action!.parameters, act: 'approve' } })) as { navigation: { card: unknown }[] };
    expect(alex.text(response.navigation[0]!.card as never)).toMatch(/cannot approve while the plan is at "alignment"|cannot approve their own plan/i);
    expect(stored().revision).toBe(before);
  });
});

describe('saving safely', () => {
  it('never overwrites a change made since the card was opened: the conflict card re-applies the change to the fresh copy', () => {
    const { alex, dana, openPlan, stored } = story();
    openPlan(dana);
    const seen = stored().revision;
    openPlan(alex).click('Comment', { commentText: 'I would like a mentor from the platform team' });
    expect(stored().revision).toBe(seen + 1);
    // Dana's card still shows the older revision
    dana.click('Comment', { commentText: 'Let us pick the settlement project as the stretch project' });
    expect(dana.card.name).toBe('plan-conflict');
    expect(dana.text()).toMatch(/You opened revision \d+; it is now at revision \d+\. Nothing was overwritten/);
    expect(dana.text()).toMatch(/Comment\s+I would like a mentor from the platform team/);
    expect(dana.text()).toMatch(/comment "Let us pick the settlement project/);
    expect(stored().comments.map((c) => c.text)).toEqual(['I would like a mentor from the platform team']);
    dana.click('Apply my change to the latest version');
    expect(stored().comments.map((c) => c.text)).toEqual(['I would like a mentor from the platform team', 'Let us pick the settlement project as the stretch project']);
    expect(stored().revision).toBe(seen + 2);
    expect(dana.notifications.at(-1)).toMatch(/^Saved: comment/);
  });

  it('explains when a change no longer applies to the fresh copy', () => {
    const { alex, dana, openPlan, stored } = story();
    openPlan(dana).click('Record the review', { companyNeeds: 'Needed for the rebuild' });
    openPlan(alex);
    // in another tab Alex changes the target role, which settles the alignment step
    const otherTab = openPlan(alex.panelFor(ALEX));
    const engineeringManager = otherTab.formInputs().targetRoleId && otherTab.card.sections.flatMap((s) => s.widgets).flatMap((w) => (w.kind === 'SelectionInput' && w.fieldName === 'targetRoleId' ? w.items : [])).find((i) => i.text.startsWith('Engineering Manager'))!.value;
    otherTab.click('Change the target role', { targetRoleId: engineeringManager! });
    alex.click('Accept this role');
    expect(alex.card.name).toBe('plan-conflict');
    expect(alex.text()).toMatch(/The employee modifies the target role after the review/);
    alex.click('Apply my change to the latest version');
    // the core refuses the stale acceptance and says why; the card is an explanation, not a stack trace
    expect(alex.card.name).toBe('message');
    expect(alex.text()).toMatch(/Not yet|not possible/);
    expect(stored().targetRoleId).toBe(engineeringManager);
    expect(stored().history.at(-1)!.action).toBe('modify-role');
  });

  it('takes the script lock around read-check-write, and writes nothing while another save holds it', () => {
    const { workspace, dana, openPlan, stored } = story();
    openPlan(dana);
    const before = stored().revision;
    workspace.lock.heldElsewhere = true;
    dana.click('Comment', { commentText: 'hello' });
    expect(dana.text()).toMatch(/Another change is being saved right now. Nothing was lost/);
    expect(stored().revision).toBe(before);
    workspace.lock.heldElsewhere = false;
    const acquired = workspace.lock.acquisitions;
    openPlan(dana).click('Comment', { commentText: 'hello' });
    expect(workspace.lock.acquisitions).toBe(acquired + 1);
    expect(workspace.lock.holder).toBeUndefined();
    expect(stored().revision).toBe(before + 1);
  });

  it('holds the lock from before the first Drive read of the save until after its last write', () => {
    const { workspace, dana, openPlan } = story();
    openPlan(dana);
    // cold: the framework is read too, and inside the lock
    workspace.userCache(DANA).clear();
    const mark = workspace.log.mark();
    dana.click('Comment', { commentText: 'ordering' });
    const calls = workspace.log.since(mark);
    const at = (test: (c: (typeof calls)[number]) => boolean) => calls.findIndex(test);
    const lastAt = (test: (c: (typeof calls)[number]) => boolean) => calls.length - 1 - [...calls].reverse().findIndex(test);
    const tryLock = at((c) => c.service === 'LockService' && c.method === 'tryLock');
    const release = lastAt((c) => c.service === 'LockService' && c.method === 'releaseLock');
    const firstRead = at(isDriveCall);
    const lastWrite = lastAt((c) => c.service === 'Drive' && /create|update/.test(c.method));
    expect(firstRead).toBeGreaterThanOrEqual(0);
    expect(lastWrite).toBeGreaterThanOrEqual(0);
    expect(tryLock).toBeGreaterThanOrEqual(0);
    expect(tryLock).toBeLessThan(firstRead);
    expect(release).toBeGreaterThan(lastWrite);
    expect(calls.filter((c) => c.service === 'LockService').map((c) => c.method)).toEqual(['tryLock', 'releaseLock']);
  });

  it('does not claim nothing was saved when it cannot know: an unexpected failure says to look before retrying', () => {
    const { workspace, dana, openPlan } = story();
    openPlan(dana);
    workspace.drive.fail({ method: 'Files.update', match: /\.plan\.json$/, effect: 'refused', code: 500, message: 'Internal Error' });
    dana.click('Comment', { commentText: 'hello' });
    expect(dana.text()).toMatch(/Something went wrong/);
    expect(dana.text()).toMatch(/Internal Error/);
    expect(dana.text()).toMatch(/Part of it may already be saved: open the plan or the file again to see where it stands/);
    expect(dana.text()).not.toMatch(/Nothing was saved/);
  });

  it('saves a plan in at most 5 Drive calls, even after the cache has expired', () => {
    const { workspace, dana, openPlan, planFile } = story();
    openPlan(dana);
    // six hours later: nothing of the plan or its framework is cached any more
    workspace.userCache(DANA).clear();
    const mark = workspace.log.mark();
    dana.click('Record the review', { companyNeeds: 'Payments needs a second senior engineer' });
    const drive = workspace.log.since(mark).filter(isDriveCall);
    expect(drive.length).toBeLessThanOrEqual(5);
    // the plan's metadata and content, the framework by the file id the card carried (no lookup), the two writes
    expect(drive.map((c) => c.method)).toEqual(['Files.get', 'fetch', 'fetch', 'Files.update', 'Files.update']);
    expect(drive.filter((c) => c.method === 'Files.list')).toEqual([]);
    expect(readPlan(planFile.content).alignment.status).toBe('reviewed');
    // warm, the framework comes from the cache
    const warm = workspace.log.mark();
    dana.click('Comment', { commentText: 'Counting calls' });
    expect(workspace.log.since(warm).filter(isDriveCall).map((c) => c.method)).toEqual(['Files.get', 'fetch', 'Files.update', 'Files.update']);
  });
});

describe('what each level looks like, on the cards', () => {
  it('the assessment pickers and the next milestone say what the ladder wrote for the level needed', () => {
    const s = story();
    // the published framework file, with what each level looks like as a ladder gives it (framework files v2)
    const frameworkFile = s.workspace.drive.filesNamed(/\.framework\.json$/)[0]!;
    const doc = JSON.parse(frameworkFile.content) as { competencies: { id: string; descriptors?: { level: number; text: string }[] }[] };
    for (const c of doc.competencies) c.descriptors = [1, 2, 3, 4, 5].map((level) => ({ level, text: `${c.id} at ${level}: written by the ladder` }));
    frameworkFile.content = JSON.stringify(doc);
    const { alex, dana, openPlan } = s;
    openPlan(dana).click('Record the review', { companyNeeds: 'Needed' });
    openPlan(alex).click('Accept this role');
    const card = openPlan(dana).text();
    expect(card).toMatch(/\(needs (\w[\w ]*)\)[\s\S]*?\1 looks like: [\w-]+ at \d: written by the ladder/);
    dana.click('Save manager assessment', allLevels(dana, 1));
    dana.click('Assessment complete: draft the plan');
    expect(openPlan(dana).text()).toMatch(/Next milestone:\s*Reach [\s\S]*What it looks like: [\w-]+ at \d: written by the ladder/);
  });
});
