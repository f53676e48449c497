import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { toFileJson } from '../../shared/model/files';
import { createPlan } from '../../shared/plan/generate';
import { ALEX, DANA, testFramework } from '../../shared/test/fixtures';
import { readPlanFile } from './plan-file';

const run = promisify(execFile);
const WORKER = resolve(__dirname, 'plan-file.worker.ts');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function planFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-lock-'));
  dirs.push(dir);
  const path = join(dir, 'p.plan.json');
  writeFileSync(path, toFileJson(createPlan({ id: 'p', framework: testFramework(), employee: ALEX, manager: DANA, currentRoleId: 'eng2', targetRoleId: 'senior', by: 'alex', now: '2026-01-05T09:00:00Z' })));
  return path;
}

async function twoProcesses(path: string, mode: string, count: number): Promise<{ tag: string; landed: number; conflicts: number }[]> {
  const one = (tag: string) => run(process.execPath, ['--import', 'tsx', WORKER, path, String(count), tag, mode], { cwd: resolve(__dirname, '../..'), timeout: 120_000 }).then((r) => JSON.parse(r.stdout));
  return Promise.all([one('a'), one('b')]);
}

describe('one plan file, two processes saving at once', () => {
  it('lands every command: each is applied to the newest revision under the lock, none lost', async () => {
    const path = planFile();
    const results = await twoProcesses(path, 'command', 100);
    expect(results.map((r) => r.landed)).toEqual([100, 100]);
    const { plan } = await readPlanFile(path);
    expect(plan.comments).toHaveLength(200);
    expect(new Set(plan.comments.map((c) => c.text)).size).toBe(200);
    expect(plan.revision).toBe(201);
    expect(plan.history.map((h) => h.revision)).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
    expect(existsSync(`${path}.lock`)).toBe(false);
  }, 120_000);

  it('a save against an old revision reports a conflict: every save lands or says so, none lost', async () => {
    const path = planFile();
    const results = await twoProcesses(path, 'compare-and-swap', 100);
    for (const r of results) expect(r.landed + r.conflicts).toBe(100);
    const landed = results.reduce((n, r) => n + r.landed, 0);
    const { plan } = await readPlanFile(path);
    // exactly the saves that reported success are in the file
    expect(plan.comments).toHaveLength(landed);
    expect(plan.revision).toBe(1 + landed);
    for (const r of results) expect(plan.comments.filter((c) => c.text.startsWith(`${r.tag}-`))).toHaveLength(r.landed);
  }, 120_000);
});
