import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { cliWorkspace } from './cli-fixtures';

const base = ['gap', '--framework', 'framework.json', '--assessment', 'assessment.csv'];

describe('trellis gap', () => {
  it('prints the route, readiness, gaps and strengths as JSON', async () => {
    const io = captureIO(cliWorkspace());
    const code = await main([...base, '--current', 'Engineer II', '--target', 'Staff Engineer', '--json'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.path).toEqual(['Engineer II', 'Senior Engineer', 'Staff Engineer']);
    expect(out.readiness).toBeGreaterThan(0);
    expect(out.readiness).toBeLessThan(1);
    const byName = Object.fromEntries(out.gaps.map((g: { competency: string }) => [g.competency, g]));
    // Coding: manager says 3, Staff needs 4
    expect(byName['Coding']).toMatchObject({ current: 3, required: 4, gap: 1 });
    // Mentoring was never assessed: listed as a gap with current null, not silently zero
    expect(byName['Mentoring']).toMatchObject({ current: null, required: 3 });
    expect(out.notAssessed).toContain('Mentoring');
    // Communication: the manager's later 4 meets Staff's 4 and is a strength; self 2 vs manager 4 is flagged
    expect(out.strengths.map((s: { competency: string }) => s.competency)).toContain('Communication');
    expect(out.disagreements).toContain('Communication');
  });

  it('names every kind of move on the way to each role to consider next', async () => {
    const io = captureIO(cliWorkspace());
    expect(await main([...base, '--current', 'Engineer II', '--target', 'Senior Engineer'], io)).toBe(0);
    expect(io.out()).toMatch(/\n {2}Engineering Manager \(Management, via exploratory, then lateral\): \d+% ready/);
    expect(io.out()).toMatch(/\n {2}Staff Engineer \(Engineering, 2 promotions\): \d+% ready/);
    const json = captureIO(cliWorkspace());
    expect(await main([...base, '--current', 'Engineer II', '--target', 'Senior Engineer', '--json'], json)).toBe(0);
    expect(JSON.parse(json.out()).nextRoles).toContainEqual(expect.objectContaining({ title: 'Engineering Manager', via: 'exploratory', moveTypes: ['exploratory', 'lateral'] }));
  });

  it('offers lateral alternatives through the lattice', async () => {
    const io = captureIO(cliWorkspace());
    expect(await main([...base, '--current', 'Engineer II', '--target', 'Engineering Manager', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.path[0]).toBe('Engineer II');
    expect(out.path.at(-1)).toBe('Engineering Manager');
    const allPaths = [out.path, ...out.alternatives.map((a: { path: string[] }) => a.path)].map((p: string[]) => p.join(' > '));
    expect(allPaths).toContain('Engineer II > Senior Engineer > Engineering Manager');
    expect(allPaths).toContain('Engineer II > Product Manager > Engineering Manager');
  });

  it('prints a readable summary without --json', async () => {
    const io = captureIO(cliWorkspace());
    expect(await main([...base, '--current', 'engineer ii', '--target', 'senior engineer'], io)).toBe(0);
    expect(io.out()).toMatch(/Engineer II → Senior Engineer: readiness \d+%/);
    expect(io.out()).toContain('Route: Engineer II → Senior Engineer');
  });

  it('names the unknown role and lists the known ones', async () => {
    const io = captureIO(cliWorkspace());
    expect(await main([...base, '--current', 'Engineer II', '--target', 'Astronaut', '--json'], io)).toBe(1);
    expect(io.err()).toContain('--target: no role "Astronaut" in the framework; known roles: Engineer I, Engineer II');
    expect(io.out()).toBe('');
  });

  it('names the file and line of an unknown competency in the assessment', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'assessment.csv'), 'competency,level\nCoding,3\nJuggling,2\n');
    const io = captureIO(dir);
    expect(await main([...base, '--current', 'Engineer II', '--target', 'Senior Engineer'], io)).toBe(1);
    expect(io.err()).toContain('assessment.csv, line 3: unknown competency "Juggling"');
  });

  it('says which file is not valid JSON', async () => {
    const dir = cliWorkspace();
    writeFileSync(join(dir, 'framework.json'), '{ "kind": "trellis.framework", ');
    const io = captureIO(dir);
    expect(await main([...base, '--current', 'Engineer II', '--target', 'Senior Engineer'], io)).toBe(1);
    expect(io.err()).toMatch(/framework\.json.*not valid JSON/);
  });

  it('fails with usage when a required option is missing', async () => {
    const io = captureIO(cliWorkspace());
    expect(await main(['gap', '--framework', 'framework.json'], io)).toBe(2);
    expect(io.err()).toContain('missing --assessment');
    expect(io.err()).toContain('usage: trellis gap');
  });
});
