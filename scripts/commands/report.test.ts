import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { toFileJson } from '../../shared/model/files';
import { PlanSchema } from '../../shared/model/plan';
import { frameworkDriveName } from '../../shared/storage/drive-files';
import { testFramework } from '../../shared/test/fixtures';
import { teamPlan, testFrameworkV2 } from '../../shared/test/team-fixtures';
import { captureIO } from '../cli/io';
import { main } from '../trellis';

function teamFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-team-'));
  const plans = join(dir, 'plans');
  mkdirSync(join(plans, 'platform'), { recursive: true });
  writeFileSync(join(plans, frameworkDriveName('eng', 1)), toFileJson(testFramework()));
  writeFileSync(join(plans, 'alex.plan.json'), toFileJson(teamPlan({ employee: 'Alex Rivera', current: 'eng2', target: 'staff', levels: { code: 3, design: 2 }, checkIns: ['2026-02-20'] })));
  writeFileSync(join(plans, 'platform', 'bea.plan.json'), toFileJson(teamPlan({ employee: 'Bea Novak', manager: 'Morgan Chen', current: 'eng2', target: 'senior', levels: { code: 4, design: 3, domain: 3, comms: 3, mentor: 2 } })));
  // made against v2 of the framework, whose file sits in another folder (passed with --framework)
  writeFileSync(join(dir, 'eng-v2.json'), toFileJson(testFrameworkV2()));
  writeFileSync(join(plans, 'cy.plan.json'), toFileJson(teamPlan({ employee: 'Cy Park', current: 'eng1', target: 'eng2', framework: testFrameworkV2(), start: '2025-06-01' })));
  const lost = teamPlan({ employee: 'Dee Lost', current: 'eng1', target: 'eng2', start: '2025-06-01' });
  writeFileSync(join(plans, 'dee.plan.json'), toFileJson(PlanSchema.parse({ ...lost, framework: { id: 'sales', version: 2, name: 'Sales' } })));
  writeFileSync(join(plans, 'broken.plan.json'), '{ "kind": "trellis.plan", ');
  writeFileSync(join(plans, 'platform', 'wrong.plan.json'), JSON.stringify({ kind: 'trellis.framework', schemaVersion: 1 }));
  writeFileSync(join(plans, 'bad-dates.plan.json'), toFileJson({ ...teamPlan({ employee: 'Eve', current: 'eng1', target: 'eng2' }), milestones: [{ id: 'm', title: 't', measure: 'm', due: 'next spring', link: { kind: 'goal', responsibility: 'r' } }] } as never));
  writeFileSync(join(plans, 'notes.txt'), 'not a career file');
  return dir;
}

describe('trellis report team', () => {
  it('reports across the folder, naming every file it had to skip and why, and writes the page and its CSV files', async () => {
    const dir = teamFolder();
    const io = captureIO(dir);
    const code = await main(['report', 'team', 'plans', '--framework', 'eng-v2.json', '--out', 'report', '--today', '2026-03-01'], io);
    expect(io.err()).not.toContain('unexpected');
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'report')).sort()).toEqual(['.trellis-output', 'actions-due.csv', 'heatmap.csv', 'pipeline.csv', 'problems.csv', 'readiness.csv', 'roles-at-risk.csv', 'skill-gaps.csv', 'stale-plans.csv', 'team-report.html']);
    const err = io.err();
    expect(err).toMatch(/error: plans\/broken\.plan\.json: plan skipped: not valid JSON/);
    expect(err).toMatch(/error: plans\/platform\/wrong\.plan\.json: plan skipped: "kind" is "trellis\.framework", expected "trellis\.plan"/);
    expect(err).toMatch(/error: plans\/bad-dates\.plan\.json: plan skipped: milestones\[0\]\.due: a date as YYYY-MM-DD/);
    expect(err).toMatch(/error: plans\/dee\.plan\.json: framework "sales" v2 not found/);
    expect(io.out()).toMatch(/Team report for 2026-03-01: 4 plans \(3 files skipped, see above\), frameworks eng v1, eng v2/);
    expect(io.out()).toContain('report: report/team-report.html');
    const page = readFileSync(join(dir, 'report', 'team-report.html'), 'utf8');
    for (const name of ['Alex Rivera', 'Bea Novak', 'Cy Park']) expect(page).toContain(name);
    expect(page).toContain('plans/broken.plan.json');
    // Dee's plan has no framework, yet is still counted where no framework is needed: it is stale
    const stale = Papa.parse<string[]>(readFileSync(join(dir, 'report', 'stale-plans.csv'), 'utf8').trim(), { header: false }).data;
    expect(stale.slice(1).map((r) => r[0]).sort()).toEqual(['Cy Park', 'Dee Lost']);
    const gaps = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'report', 'skill-gaps.csv'), 'utf8').trim(), { header: true }).data;
    expect(gaps.filter((g) => g.employee === 'Alex Rivera' && g.competency === 'System design')).toEqual([expect.objectContaining({ current: 'Advanced beginner', required: 'Expert', 'steps to go': '3' })]);
  });

  it('refuses a folder with no plans, and a missing folder, with a message saying what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-team-'));
    mkdirSync(join(dir, 'empty'));
    const io = captureIO(dir);
    expect(await main(['report', 'team', 'empty', '--out', 'r'], io)).toBe(1);
    expect(io.err()).toContain('no *.plan.json files in this folder or below it');
    const io2 = captureIO(dir);
    expect(await main(['report', 'team', 'nowhere', '--out', 'r'], io2)).toBe(1);
    expect(io2.err()).toContain('nowhere: no such folder');
    const io3 = captureIO(dir);
    expect(await main(['report', 'team', 'empty', '--out', 'r', '--stale-days', 'soon'], io3)).toBe(2);
    expect(io3.err()).toContain('--stale-days "soon"');
  });
});
