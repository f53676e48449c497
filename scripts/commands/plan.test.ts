import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/model/files';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { cliWorkspace } from './cli-fixtures';

const jdArgs = ['plan', '--framework', 'framework.json', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--employee', 'Alex Rivera', '--today', '2026-11-24', '--out', 'out'];
const args = ['plan', '--framework', 'framework.json', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Staff Engineer', '--employee', 'Alex Rivera <alex@example.com>', '--manager', 'Dana Lee <dana@example.com>', '--approver', 'Morgan Chen <morgan@example.com>', '--today', '2026-11-24'];

describe('trellis plan', () => {
  it('writes a valid plan file, an offline HTML report and a readable document', async () => {
    const dir = cliWorkspace();
    const io = captureIO(dir);
    expect(await main([...args, '--objectives', 'objectives.json', '--out', 'out'], io)).toBe(0);
    const files = readdirSync(join(dir, 'out')).sort();
    // the framework is written beside the plan, so later commands and the team report find it
    expect(files).toEqual(['alex-rivera-staff-engineer.plan.json', 'alex-rivera-staff-engineer.plan.md', 'alex-rivera-staff-engineer.report.html', 'eng.v1.framework.json']);
    const plan = readPlan(readFileSync(join(dir, 'out', files[0]!), 'utf8'));
    expect(plan.route.roleIds).toEqual(['eng2', 'senior', 'staff']);
    expect(plan.employee).toEqual({ name: 'Alex Rivera', email: 'alex@example.com' });
    expect(plan.approvers.map((a) => a.name)).toEqual(['Morgan Chen']);
    expect(plan.profile.objectives.fiveYears).toBe('Staff engineer');
    expect(plan.milestones.length).toBeGreaterThan(3);
    for (const m of plan.milestones) {
      expect(m.due >= '2026-11-24' && m.due <= '2027-11-24').toBe(true);
      expect(m.measure.length).toBeGreaterThan(10);
    }
    const report = readFileSync(join(dir, 'out', files[2]!), 'utf8');
    expect(report).toContain('<svg');
    expect(report).toContain('Alex Rivera');
    // no network, no external assets
    expect(report).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(io.out()).toContain('report: out/alex-rivera-staff-engineer.report.html');
  });

  it('never overwrites an earlier plan without --force', async () => {
    const dir = cliWorkspace();
    expect(await main([...args, '--out', 'out'], captureIO(dir))).toBe(0);
    const path = join(dir, 'out', 'alex-rivera-staff-engineer.plan.json');
    writeFileSync(path, 'edited by hand');
    const io = captureIO(dir);
    expect(await main([...args, '--out', 'out'], io)).toBe(1);
    expect(io.err()).toContain('already exist');
    expect(io.err()).toContain('nothing was written');
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');
    expect(await main([...args, '--out', 'out', '--force'], captureIO(dir))).toBe(0);
    expect(readPlan(readFileSync(path, 'utf8')).id).toBe('alex-rivera-staff-engineer');
  });

  it('writes nothing when the assessment has an error', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'assessment.csv'), 'competency,level\nCoding,9\n');
    const io = captureIO(dir);
    expect(await main([...args, '--out', 'out'], io)).toBe(1);
    expect(io.err()).toMatch(/assessment\.csv, line 2: level "9" for Coding is not on the scale/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('explains an objectives file that does not fit the format, naming the field', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'objectives.json'), JSON.stringify({ objectives: { fiveYears: 5 } }));
    const io = captureIO(dir);
    expect(await main([...args, '--objectives', 'objectives.json', '--out', 'out'], io)).toBe(1);
    expect(io.err()).toMatch(/objectives\.json:[\s\S]*objectives\.fiveYears/);
  });

  it('rejects a malformed --today and --horizon with usage errors', async () => {
    const io = captureIO(cliWorkspace());
    expect(await main([...args.slice(0, -2), '--today', '24/11/2026', '--out', 'out'], io)).toBe(2);
    expect(io.err()).toContain('YYYY-MM-DD');
    const io2 = captureIO(cliWorkspace());
    expect(await main([...args, '--horizon', 'soon', '--out', 'out'], io2)).toBe(2);
    expect(io2.err()).toContain('--horizon');
  });
});

