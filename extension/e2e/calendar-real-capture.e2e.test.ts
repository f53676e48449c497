// The BUILT extension in Chromium on popovers written to follow the June 2026 capture of Calendar's page
// (fixtures/calendar/SOURCES.md): guests in a role=tree beside #xDetDlgAtt, the title inside #xDetDlgWhen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureEvent } from '../fixtures/calendar/calendar-fixture';
import { CAPTURE_STATES } from '../fixtures/calendar/capture-events';
import { getStorage, launch, openCalendar, panel, runningOccurrence, serveCalendar, type Launched } from './harness';

let browser: Launched;
const running = runningOccurrence('clockcap', 20);
const events: FixtureEvent[] = [
  { ...CAPTURE_STATES.oneOnOne, ...runningOccurrence('oneonone1cap', 5) },
  CAPTURE_STATES.group,
  // a 45-minute one-on-one that started 20 minutes ago, its title holding a clock time
  { ...CAPTURE_STATES.clockInTitle, ...running },
  CAPTURE_STATES.lateGuests,
  CAPTURE_STATES.unreadableGuests,
  CAPTURE_STATES.groupRowsMissing,
];
const status = async () => (await getStorage(browser.worker, 'layoutStatus')).layoutStatus as { level: string; missing: string[]; recognised: boolean } | undefined;

beforeAll(async () => {
  browser = await launch();
  // guests and conferencing load 700 ms after the popover opens, as the late rows need
  await serveCalendar(browser.context, { events, sectionDelayMs: 700 });
});
afterAll(async () => {
  await browser?.context.close();
});

