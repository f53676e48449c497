// Extension benchmarks: content script size (gzipped), panel latency after the popover appears (median of 20
// openings in Chromium), and the longest main-thread task on a fixture week of 300 events.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXTENSION_DIR, launch, openCalendar, runningOccurrence, serveCalendar } from '../../extension/e2e/harness';
import { contentScriptFiles, contentScriptGzipBytes } from '../../extension/build/content-script';
import type { FixtureEvent } from '../../extension/fixtures/calendar/calendar-fixture';
import { line, median } from './line';

if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
  const build = spawnSync('npm', ['run', 'build:extension'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('could not build the extension (npm run build:extension)');
}

const print = (l: ReturnType<typeof line>) => console.log(JSON.stringify(l));

print(line('extension content script size (gzip)', contentScriptGzipBytes() / 1024, 'KB', '<= 40', { files: contentScriptFiles().length }));

// A busy week: 300 events, among them one-on-ones with different people and group meetings.
const people = ['alex', 'sam', 'kim', 'lee', 'ravi', 'noor'];
const week: FixtureEvent[] = Array.from({ length: 300 }, (_, i) => {
  const person = people[i % people.length]!;
  const group = i % 3 === 2;
  return {
    ...runningOccurrence(`series${i}`, 20 + (i % 50)),
    calendar: 'dana@example.com',
    title: group ? `Team sync ${i}` : `${person[0]!.toUpperCase()}${person.slice(1)} / Dana`,
    guests: [{ email: 'dana@example.com', name: 'Dana Lee', organizer: true }, { email: `${person}@example.com`, name: person }, ...(group ? [{ email: `x${i}@example.com` }] : [])],
  };
});

const browser = await launch();
try {
  await serveCalendar(browser.context, { events: week });
  // tsx keeps function names with a __name helper that the page does not have; give it one
  await browser.context.addInitScript({ content: 'window.__name = (f) => f;' });
  const { page } = await openCalendar(browser.context);
  await page.waitForTimeout(500);

  const latencies: number[] = [];
  for (let n = 0; n < 20; n++) {
    const index = [0, 1, 3, 4][n % 4]!; // one-on-ones only
    const ms = await page.evaluate(
      (index) =>
        new Promise<number>((resolve, reject) => {
          const w = window as unknown as { fixture: { open(i: number): void } };
          let t0 = 0;
          const seen = () => {
            const host = document.querySelector('[data-trellis="panel"]') as HTMLElement | null;
            return !!host && host.checkVisibility() && (host.shadowRoot?.querySelectorAll('[data-trellis="prompt"]').length ?? 0) > 0;
          };
          const observer = new MutationObserver(() => {
            if (seen()) {
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          });
          observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
          setTimeout(() => reject(new Error('no panel within 2 s')), 2000);
          t0 = performance.now();
          w.fixture.open(index);
        }),
      index,
    );
    latencies.push(ms);
    await page.evaluate(() => (window as unknown as { fixture: { close(): void } }).fixture.close());
    await page.waitForFunction(() => !document.querySelector('[data-trellis="panel"]'));
    await page.waitForTimeout(50);
  }
  print(line('extension panel visible after popover (median of 20)', median(latencies), 'ms', '< 100', { max: Math.round(Math.max(...latencies) * 10) / 10 }));

  await page.close();

  // Long tasks over a whole visit, by real clicks: loading the 300-event week, one-on-ones and group meetings
  // across it, Calendar re-rendering their sections, in-page navigation to the full event page and back.
  // The machine is shared, so a stray long task can be another process's doing: three visits, the median
  // of their longest tasks is the figure, every visit's longest is reported beside it.
  await browser.context.addInitScript({
    content: `window.__longest = 0; window.__longtasks = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) { window.__longtasks++; window.__longest = Math.max(window.__longest, e.duration); } }).observe({ type: 'longtask', buffered: true });`,
  });
  const visits: { longest: number; count: number }[] = [];
  for (let visit = 0; visit < 3; visit++) {
    const { page } = await openCalendar(browser.context);
    await page.waitForTimeout(300);
    for (let n = 0; n < 20; n++) {
      await page.click(`[data-fixture-index="${(n * 37 + visit) % 300}"]`);
      await page.waitForTimeout(120);
      await page.evaluate(() => (window as unknown as { fixture: { rerender(): void } }).fixture.rerender());
      await page.waitForTimeout(30);
      await page.click('div[role="dialog"] [data-fixture="close"]');
    }
    await page.click('[data-fixture-index="0"]');
    await page.click('div[role="dialog"] [data-fixture="edit"]');
    await page.waitForSelector('[data-trellis="panel"]');
    await page.goBack();
    await page.waitForTimeout(300);
    // the observer must be able to see a long task, or the figure means nothing
    const before = await page.evaluate(() => (window as unknown as { __longest: number; __longtasks: number }).__longest);
    const count = await page.evaluate(() => (window as unknown as { __longtasks: number }).__longtasks);
    await page.evaluate(() => {
      setTimeout(() => {
        const until = performance.now() + 80;
        while (performance.now() < until);
      }, 0);
    });
    await page.waitForTimeout(300);
    if ((await page.evaluate(() => (window as unknown as { __longest: number }).__longest)) < 80) throw new Error('the longtask observer did not see an 80 ms probe task: the long-task figure cannot be trusted');
    visits.push({ longest: before, count });
    await page.close();
  }
  print(line('extension longest main-thread task, 300-event week (median of 3 visits)', median(visits.map((v) => v.longest)), 'ms', '< 50', { visits: visits.map((v) => Math.round(v.longest)), longTasks: visits.map((v) => v.count), events: week.length }));
} finally {
  await browser.context.close();
}