describe('trellis plan --jd', () => {

  it("takes the target from a job description matched to the framework's role, with the job description's responsibilities as goals", async () => {
    const dir = cliWorkspace();
    // a framework read from a KSA matrix knows levels, not duties
    const fromMatrix = JSON.parse(readFileSync(join(dir, 'framework.json'), 'utf8'));
    for (const role of fromMatrix.roles) role.responsibilities = [];
    writeFileSync(join(dir, 'framework.json'), JSON.stringify(fromMatrix));
    writeFileSync(join(dir, 'jd.md'), ['# Senior Engineer, Payments', '## What you will do', '- Run the settlement service', '- Mentor two engineers', '## Requirements', '- Strong coding skills'].join('\n'));
    const io = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'jd.md'], io)).toBe(0);
    expect(io.err()).toContain(`jd.md: "Senior Engineer, Payments" is the framework's role "Senior Engineer"; using it as the target, with the job description's responsibilities`);
    const plan = readPlan(readFileSync(join(dir, 'out', 'alex-rivera-senior-engineer.plan.json'), 'utf8'));
    expect(plan.route.roleIds).toEqual(['eng2', 'senior']);
    const goals = plan.milestones.filter((m) => m.link.kind === 'goal').map((m) => m.title);
    expect(goals).toContain('Take on: Run the settlement service');
    // the framework keeps its own levels; the version records the change
    const framework = JSON.parse(readFileSync(join(dir, 'out', 'eng--alex-rivera-senior-engineer.v2.framework.json'), 'utf8'));
    expect(framework.version).toBe(2);
    expect(framework.roles.find((r: { id: string }) => r.id === 'senior').competencies).toEqual(JSON.parse(readFileSync(join(dir, 'framework.json'), 'utf8')).roles.find((r: { id: string }) => r.id === 'senior').competencies);
  });

  it('adds a role the framework lacks where its title and seniority place it, with its competencies matched', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'jd.md'), ['# Principal Engineer', '## Responsibilities', '- Set the technical strategy for payments', '## Requirements', '- Expert in system design', '- Excellent communication skills', '- Experience with Terraform'].join('\n'));
    const io = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'jd.md'], io)).toBe(0);
    expect(io.err()).toContain('jd.md: "Principal Engineer" is not in the framework; added it to the Engineering track at rank 5 (2 competencies matched)');
    const plan = readPlan(readFileSync(join(dir, 'out', 'alex-rivera-principal-engineer.plan.json'), 'utf8'));
    expect(plan.route.roleIds).toEqual(['eng2', 'senior', 'staff', 'principal-engineer']);
    const framework = JSON.parse(readFileSync(join(dir, 'out', 'eng--alex-rivera-principal-engineer.v2.framework.json'), 'utf8'));
    const added = framework.roles.find((r: { id: string }) => r.id === 'principal-engineer');
    expect(added.competencies).toEqual([expect.objectContaining({ competencyId: 'design', level: 5, importance: 4 }), expect.objectContaining({ competencyId: 'comms', level: 4, importance: 4 })]);
    expect(io.out()).toContain("framework (with the job description's role): out/eng--alex-rivera-principal-engineer.v2.framework.json");
  });

  it('refuses a job description it cannot read, writing nothing', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'jd.md'), '\n');
    const io = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'jd.md'], io)).toBe(1);
    expect(io.err()).toContain('jd.md: no role could be read from this job description');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('trellis plan --jd with a job-family page', () => {
  const level = (title: string, duty: string) => [`## ${title}`, '### Responsibilities', `- ${duty}`, '### Requirements', '- Strong coding skills'];
  const FAMILY = ['# Platform Engineer job family', ...level('Junior Platform Engineer', 'Fix small bugs'), ...level('Platform Engineer', 'Own a service'), ...level('Senior Platform Engineer', 'Lead a project'), ...level('Principal Platform Engineer', 'Set the platform strategy')].join('\n');

  it('refuses to guess which level is meant, listing them and how to pick one, and writes nothing', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'family.md'), FAMILY);
    const io = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'family.md'], io)).toBe(2);
    expect(io.err()).toContain('family.md describes 4 roles (a job family), and no --target says which one you want');
    for (const title of ['Junior Platform Engineer', 'Platform Engineer', 'Senior Platform Engineer', 'Principal Platform Engineer']) expect(io.err()).toContain(`  - ${title}`);
    expect(io.err()).toContain('Pick one with --target, e.g. --target "Senior Platform Engineer"');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const wrong = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'family.md', '--target', 'Chief Platform Officer'], wrong)).toBe(2);
    expect(wrong.err()).toContain('--target "Chief Platform Officer" is none of the 4 roles in family.md');
  });

  it('takes the level --target names, and places a level the framework lacks by its seniority', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'family.md'), FAMILY);
    const senior = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'family.md', '--target', 'Senior Platform Engineer'], senior)).toBe(0);
    expect(senior.err()).toContain(`"Senior Platform Engineer" is the framework's role "Senior Engineer"`);
    expect(readPlan(readFileSync(join(dir, 'out', 'alex-rivera-senior-engineer.plan.json'), 'utf8')).route.roleIds).toEqual(['eng2', 'senior']);
    // a principal sits above Staff on the engineering track: three promotions away, not one step above the person
    const principal = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'family.md', '--target', 'Principal Platform Engineer'], principal)).toBe(0);
    expect(principal.err()).toContain('"Principal Platform Engineer" is not in the framework; added it to the Engineering track at rank 5');
    expect(readPlan(readFileSync(join(dir, 'out', 'alex-rivera-principal-platform-engineer.plan.json'), 'utf8')).route.roleIds).toEqual(['eng2', 'senior', 'staff', 'principal-platform-engineer']);
    // a level below the person is no target
    const junior = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'family.md', '--target', 'Junior Platform Engineer'], junior)).toBe(1);
    expect(junior.err()).toContain('"Junior Platform Engineer" sits at rank 1 of the Engineering track, below Engineer II (rank 2)');
  });
});

