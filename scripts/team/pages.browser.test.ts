import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFileJson } from '../../shared/model/files';
import { frameworkDriveName } from '../../shared/storage/drive-files';
import { testFramework } from '../../shared/test/fixtures';
import { teamPlan, testFrameworkV2 } from '../../shared/test/team-fixtures';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { launchBrowser } from '../test-support/chromium';
import { crawlPages } from '../test-support/static-pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function expectHealthy(pages: Awaited<ReturnType<typeof crawlPages>>) {
  for (const p of pages) {
    expect(p.consoleErrors, p.file).toEqual([]);
    expect(p.brokenLinks, p.file).toEqual([]);
    expect(p.externalRequests, p.file).toEqual([]);
    for (const chart of p.charts) {
      expect(chart.width, p.file).toBeGreaterThan(100);
      expect(chart.height, p.file).toBeGreaterThan(50);
      expect(chart.label, p.file).toMatch(/\S+ \| \S+/);
    }
  }
}

describe('the team report in Chromium', () => {
  it('loads from disk with no console errors, draws its charts, links only to files that exist, and prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-report-browser-'));
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', frameworkDriveName('eng', 1)), toFileJson(testFramework()));
    writeFileSync(join(dir, 'plans', frameworkDriveName('eng', 2)), toFileJson(testFrameworkV2()));
    const people = ['Alex Rivera', 'Bea Novak', 'Cy Park', 'Dee Osei', 'Eli Moreau', 'Fay Lund'];
    people.forEach((employee, i) => {
      const plan = teamPlan({ employee, manager: i % 2 ? 'Morgan Chen' : 'Dana Lee', current: i % 3 ? 'eng2' : 'senior', target: ['senior', 'staff', 'em'][i % 3]!, levels: { code: 3 + (i % 2), design: 2 + (i % 3), comms: 3 }, framework: i === 4 ? testFrameworkV2() : undefined, checkIns: i % 2 ? ['2026-02-20'] : [] });
      writeFileSync(join(dir, 'plans', `${plan.id}.plan.json`), toFileJson(plan));
    });
    writeFileSync(join(dir, 'plans', 'broken.plan.json'), '{');
    expect(await main(['report', 'team', join(dir, 'plans'), '--out', join(dir, 'report'), '--today', '2026-03-01'], captureIO(dir))).toBe(0);
    const pages = await crawlPages(browser, join(dir, 'report', 'team-report.html'));
    expect(pages).toHaveLength(1);
    expectHealthy(pages);
    expect(pages[0]!.charts).toHaveLength(3);
    expect(pages[0]!.links.filter((l) => l.endsWith('.csv')).length).toBeGreaterThanOrEqual(8);

    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'report', 'team-report.html')).href);
    // every heatmap cell of every person is drawn, with a hover text naming the person and competency
    expect(await page.locator('svg.heatmap g.cell').count()).toBeGreaterThan(20);
    expect(await page.locator('svg.heatmap g.cell title').first().textContent()).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+, .+: /);
    // printable: the hidden table alternative opens on paper, and a PDF comes out
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details table').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.close();
  });
});

describe('the published career paths in Chromium', () => {
  it('every page loads from file:// with no console errors, draws its lattice, and every link resolves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-site-browser-'));
    writeFileSync(join(dir, 'eng.framework.json'), toFileJson(testFramework()));
    expect(await main(['publish', 'eng.framework.json', '--out', 'site'], captureIO(dir))).toBe(0);
    const pages = await crawlPages(browser, join(dir, 'site', 'index.html'));
    // home, competencies, start guide, 3 tracks, 6 roles, 6 moves
    expect(pages.length).toBe(1 + 1 + 1 + 3 + 6 + 6);
    expectHealthy(pages);
    const home = pages[0]!;
    expect(home.charts).toHaveLength(1);
    for (const track of pages.filter((p) => /track-/.test(p.file))) expect(track.charts, track.file).toHaveLength(1);

    // the lattice's role boxes are links that open the role's page
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'site', 'track-engineering.html')).href);
    await page.locator('svg.lattice a[href="role-senior.html"]').click();
    await page.waitForURL(/role-senior\.html$/);
    expect(await page.locator('h1').textContent()).toBe('Senior Engineer');
    expect(await page.locator('a[download][href="start/role-senior.objectives.json"]').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.site').isVisible()).toBe(false);
    await page.close();
  });
});
