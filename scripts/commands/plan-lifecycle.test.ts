import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFramework, readPlan } from '../../shared/model/files';
import { captureIO } from '../cli/io';
import { main } from '../trellis';

const EXAMPLES = resolve(__dirname, '../../examples');
const ALEX = 'Alex Rivera <alex@example.com>';
const DANA = 'Dana Lee <dana@example.com>';
const MORGAN = 'Morgan Chen <morgan@example.com>';
const FILE = 'out/alex-rivera-senior-engineer.plan.json';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-life-'));
  for (const f of readdirSync(EXAMPLES)) cpSync(join(EXAMPLES, f), join(dir, f));
  return dir;
}

/** Runs `trellis …` in the folder; returns exit code and what it printed. */
async function trellis(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(dir);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const create = (dir: string, ...extra: string[]) =>
  trellis(dir, 'plan', '--framework', 'ksa-matrix.csv', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Senior Engineer', '--employee', ALEX, '--manager', DANA, '--approver', MORGAN, '--today', '2026-10-01', '--out', 'out', ...extra);

/** Runs a plan command and expects it to succeed. */
let today = '2026-10-05';
async function step(dir: string, command: string, as: string, ...flags: string[]): Promise<string> {
  const r = await trellis(dir, 'plan', command, FILE, '--as', as, '--today', today, ...flags);
  expect(r.err, `${command} as ${as}`).toBe('');
  expect(r.code).toBe(0);
  return r.out;
}

/** Runs a plan command that the rulebook refuses: exit 1, the reason, and the file unchanged byte for byte. */
async function refused(dir: string, reason: RegExp, command: string, as: string, ...flags: string[]): Promise<void> {
  const before = readFileSync(join(dir, FILE));
  const r = await trellis(dir, 'plan', command, FILE, '--as', as, ...flags);
  expect(r.code, `${command} as ${as} should be refused`).toBe(1);
  expect(r.err).toMatch(reason);
  expect(r.err).toMatch(/Nothing was changed/);
  expect(readFileSync(join(dir, FILE)).equals(before)).toBe(true);
}

const stage = (dir: string) => readPlan(readFileSync(join(dir, FILE), 'utf8')).stage;

describe('trellis plan <command>: a plan through its whole life, offline', () => {
  it('goes from objectives to achieved with the CLI alone, refusing what the rulebook refuses', async () => {
    const dir = workspace();
    expect((await create(dir)).code).toBe(0);
    // made from a matrix, the plan has its framework beside it: no --framework needed from here on
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.framework.json'))).toHaveLength(1);

    await refused(dir, /submit-objectives refused: .*objectives are not complete/, 'submit-objectives', ALEX);
    await step(dir, 'set-objectives', ALEX, '--goal', 'Lead the design of a system other teams depend on', '--five-years', 'Staff engineer in payments', '--target', 'Senior Engineer');
    await step(dir, 'set-profile', ALEX, '--strength', 'Ledger service', '--threat', 'On-call load', '--barrier', 'On-call weeks', '--buddy', 'Priya Natarajan <priya@example.com>', '--growth', 'individual-contributor', '--interest', 'distributed systems');
    await refused(dir, /only the employee can submit-objectives/, 'submit-objectives', DANA);
    await step(dir, 'submit-objectives', ALEX);
    expect(stage(dir)).toBe('alignment');
    await step(dir, 'review-alignment', DANA, '--company-needs', 'Payments needs senior engineers next year', '--stakeholder', 'Head of Payments');
    await step(dir, 'accept-role', ALEX);
    await refused(dir, /cannot approve while the plan is at "skills-and-gaps"/, 'approve', MORGAN);
    // the whole assessment, self and manager, from the example's file
    writeFileSync(join(dir, 'self.csv'), readFileSync(join(dir, 'assessment.csv'), 'utf8').split('\n').filter((l, i) => i === 0 || l.includes(',self,')).join('\n'));
    writeFileSync(join(dir, 'manager.csv'), readFileSync(join(dir, 'assessment.csv'), 'utf8').split('\n').filter((l, i) => i === 0 || l.includes(',manager,')).join('\n'));
    await refused(dir, /records self assessments, not manager/, 'add-assessment', ALEX, '--assessment', 'manager.csv');
    await step(dir, 'add-assessment', ALEX, '--assessment', 'self.csv');
    await step(dir, 'add-assessment', DANA, '--assessment', 'manager.csv');
    await refused(dir, /the assessment is not complete: no self-assessment of .*Code review/, 'complete-assessment', DANA);
    // assess, at level 2, what the role needs and the example left out (the framework beside the plan names it)
    const fwFile = readdirSync(join(dir, 'out')).find((f) => f.endsWith('.framework.json'))!;
    const framework = readFramework(readFileSync(join(dir, 'out', fwFile), 'utf8'));
    const senior = framework.roles.find((r) => r.title === 'Senior Engineer')!;
    const names = senior.competencies.map((c) => framework.competencies.find((x) => x.id === c.competencyId)!.name);
    for (const [who, source] of [[ALEX, 'self'], [DANA, 'manager']] as const) {
      const assessed = readFileSync(join(dir, `${source === 'self' ? 'self' : 'manager'}.csv`), 'utf8');
      const rest = names.filter((n) => !assessed.includes(`${n},`));
      writeFileSync(join(dir, `${source}-rest.csv`), ['competency,level,source,date', ...rest.map((n) => `"${n}",2,${source},2026-10-02`)].join('\n'));
      await step(dir, 'add-assessment', who, '--assessment', `${source}-rest.csv`);
    }
    await step(dir, 'complete-assessment', DANA);
    expect(stage(dir)).toBe('draft-plan');
    await step(dir, 'redraft', DANA, '--horizon', '12');
    await step(dir, 'submit-for-review', DANA);
    await step(dir, 'employee-request-changes', ALEX, '--comment', 'Move the mentoring milestone earlier');
    expect(stage(dir)).toBe('draft-plan');
    await step(dir, 'submit-for-review', DANA);
    await step(dir, 'employee-accept-plan', ALEX);
    expect(stage(dir)).toBe('leadership-review');
    // the employee cannot approve their own plan; the manager, not an approver, cannot approve at all
    await refused(dir, /Alex Rivera cannot approve their own plan/, 'approve', ALEX);
    await refused(dir, /only the approver can approve; Dana Lee is the manager/, 'approve', DANA);
    await step(dir, 'request-changes', MORGAN, '--comment', 'Add an incident milestone');
    expect(stage(dir)).toBe('changes-requested');
    await refused(dir, /nothing was changed since leadership asked for changes/, 'resubmit', DANA);
    await step(dir, 'redraft', DANA, '--horizon', '9');
    await step(dir, 'resubmit', DANA);
    await step(dir, 'approve', MORGAN, '--comment', 'Good plan');
    expect(stage(dir)).toBe('approved');
    await step(dir, 'activate', ALEX);

    // after approval the plan grows: new assessments, milestones confirmed by the manager with the level
    const before = JSON.parse((await trellis(dir, 'plan', 'show', FILE, '--json')).out);
    today = '2027-01-15';
    const nameOf = (id: string) => framework.competencies.find((c) => c.id === id)!.name;
    const plan = readPlan(readFileSync(join(dir, FILE), 'utf8'));
    const levelMilestone = plan.milestones.find((m) => m.link.kind === 'competency')!;
    await refused(dir, /the manager confirms/, 'complete-milestone', ALEX, '--milestone', levelMilestone.id, '--evidence', 'I think so');
    await step(dir, 'complete-milestone', DANA, '--milestone', levelMilestone.id, '--evidence', 'Led two design reviews');
    writeFileSync(join(dir, 'later.csv'), ['competency,level,date,evidence', ...plan.milestones.filter((m) => m.link.kind === 'competency').map((m) => `"${m.link.kind === 'competency' ? nameOf(m.link.competencyId) : ''}",${m.link.kind === 'competency' ? m.link.level : 0},2027-01-15,Shown in the quarter's work`)].join('\n'));
    await step(dir, 'add-assessment', DANA, '--assessment', 'later.csv', '--source', 'manager');
    await step(dir, 'record-check-in', ALEX, '--notes', 'Talked about the design review');
    await step(dir, 'add-recognition', DANA, '--text', 'Great migration');
    const action = plan.actions[0]!;
    await step(dir, 'set-actions', DANA, '--action', action.id, '--hours', '6', '--status', 'in-progress');

    const show = await trellis(dir, 'plan', 'show', FILE, '--json');
    const status = JSON.parse(show.out);
    expect(status.stage).toBe('active');
    expect(status.readiness.now).toBeGreaterThan(before.readiness.now);
    expect(status.readiness.summary).toMatch(/^Readiness \d+% → \d+% since approval \(\d+ \w{3} \d{4}\)$/);
    expect(status.readiness.overTime.length).toBeGreaterThan(2);
    expect(status.participants.find((p: { roles: string[] }) => p.roles.includes('manager')).mayNow.map((c: { type: string }) => c.type)).toEqual(expect.arrayContaining(['add-assessment', 'complete-milestone']));
    const text = await trellis(dir, 'plan', 'show', FILE);
    expect(text.out).toMatch(/Stage: Active/);
    expect(text.out).toMatch(/Alex Rivera \(employee\): .*add-assessment/);
    expect(text.out).toMatch(/Readiness over time/);

    // the report and document re-rendered for the plan as it is now
    const report = await trellis(dir, 'plan', 'report', FILE, '--out', 'now');
    expect(report.code).toBe(0);
    const html = readFileSync(join(dir, 'now', 'alex-rivera-senior-engineer.report.html'), 'utf8');
    expect(html).toContain('class="progress readiness-over-time"');
    expect(html).toContain('class="progress level-history"');
    expect(html).toContain('Led two design reviews');
    expect(html).toContain('Talked about the design review');
    expect(html).toContain('On-call weeks');
    expect(html).toContain('Priya Natarajan');
    expect(html).toMatch(/since approval/);
    const md = readFileSync(join(dir, 'now', 'alex-rivera-senior-engineer.plan.md'), 'utf8');
    expect(md).toContain('![Readiness for Senior Engineer over time](alex-rivera-senior-engineer.readiness.svg)');
    // the chart sits where the document's caption says, as in the add-on's Google Doc
    expect(md).toMatch(/Chart: readiness for Senior Engineer over time[^\n]*\n\n!\[Readiness for Senior Engineer over time\]\(alex-rivera-senior-engineer\.readiness\.svg\)\n\nReadiness by date: /);
    expect(md).toMatch(/Chart: each competency’s level over time[^\n]*\n\n!\[Each competency's level over time\]\(alex-rivera-senior-engineer\.levels\.svg\)\n\n\| \\# \| Competency \|/);
    expect(readFileSync(join(dir, 'now', 'alex-rivera-senior-engineer.readiness.svg'), 'utf8')).toMatch(/^<svg/);

    // the rest of the milestones, then achieved
    for (const m of readPlan(readFileSync(join(dir, FILE), 'utf8')).milestones.filter((x) => x.status === 'planned')) await step(dir, 'complete-milestone', DANA, '--milestone', m.id, '--evidence', `Shown in ${m.id}`);
    await refused(dir, /only the manager can achieve/, 'achieve', ALEX);
    await step(dir, 'achieve', DANA);
    expect(stage(dir)).toBe('achieved');
    await refused(dir, /achieved; start a new plan/, 'add-assessment', DANA, '--assessment', 'later.csv');
  }, 60_000);

  it('refuses an unknown command and a person not on the plan, changing nothing', async () => {
    const dir = workspace();
    await create(dir);
    const before = readFileSync(join(dir, FILE));
    const unknown = await trellis(dir, 'plan', 'delete-everything', FILE, '--as', ALEX);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown plan command "delete-everything"/);
    await refused(dir, /Riley Outsider is not on this plan/, 'add-comment', 'Riley Outsider <riley@example.com>', '--text', 'hello');
    expect(readFileSync(join(dir, FILE)).equals(before)).toBe(true);
  });

  it('never replaces a plan with a history of its own unless --replace, and then keeps it', async () => {
    const dir = workspace();
    await create(dir);
    await step(dir, 'add-comment', DANA, '--text', 'First thoughts');
    const before = readFileSync(join(dir, FILE));
    const again = await create(dir, '--force');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/is at revision 2: .*nothing was written.*--replace/s);
    expect(readFileSync(join(dir, FILE)).equals(before)).toBe(true);
    const replaced = await create(dir, '--replace');
    expect(replaced.code).toBe(0);
    expect(readPlan(readFileSync(join(dir, FILE), 'utf8')).revision).toBe(1);
    expect(readFileSync(join(dir, 'out/alex-rivera-senior-engineer.replaced-r2.plan.json')).equals(before)).toBe(true);
  });

  it('counts a plan made from a matrix in the team report without --framework', async () => {
    const dir = workspace();
    await create(dir);
    const r = await trellis(dir, 'report', 'team', 'out', '--out', 'team', '--today', '2026-10-02');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 plan\b/);
    expect(r.err).not.toMatch(/framework/);
    // a plan still at "objectives" is a draft: shown apart, not counted in the pipeline
    const page = readFileSync(join(dir, 'team', readdirSync(join(dir, 'team')).find((f) => f.endsWith('.html'))!), 'utf8');
    expect(page).toContain('1 plan not yet approved is shown apart as drafts');
    expect(readFileSync(join(dir, 'team', 'pipeline.csv'), 'utf8')).toMatch(/Senior Engineer,.*Draft \(not approved yet\),Alex Rivera/);
  });
});
