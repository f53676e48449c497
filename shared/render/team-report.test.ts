import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { testFramework } from '../test/fixtures';
import { teamPlan } from '../test/team-fixtures';
import { FrameworkCatalog } from '../team/framework-catalog';
import { teamReport } from '../team/team-report';
import { HEATMAP_PEOPLE_ROWS, teamReportFiles } from './team-report-html';
import { TEAM_REPORT_FILES } from './team-report-csv';

const TODAY = '2026-03-01';
function reportOf(plans: ReturnType<typeof teamPlan>[], problems = [] as { file: string; severity: 'error' | 'warning'; message: string }[]) {
  const catalog = new FrameworkCatalog();
  catalog.add(testFramework(), 'eng.v1.framework.json');
  return teamReport(plans.map((plan) => ({ plan, file: `${plan.id}.plan.json` })), catalog, { today: TODAY }, problems);
}

describe('team report rendering', () => {
  it('escapes every name and note, and defuses formulas in the CSV', () => {
    const evil = teamPlan({ employee: '<img src=x onerror=alert(1)>', manager: '=HYPERLINK("http://evil")', current: 'eng2', target: 'senior', start: '2025-06-01' });
    const files = teamReportFiles(reportOf([evil], [{ file: '<b>bad</b>.plan.json', severity: 'error', message: 'not valid JSON' }]));
    const page = files[TEAM_REPORT_FILES.html]!;
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<b>bad</b>');
    const stale = Papa.parse<string[]>(files[TEAM_REPORT_FILES.stale]!.trim()).data;
    expect(stale[1]![1]).toBe(`'=HYPERLINK("http://evil")`);
    // numbers stay numbers, even negative ones
    const actions = Papa.parse<string[]>(files[TEAM_REPORT_FILES.actionsDue]!.trim()).data;
    expect(actions.slice(1).some((r) => /^-\d+$/.test(r[1]!))).toBe(true);
  });

  it('draws accessible charts with text alternatives, and links only to the files it writes', () => {
    const plans = [
      teamPlan({ employee: 'Alex', current: 'eng2', target: 'staff', levels: { code: 3, design: 2 }, checkIns: ['2026-02-20'] }),
      teamPlan({ employee: 'Bea', current: 'eng2', target: 'senior', levels: { code: 4, design: 3, domain: 3, comms: 3, mentor: 2 } }),
      teamPlan({ employee: 'Cy', manager: 'Morgan Chen', current: 'senior', target: 'em' }),
    ];
    const files = teamReportFiles(reportOf(plans));
    const page = files[TEAM_REPORT_FILES.html]!;
    const svgs = page.match(/<svg[^>]*>/g)!;
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      const [, labelled] = /aria-labelledby="([^"]+)"/.exec(svg)!;
      for (const id of labelled!.split(' ')) expect(page).toContain(`id="${id}"`);
      expect(svg).toContain('role="img"');
    }
    expect(page).toMatch(/<details><summary>The heatmap as a table<\/summary><table>/);
    expect(page).toMatch(/@media print/);
    const hrefs = [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(Object.keys(files)).toContain(href);
    expect(page).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    // the pipeline table names who is coming up for Senior Engineer
    expect(page).toMatch(/<td>Senior Engineer<div class="muted">Engineering<\/div><\/td><td><b>1<\/b> <span class="names">Bea<\/span>/);
  });

  it('shows one heatmap row per manager’s team once the team is large, and keeps every person in the CSV', () => {
    const plans = Array.from({ length: HEATMAP_PEOPLE_ROWS + 10 }, (_, i) => teamPlan({ employee: `Person ${i}`, manager: `Manager ${i % 7}`, current: 'eng2', target: 'senior', levels: { code: 3 + (i % 2) } }));
    const files = teamReportFiles(reportOf(plans));
    const page = files[TEAM_REPORT_FILES.html]!;
    expect(page).toContain('Manager 0&#39;s team (23)');
    expect(page).not.toContain('Person 12 → Senior Engineer');
    const csv = Papa.parse<string[]>(files[TEAM_REPORT_FILES.heatmap]!.trim()).data;
    expect(csv).toHaveLength(plans.length + 1);
    expect(csv[0]!.slice(0, 4)).toEqual(['employee', 'manager', 'target role', 'readiness %']);
  });
});
