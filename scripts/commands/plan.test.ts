import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/model/files';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { cliWorkspace } from './cli-fixtures';

const args = ['plan', '--framework', 'framework.json', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Staff Engineer', '--employee', 'Alex Rivera <alex@example.com>', '--manager', 'Dana Lee <dana@example.com>', '--approver', 'Morgan Chen <morgan@example.com>', '--today', '2026-11-24'];

describe('trellis plan', () => {
  it('writes a valid plan file, an offline HTML report and a readable document', async () => {
    const dir = cliWorkspace();
    const io = captureIO(dir);
    expect(await main([...args, '--objectives', 'objectives.json', '--out', 'out'], io)).toBe(0);
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files).toEqual(['alex-rivera-staff-engineer.plan.json', 'alex-rivera-staff-engineer.plan.md', 'alex-rivera-staff-engineer.report.html']);
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
  const jdArgs = ['plan', '--framework', 'framework.json', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--employee', 'Alex Rivera', '--today', '2026-11-24', '--out', 'out'];

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
    const framework = JSON.parse(readFileSync(join(dir, 'out', 'engineering.framework.json'), 'utf8'));
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
    const framework = JSON.parse(readFileSync(join(dir, 'out', 'engineering.framework.json'), 'utf8'));
    const added = framework.roles.find((r: { id: string }) => r.id === 'principal-engineer');
    expect(added.competencies).toEqual([expect.objectContaining({ competencyId: 'design', level: 5, importance: 4 }), expect.objectContaining({ competencyId: 'comms', level: 4, importance: 4 })]);
    expect(io.out()).toContain("framework (with the job description's role): out/engineering.framework.json");
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
