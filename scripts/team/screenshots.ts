// Re-runnable: `npx tsx scripts/team/screenshots.ts` rewrites docs/screenshots/team-report.png and
// docs/screenshots/published-site.png from the bundled example matrix and a sample team, through the real commands
// and Debian's Chromium.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toFileJson } from '../../shared/model/files';
import type { Framework } from '../../shared/model/framework';
import { PlanSchema, type Plan } from '../../shared/model/plan';
import { personLevels } from '../../shared/gap/levels';
import { createPlan } from '../../shared/plan/generate';
import { frameworkDriveName } from '../../shared/storage/drive-files';
import { seeded } from '../../shared/test/random';
import { findRoutes } from '../../shared/lattice/routes';
import { captureIO } from '../cli/io';
import { readFrameworkFiles } from '../ingest/read-framework';
import { launchBrowser } from '../test-support/chromium';
import { main } from '../trellis';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TODAY = '2026-03-01';
const PEOPLE = ['Alex Rivera', 'Bea Novak', 'Chidi Okafor', 'Dee Osei', 'Eli Moreau', 'Fay Lund', 'Gus Tanaka', 'Hana Ito', 'Ivan Petrov', 'Jo Martins', 'Kai Nakamura', 'Lena Fischer', 'Maya Singh', 'Noor Haddad', 'Omar Khalil', 'Priya Raman', 'Quinn Walsh', 'Rosa Diaz'];
const MANAGERS = ['Dana Lee', 'Morgan Chen', 'Sam Okoro'];

/** A believable team: people in several roles, aiming one or two moves ahead, plans of different ages. */
function sampleTeam(framework: Framework): Plan[] {
  const random = seeded(2026);
  const plans: Plan[] = [];
  for (const [i, name] of PEOPLE.entries()) {
    const current = framework.roles[Math.floor(random() * framework.roles.length)]!;
    const assessment = current.competencies.map((c) => ({ competencyId: c.competencyId, level: Math.max(1, c.level - (random() < 0.3 ? 1 : 0) + (random() < 0.3 ? 1 : 0)), source: 'manager' as const, date: '2025-10-01', evidence: '' }));
    const { levels } = personLevels(framework, assessment);
    const targets = framework.roles.filter((t) => {
      if (t.id === current.id) return false;
      try {
        return findRoutes(framework, levels, current.id, t.id).best.roleIds.length <= 3;
      } catch {
        return false;
      }
    });
    if (!targets.length) continue;
    const target = targets[Math.floor(random() * targets.length)]!;
    const monthsAgo = i % 5 === 2 ? 5 : 1 + Math.floor(random() * 9);
    const start = new Date(Date.UTC(2026, 2 - monthsAgo, 1 + Math.floor(random() * 27))).toISOString().slice(0, 10);
    const plan = createPlan({ id: `${name.toLowerCase().replace(/\s+/g, '-')}`, framework, employee: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com` }, manager: { name: MANAGERS[i % MANAGERS.length]! }, currentRoleId: current.id, targetRoleId: target.id, assessment, by: name, now: `${start}T09:00:00.000Z`, horizonMonths: 9 + Math.floor(random() * 10) });
    // every fifth plan has stalled: no check-in, nothing ticked off
    const stalled = i % 5 === 2;
    const done = stalled ? 0 : Math.floor(plan.milestones.length * random() * 0.6);
    const lastCheckIn = stalled ? 999 : Math.floor(random() * 60);
    plans.push(
      PlanSchema.parse({
        ...plan,
        stage: i % 7 === 3 ? 'leadership-review' : 'active',
        milestones: plan.milestones.map((m, k) => (k < done && m.due <= TODAY ? { ...m, status: 'done', completedAt: `${m.due}T12:00:00.000Z` } : m)),
        checkIns: lastCheckIn < 80 ? [{ at: new Date(Date.parse(`${TODAY}T10:00:00Z`) - lastCheckIn * 86_400_000).toISOString(), by: plan.manager.name, notes: '' }] : [],
      }),
    );
  }
  return plans;
}

async function main_(): Promise<void> {
  const read = await readFrameworkFiles([join(ROOT, 'examples', 'ksa-matrix.csv'), join(ROOT, 'examples', 'transitions.csv')]);
  if (!read.framework) throw new Error('the example matrix did not read');
  const framework = read.framework;
  const work = mkdtempSync(join(tmpdir(), 'trellis-screens-'));
  mkdirSync(join(work, 'plans'));
  writeFileSync(join(work, 'plans', frameworkDriveName(framework.id, framework.version)), toFileJson(framework));
  for (const plan of sampleTeam(framework)) writeFileSync(join(work, 'plans', `${plan.id}.plan.json`), toFileJson(plan));
  const io = captureIO(work);
  if ((await main(['report', 'team', 'plans', '--out', 'report', '--today', TODAY], io)) !== 0) throw new Error(io.err());
  if ((await main(['publish', join('plans', frameworkDriveName(framework.id, framework.version)), '--out', 'site'], io)) !== 0) throw new Error(io.err());
  const out = join(ROOT, 'docs', 'screenshots');
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1180, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(join(work, 'report', 'team-report.html')).href);
    // the page down to the end of the heatmap: the charts a reader looks at first (the tables below are in the CSVs)
    const bottom = await page.locator('h2#stale').evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
    await page.screenshot({ path: join(out, 'team-report.png'), fullPage: true, clip: { x: 0, y: 0, width: 1180, height: Math.round(bottom) - 10 } });
    await page.goto(pathToFileURL(join(work, 'site', 'index.html')).href);
    await page.screenshot({ path: join(out, 'published-site.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  process.stdout.write(`wrote ${join('docs', 'screenshots', 'team-report.png')} and ${join('docs', 'screenshots', 'published-site.png')}\n`);
}

await main_();
