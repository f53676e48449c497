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
