// Creating a plan never touches a different person's plan, and names without Latin letters get their own ids.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../shared/model/files';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { cliWorkspace } from './cli-fixtures';

const planFor = (employee: string, extra: string[] = []) => ['plan', '--framework', 'framework.json', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Staff Engineer', '--employee', employee, '--today', '2026-11-24', '--out', 'out', ...extra];

describe('plan ids and owners', () => {
  it('two employees with Chinese or Arabic names get two plans, and the team report shows both', async () => {
    const dir = cliWorkspace();
    for (const name of ['王伟', '李娜', 'محمد علي']) {
      const io = captureIO(dir);
      expect(await main(planFor(name), io), io.err()).toBe(0);
    }
    const plans = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.plan.json'));
    expect(plans).toHaveLength(3);
    expect(plans.map((f) => readPlan(readFileSync(join(dir, 'out', f), 'utf8')).employee.name).sort()).toEqual(['李娜', '王伟', 'محمد علي'].sort());
    const io = captureIO(dir);
    expect(await main(['report', 'team', 'out', '--framework', 'framework.json', '--out', 'team', '--today', '2026-11-24'], io)).toBe(0);
    expect(io.out()).toContain('3 plans');
    const heatmap = readFileSync(join(dir, 'team', 'heatmap.csv'), 'utf8');
    for (const name of ['王伟', '李娜', 'محمد علي']) expect(heatmap).toContain(name);
  });

  it('--force replaces the same person\'s plan but never another person\'s whose id is the same', async () => {
    const dir = cliWorkspace();
    expect(await main(planFor('Alex Rivera <alex@example.com>'), captureIO(dir))).toBe(0);
    expect(await main(planFor('Alex Rivera <alex@example.com>', ['--force']), captureIO(dir))).toBe(0);
    const path = join(dir, 'out', 'alex-rivera-staff-engineer.plan.json');
    const before = readFileSync(path, 'utf8');
    // another Alex Rivera (another email): the same id, another person
    const io = captureIO(dir);
    expect(await main(planFor('Alex Rivera <alex.r@example.org>', ['--force']), io)).toBe(1);
    expect(io.err()).toContain("is Alex Rivera <alex@example.com>'s plan, not Alex Rivera's: it is never replaced, even with --force");
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('a 300-character name gets a short id and a plan, not ENAMETOOLONG', async () => {
    const dir = cliWorkspace();
    const io = captureIO(dir);
    expect(await main(planFor('A'.repeat(150) + ' ' + 'B'.repeat(150)), io), io.err()).toBe(0);
    const [file] = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.plan.json'));
    expect(file!.length).toBeLessThan(140);
  });
});