describe('trellis plan --jd for a role of another field', () => {
  const CSM = [
    '<p><b>Customer Success Manager</b></p>',
    '<p>Team: Customer Success · Location: Remote (EU)</p>',
    '<p><b>Your responsibilities</b></p><ul><li>Own a portfolio of 40 mid-market accounts</li><li>Run quarterly business reviews</li></ul>',
    '<p><b>What you’ll bring</b></p><ul><li>3+ years in customer success or account management</li><li>Excellent negotiation skills</li></ul>',
    '<p><b>Bonus points</b></p><ul><li>Fluency in German</li></ul>',
  ].join('');

  it('puts the role on a track of its own reached by a lateral move, with what it asks for as competencies, so readiness is honest', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'csm.html'), CSM);
    const io = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'csm.html'], io)).toBe(0);
    expect(io.err()).toContain('"Customer Success Manager" is not in the framework; added it to a track of its own (Customer Success), with a lateral move from Engineer II (0 competencies matched; 2 added from the job description: Negotiation, German)');
    const plan = readPlan(readFileSync(join(dir, 'out', 'alex-rivera-customer-success-manager.plan.json'), 'utf8'));
    expect(plan.route.roleIds).toEqual(['eng2', 'customer-success-manager']);
    expect(plan.route.steps.map((s) => s.type)).toEqual(['lateral']);
    const file = `${plan.framework.id}.v${plan.framework.version}.framework.json`;
    const framework = JSON.parse(readFileSync(join(dir, 'out', file), 'utf8'));
    const csm = framework.roles.find((r: { id: string }) => r.id === 'customer-success-manager');
    expect(csm).toMatchObject({ track: 'Customer Success', rank: 1, family: 'Customer Success' });
    expect(csm.competencies).toEqual([expect.objectContaining({ competencyId: 'negotiation', level: 3, importance: 4 }), expect.objectContaining({ competencyId: 'german', level: 3, importance: 2 })]);
    expect(framework.competencies).toContainEqual(expect.objectContaining({ id: 'negotiation', name: 'Negotiation', kind: 'skill', category: 'Customer Success' }));
    // the gap analysis against it: nothing assessed yet, so not ready
    const gap = captureIO(dir);
    expect(await main(['gap', '--framework', join('out', file), '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Customer Success Manager', '--json'], gap)).toBe(0);
    const out = JSON.parse(gap.out());
    expect(out.readiness).toBe(0);
    expect(out.notAssessed).toEqual(['Negotiation', 'German']);
  });

  it('warns that readiness cannot be trusted when nothing the role asks for reads as a competency', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'csm.md'), ['# Customer Success Manager', '## Responsibilities', '- Run quarterly business reviews', '- Own renewals'].join('\n'));
    const io = captureIO(dir);
    expect(await main([...jdArgs, '--jd', 'csm.md'], io)).toBe(0);
    expect(io.err()).toContain(`warning: csm.md: nothing "Customer Success Manager" asks for could be read as a competency, so the plan's readiness cannot be trusted (there is nothing to measure). Add the role's competencies to the framework (its KSA matrix), or plan towards a framework role with --target.`);
  });
});

