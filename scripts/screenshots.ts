// `npm run screenshots`: the README's pictures of the main job, remade from the bundled examples in real Chromium
// (the plan report), then each surface's own screenshot script (extension, add-on cards, team report and site).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { captureIO } from './cli/io';
import { main } from './trellis';
import { launchBrowser } from './test-support/chromium';

const root = resolve(import.meta.dirname, '..');
const shots = join(root, 'docs', 'screenshots');

async function planReport(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'trellis-shot-'));
  const io = captureIO(root);
  if ((await main(['example', '--out', out, '--today', '2026-11-24'], io)) !== 0) throw new Error(io.err());
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    await page.goto(pathToFileURL(join(out, 'alex-rivera-senior-engineer.report.html')).href);
    await page.screenshot({ path: join(shots, 'plan-report.png') });
    // the lattice alone: levels lined up across tracks, moves between tracks kept to lanes and gutters
    await page.locator('svg.lattice').first().screenshot({ path: join(shots, 'lattice.png') });
  } finally {
    await browser.close();
  }
  process.stdout.write('wrote docs/screenshots/plan-report.png and docs/screenshots/lattice.png\n');
}

await planReport();
if (!process.argv.includes('--report-only')) {
  const run = (args: string[]) => execFileSync('npm', args, { cwd: root, stdio: 'inherit' });
  run(['run', 'screenshots:extension']);
  run(['run', 'addon:preview', '--', '--screenshots']);
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/team/screenshots.ts')], { cwd: root, stdio: 'inherit' });
}
