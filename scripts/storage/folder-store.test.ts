import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { cliWorkspace } from '../commands/cli-fixtures';
import { writeFilesTogether } from './folder-store';

const planArgs = ['plan', '--framework', 'framework.json', '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Staff Engineer', '--employee', 'Alex Rivera <alex@example.com>', '--today', '2026-11-24', '--out', 'out'];

describe('files written together', () => {
  it('all appear, the first-named last', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'together-'));
    await writeFilesTogether([[join(dir, 'a.plan.json'), 'plan'], [join(dir, 'a.report.html'), 'report']]);
    expect(readdirSync(dir).sort()).toEqual(['a.plan.json', 'a.report.html']);
    expect(readFileSync(join(dir, 'a.plan.json'), 'utf8')).toBe('plan');
  });

  it('when one cannot be written, none appears and no temporary is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'together-'));
    await expect(writeFilesTogether([[join(dir, 'a.plan.json'), 'plan'], [join(dir, 'missing-folder', 'a.report.html'), 'report']])).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('trellis plan after an interrupted run: the temporaries it left are removed and the plan is written without --force', async () => {
    const dir = cliWorkspace();
    mkdirSync(join(dir, 'out'));
    // what a run killed while staging leaves: temporaries in writeFileAtomic's naming, and no plan file
    const leftovers = ['alex-rivera-staff-engineer.plan.json.4242.1700000000000.0.tmp', 'alex-rivera-staff-engineer.report.html.4242.1700000000000.1.tmp'];
    for (const name of leftovers) writeFileSync(join(dir, 'out', name), 'half');
    writeFileSync(join(dir, 'out', 'notes.txt'), 'mine');
    const io = captureIO(dir);
    expect(await main(planArgs, io)).toBe(0);
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).toContain('alex-rivera-staff-engineer.plan.json');
    expect(files).toContain('alex-rivera-staff-engineer.report.html');
    expect(existsSync(join(dir, 'out', 'notes.txt'))).toBe(true);
  });
});
