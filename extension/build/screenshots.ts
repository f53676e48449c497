// Screenshots for the README: the panel beside a one-on-one on the fixture Calendar page (with a linked plan
// served as Drive would), and the options page. Re-run with `npm run screenshots:extension` after a build.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openCalendar, serveCalendar, setStorage, stubIdentity } from '../e2e/harness';
import { testWeek, XSS_TITLE } from '../e2e/events';
import { ALEX, ALEX_PLAN_FILE, alexPlan } from '../test-support/plan-fixture';
import { defaultSettings } from '../src/common/settings';

const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

const browser = await launch();
try {
  // the test week without the event whose title is an attack (the browser tests' own business)
  await serveCalendar(browser.context, { events: testWeek().filter((e) => e.title !== XSS_TITLE) });
  await browser.context.route('https://www.googleapis.com/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(alexPlan(3)) }));
  await stubIdentity(browser.worker, ['screenshot-token']);
  await setStorage(browser.worker, {
    settings: { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] },
    'notes:oneonone7alex': { text: 'Last time: Alex wants to lead the Q3 design review. Ask how the RFC is going.', title: 'Alex / Dana', updatedAt: new Date().toISOString() },
  });
  const { page } = await openCalendar(browser.context);
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.click('[data-fixture-index="0"]');
  await page.locator('[data-trellis="panel"] [data-trellis="plan-stage"]').waitFor();
  await page.locator('[data-trellis="panel"] [data-trellis="notes"]').waitFor();
  await page.waitForFunction(() => (document.querySelector('[data-trellis="panel"]')?.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement | null)?.value.length);
  await page.screenshot({ path: `${out}extension-panel.png` });

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.locator('[data-testid="linked-plans"]').waitFor();
  await options.screenshot({ path: `${out}extension-options.png`, fullPage: true });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.context.close();
}