describe("trellis plan --jd keeps each plan's framework", () => {
  it("names the framework copy after the plan and its version, so a second employee's plan needs no --force and leaves the first one's alone", async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'jd.md'), ['# Principal Engineer', '## Responsibilities', '- Set the technical strategy for payments', '## Requirements', '- Expert in system design'].join('\n'));
    const run = (employee: string, current: string) => main(['plan', '--framework', 'framework.json', '--assessment', 'assessment.csv', '--current', current, '--employee', employee, '--today', '2026-11-24', '--out', 'out', '--jd', 'jd.md'], captureIO(dir));
    expect(await run('Alex Rivera', 'Engineer II')).toBe(0);
    const first = readFileSync(join(dir, 'out', 'eng--alex-rivera-principal-engineer.v2.framework.json'), 'utf8');
    expect(await run('Sam Okoro', 'Senior Engineer')).toBe(0);
    expect(readFileSync(join(dir, 'out', 'eng--alex-rivera-principal-engineer.v2.framework.json'), 'utf8')).toBe(first);
    for (const who of ['alex-rivera', 'sam-okoro']) {
      const plan = readPlan(readFileSync(join(dir, 'out', `${who}-principal-engineer.plan.json`), 'utf8'));
      // the plan names its framework copy, and the file of that name holds the plan's target
      expect(plan.framework).toMatchObject({ id: `eng--${who}-principal-engineer`, version: 2 });
      const framework = JSON.parse(readFileSync(join(dir, 'out', `${plan.framework.id}.v${plan.framework.version}.framework.json`), 'utf8'));
      expect(framework.roles.map((r: { id: string }) => r.id)).toContain(plan.targetRoleId);
    }
  });
});

describe('trellis plan: bad --out and people', () => {
  it('says --out is a file, not a folder, instead of crashing', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const io = captureIO(dir);
    expect(await main([...args, '--out', 'notes.txt'], io)).toBe(2);
    expect(io.err()).toBe('trellis plan: --out notes.txt: is a file, not a folder. Give a folder (new or existing) for the output\n');
    const inside = captureIO(dir);
    expect(await main([...args, '--out', 'notes.txt/plans'], inside)).toBe(2);
    expect(inside.err()).toContain('--out notes.txt/plans: notes.txt is a file, so no folder can be made inside it');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('checks every person it is given, naming the option', async () => {
    const cases: [string[], string][] = [
      [['--employee', 'Bob <script>alert(1)</script>'], '--employee "Bob <script>alert(1)</script>": write an email in one pair of "<" ">" after the name'],
      [['--employee', 'Bob <bob-at-example>'], '--employee "Bob <bob-at-example>": "bob-at-example" is not an email address. Write the person as "Name <name@example.com>" or just "Name"'],
      [['--manager', 'Dana <dana>'], '--manager "Dana <dana>": "dana" is not an email address'],
      [['--approver', '<>'], '--approver "<>": the name is empty'],
      [['--email', 'alex'], '--email "alex": not an email address'],
    ];
    for (const [extra, message] of cases) {
      const dir = cliWorkspace();
      const io = captureIO(dir);
      expect(await main([...args, ...extra, '--out', 'out'], io), extra.join(' ')).toBe(2);
      expect(io.err()).toContain(message);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    }
  });
});

describe('trellis example (npm start)', () => {
  it('runs the main job from the bundled matrix, assessment, objectives and job description', async () => {
    const dir = cliWorkspace();
    const io = captureIO(dir);
    expect(await main(['example', '--out', 'example', '--today', '2026-11-24'], io)).toBe(0);
    expect(io.err()).toContain(`"Senior Engineer, Payments Platform" is the framework's role "Senior Engineer"`);
    const plan = readPlan(readFileSync(join(dir, 'example', 'alex-rivera-senior-engineer.plan.json'), 'utf8'));
    expect(plan.route.roleIds.at(-1)).toBe('senior-engineer');
    // the plan's goals come from the job description's duties, which the matrix does not hold
    expect(plan.milestones.filter((m) => m.link.kind === 'goal').map((m) => m.title)).toContain('Take on: Mentor engineers through pairing, code review and regular one-on-ones');
  });
});