describe('Trellis on popovers that follow the real page', () => {
  it('shows the panel beside a one-on-one trimmed from the real popover, and reports the layout recognised', async () => {
    const { page, errors } = await openCalendar(browser.context);
    await page.click('[data-fixture-index="0"]');
    await expect.poll(() => panel(page).count()).toBe(1);
    expect(await panel(page).locator('.meta').first().textContent()).toBe('One-on-one with Alex Rivera');
    await expect.poll(async () => (await status())?.level).toBe('recognised');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows nothing for the real group meeting of four', async () => {
    const { page, errors } = await openCalendar(browser.context);
    await page.click('[data-fixture-index="1"]');
    await page.waitForSelector('[role="tree"] [role="treeitem"]');
    await page.waitForTimeout(900);
    expect(await panel(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the right countdown when the title holds a clock time', async () => {
    const { page } = await openCalendar(browser.context);
    await page.click('[data-fixture-index="2"]');
    await expect.poll(() => panel(page).count()).toBe(1);
    // 45 minutes from 20 minutes ago: the last 15 start in about 10 minutes, not hours away. The meeting began on a
    // whole minute up to a minute before the file was loaded, and the earlier tests took their time since: the
    // countdown is held to the time left by the clock now, within a few seconds
    const text = (await panel(page).locator('[data-trellis="countdown"]').textContent())!;
    const [, minutes, seconds] = /start in (\d+):(\d\d)$/.exec(text)!;
    const shown = Number(minutes) * 60 + Number(seconds);
    const left = (running.startsAt + 30 * 60_000 - Date.now()) / 1000;
    expect(Math.abs(shown - left)).toBeLessThan(5);
    expect(shown).toBeGreaterThan(8 * 60);
    await page.close();
  });

  it('picks up guest rows that are rendered late', async () => {
    const { page, errors } = await openCalendar(browser.context);
    await page.click('[data-fixture-index="3"]');
    // the summary says "2 guests" at once; the rows come 700 ms later
    await page.waitForSelector('#xDetDlgAtt');
    expect(await page.locator('[role="tree"] [role="treeitem"]').count()).toBe(0);
    await expect.poll(() => panel(page).count(), { timeout: 5000 }).toBe(1);
    expect(await panel(page).locator('[data-trellis="by-hand"]').count()).toBe(0);
    expect(await panel(page).locator('.meta').first().textContent()).toBe('One-on-one with Alex Rivera');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers to treat a meeting whose guests cannot be read as a one-on-one, and reports partial recognition', async () => {
    const { page, errors } = await openCalendar(browser.context);
    await page.click('[data-fixture-index="4"]');
    const choice = panel(page).locator('[data-trellis="by-hand"]');
    await expect.poll(() => choice.count(), { timeout: 5000 }).toBe(1);
    expect(await choice.locator('[data-trellis="by-hand-reason"]').textContent()).toContain('guests could not be read on the event popover (2 counted, 0 read)');
    await expect.poll(async () => (await status())?.level).toBe('partial');
    expect((await status())?.missing).toEqual(['guests could not be read on the event popover (2 counted, 0 read)']);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await expect.poll(() => options.locator('[data-testid="layout-status"]').textContent()).toContain('Calendar layout partly recognised: guests could not be read on the event popover (2 counted, 0 read) (since');
    await options.close();
    // the person is picked by hand (no guest could be read, so typed), and the panel follows
    await choice.locator('[data-trellis="by-hand-person"]').fill('alex@example.com');
    await choice.locator('[data-trellis="by-hand-pick"]').click();
    await expect.poll(() => panel(page).locator('[data-trellis="prompt"]').count()).toBe(3);
    expect(await panel(page).locator('.meta').first().textContent()).toBe('One-on-one with alex@example.com');
    // remembered for the series: the next opening goes straight to the panel
    await page.reload();
    await page.waitForSelector('html[data-fixture-ready]', { state: 'attached' });
    await page.click('[data-fixture-index="4"]');
    await expect.poll(() => panel(page).locator('[data-trellis="prompt"]').count()).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('trusts the count when the rows never come: four counted is no one-on-one, and says what it could not read', async () => {
    const { page, errors } = await openCalendar(browser.context);
    await page.click('[data-fixture-index="5"]');
    await page.waitForSelector('#xDetDlgAtt');
    await expect.poll(async () => (await status())?.missing, { timeout: 5000 }).toEqual(['guests not found on the event popover (4 counted)']);
    expect((await status())?.level).toBe('partial');
    expect(await panel(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names the assumed selectors it read the full event page with in the status', async () => {
    const { page } = await openCalendar(browser.context);
    await page.evaluate(() => (window as unknown as { fixture: { edit(i: number): void } }).fixture.edit(0));
    await expect.poll(() => panel(page).count()).toBe(1);
    await expect.poll(async () => ((await getStorage(browser.worker, 'layoutStatus')).layoutStatus as { assumed?: string[] } | undefined)?.assumed).toEqual(['editTitle', 'editStartDate', 'editStartTime', 'editEndTime', 'editGuestRow']);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await expect.poll(() => options.locator('[data-testid="layout-status"]').textContent()).toContain('Selectors no real capture confirms matched: editTitle');
    await options.close();
    await page.close();
  });

  it('runs the layout probe on the open Calendar tab, with consent, and shows counts only', async () => {
    const { page } = await openCalendar(browser.context);
    await page.click('[data-fixture-index="1"]');
    // the popover opens with part of its guest list and re-renders it whole 700 ms later (as Calendar does): the
    // probe counts the page as it stands once all four rows are there
    await expect.poll(() => page.locator('[role="tree"] [role="treeitem"]').count(), { timeout: 5000 }).toBe(4);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    expect(await options.locator('[data-testid="probe-run"]').isDisabled()).toBe(true);
    await options.locator('[data-testid="probe-consent"]').check();
    await options.locator('[data-testid="probe-run"]').click();
    const result = options.locator('[data-testid="probe-result"]');
    await expect.poll(() => result.count()).toBe(1);
    const probe = JSON.parse((await result.textContent())!) as { popoverOpen: boolean; counts: Record<string, { matches: number; support: string }> };
    expect(probe.popoverOpen).toBe(true);
    expect(probe.counts.guestRow).toEqual({ matches: 4, support: 'captured' });
    expect(probe.counts.guestSummary.matches).toBe(1);
    expect(probe.counts.editTitle).toEqual({ matches: 0, support: 'assumed' });
    const text = (await result.textContent())!;
    for (const secret of ['Meeting 32', 'example', 'Dana', 'July']) expect(text).not.toContain(secret);
    await options.close();
    await page.close();
  });
});
