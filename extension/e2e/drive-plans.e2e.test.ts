// Linked plans in real Chromium: the service worker reads the plan from Drive (answered by the test), the panel
// shows its stage and gaps; a refused token is dropped and asked again; a plan changed on Drive meanwhile is
// never overwritten; offline, the cached copy serves.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { launch, openCalendar, panel, serveCalendar, setStorage, stubIdentity, identityLog, getStorage, type Launched } from './harness';
import { testWeek } from './events';
import { ALEX, ALEX_PLAN_FILE, alexApprovedPlan, alexPlan, DANA } from '../test-support/plan-fixture';
import { FakeDriveFile, uploadedPlan } from '../test-support/fake-drive';
import { defaultSettings } from '../src/common/settings';
import { chooseQuestions } from '../../shared/prompts/choose';
import { teamBank } from '../../shared/prompts/built-in-questions';
import { planPromptContext } from '../../shared/prompts/plan-context';
import { questionDay } from '../../shared/prompts/question-day';

function occurrenceStartOf(id: string): string {
  const [, y, mo, d, h, mi, s] = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(id)!;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
}

let browser: Launched;
const events = testWeek();

/** Drive as the test wants it: the plan file (shared with the unit tests), the tokens it was called with, and
 * ways to refuse a token or be offline. */
interface DriveScene {
  file: FakeDriveFile;
  auths: string[];
  status?: (auth: string | undefined) => number | undefined;
  offline?: boolean;
}
let drive: DriveScene;

async function answerDrive(route: Route) {
  const request = route.request();
  const auth = request.headers().authorization;
  drive.auths.push(auth ?? '');
  if (drive.offline) return route.abort('internetdisconnected');
  const forced = drive.status?.(auth);
  if (forced) return route.fulfill({ status: forced, contentType: 'application/json', body: JSON.stringify({ error: { code: forced, message: 'Invalid Credentials' } }) });
  return route.fulfill(drive.file.answer(request.method(), new URL(request.url()), request.postData() ?? ''));
}

beforeAll(async () => {
  browser = await launch();
  await serveCalendar(browser.context, { events });
  await browser.context.route('https://www.googleapis.com/**', answerDrive);
});
afterAll(async () => {
  await browser?.context.close();
});
beforeEach(async () => {
  drive = { file: new FakeDriveFile(ALEX_PLAN_FILE, alexPlan(3)), auths: [] };
  await browser.worker.evaluate(() => chrome.storage.local.clear());
  await setStorage(browser.worker, { settings: { ...defaultSettings(), linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] } });
  await stubIdentity(browser.worker, ['token-1', 'token-2']);
});

async function openOneOnOne(index = 0) {
  const opened = await openCalendar(browser.context);
  await opened.page.click(`[data-fixture-index="${index}"]`);
  await expect.poll(() => panel(opened.page).count()).toBe(1);
  return opened;
}

describe('plans from Drive', () => {
  it('reads the linked plan with the signed-in token and chooses prompts for its stage and gaps', async () => {
    const { page, errors } = await openOneOnOne();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
    expect(drive.auths[0]).toBe('Bearer token-1');
    const plan = await panel(page).locator('[data-trellis="plan"]').textContent();
    expect(plan).toContain('Largest gaps: System design, Mentoring, Coding');
    expect(await panel(page).locator('[data-trellis="open-plan"]').getAttribute('href')).toBe(`https://drive.google.com/file/d/${ALEX_PLAN_FILE}/view`);
    const ids = await panel(page).locator('[data-trellis="prompt"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')));
    // the core's choice for this series, this day and this plan's stage and gaps
    const date = questionDay({ start: occurrenceStartOf(events[0]!.id) }, new Date());
    const expected = chooseQuestions(teamBank(), { seriesId: 'oneonone7alex', date, plan: planPromptContext(alexPlan(3)) });
    expect(ids).toEqual(expected.map((q) => q.id));
    expect(ids).not.toEqual(chooseQuestions(teamBank(), { seriesId: 'oneonone7alex', date }).map((q) => q.id));
    const texts = await panel(page).locator('[data-trellis="prompt"]').allTextContents();
    expect(texts.join(' ')).not.toMatch(/\{(competency|milestone|targetRole)\}/);
    expect((await getStorage(browser.worker, `plan:${ALEX_PLAN_FILE}`))[`plan:${ALEX_PLAN_FILE}`]).toMatchObject({ summary: { revision: 3, employeeName: 'Alex Rivera' } });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('drops a token Drive refuses (401) and asks for a fresh one', async () => {
    drive.status = (auth) => (auth === 'Bearer token-1' ? 401 : undefined);
    const { page } = await openOneOnOne();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
    expect((await identityLog(browser.worker)).removed).toEqual(['token-1']);
    // the plan's read, and the look-up of who is signed in, both go again with the fresh token
    expect(drive.auths[0]).toBe('Bearer token-1');
    expect(new Set(drive.auths)).toEqual(new Set(['Bearer token-1', 'Bearer token-2']));
    expect(drive.auths.at(-1)).toBe('Bearer token-2');
    await page.close();
  });

  it('tells the user to sign in again when Drive keeps refusing, and still shows generic prompts', async () => {
    drive.status = () => 401;
    const { page } = await openOneOnOne();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-error"]').textContent()).toContain('sign in again');
    expect(await panel(page).locator('[data-trellis="sign-in"]').count()).toBe(1);
    expect(await panel(page).locator('[data-trellis="prompt"]').count()).toBe(3);
    await page.close();
  });

  it('without sign-in the panel still works with generic prompts', async () => {
    await stubIdentity(browser.worker, 'signed-out');
    const { page } = await openOneOnOne();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-error"]').textContent()).toContain('Not signed in');
    expect(await panel(page).locator('[data-trellis="prompt"]').count()).toBe(3);
    expect(drive.file.contentReads).toBe(0);
    await page.close();
  });

  it('marks a milestone done on a plan changed elsewhere meanwhile: re-applied on the fresh copy, user told, nothing overwritten', async () => {
    const { page } = await openOneOnOne();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
    // Alex records recognition from another device after Dana opened the panel (revision 4) …
    const elsewhere = (rev: number, text: string) => {
      const plan = drive.file.plan;
      drive.file.put({ ...plan, revision: rev, recognition: [...plan.recognition, { id: `r${rev}`, at: '2026-03-01T09:00:00Z', by: ALEX.email, text }] });
    };
    elsewhere(4, 'Shipped the design doc');
    // … and once more between the worker's read and its save check (revision 5): a conflict inside the save
    drive.file.beforeRead = (n) => {
      if (n === 3) elsewhere(5, 'Ran the retro');
    };
    await panel(page).locator('[data-trellis="quick-actions"] summary').click();
    await panel(page).locator('[data-trellis="complete-milestone"] input[aria-label="Evidence"]').fill('Led the March design review');
    await panel(page).locator('[data-trellis="complete-milestone"] button[type="submit"]').click();
    await expect.poll(() => panel(page).locator('[data-trellis="status"]').textContent()).toContain('had changed since you opened it');
    expect(drive.file.uploads).toHaveLength(1);
    const saved = uploadedPlan(drive.file.uploads[0]!);
    expect(saved.revision).toBe(6);
    expect(saved.recognition.map((r) => r.text)).toEqual(['Shipped the design doc', 'Ran the retro']);
    const milestone = saved.milestones.find((m) => m.id === 'm-design-3')!;
    expect(milestone.status).toBe('done');
    expect(milestone.evidence.map((e) => e.text)).toEqual(['Led the March design review']);
    expect(saved.history.at(-1)).toMatchObject({ action: 'complete-milestone', by: 'dana@example.com' });
    expect(drive.file.uploads[0]!).toContain('"trellisRevision":"6"');
    await page.close();
  });

  it('after approval the manager records a new assessment and confirms a level reached, from the quick actions the rulebook offers', async () => {
    // approved on 10 Feb with Dana's January levels, and the record of what Senior Engineer asks for (66% then)
    drive.file = new FakeDriveFile(ALEX_PLAN_FILE, alexApprovedPlan(3));
    const { page } = await openOneOnOne();
    const readiness = () => panel(page).locator('[data-trellis="plan-readiness"]').textContent();
    await expect.poll(readiness).toBe('Readiness 66% → 66% since approval (10 Feb 2026)');
    await expect.poll(() => panel(page).locator('[data-trellis="plan-progress"]').textContent()).toBe('Progress: 0 of 3 milestones reached, 0 levels confirmed by the manager since approval (2026-02-10)');
    await panel(page).locator('[data-trellis="quick-actions"] summary').click();
    expect(await panel(page).locator('[data-trellis="add-assessment"] h3').textContent()).toBe('New manager assessment');
    await panel(page).locator('[data-trellis="add-assessment"] select').selectOption('mentor');
    await panel(page).locator('[data-trellis="add-assessment"] input[aria-label="Level"]').fill('2');
    await panel(page).locator('[data-trellis="add-assessment"] input[aria-label="Assessment evidence"]').fill('Mentored the new joiner all quarter');
    await panel(page).locator('[data-trellis="add-assessment"] button[type="submit"]').click();
    await expect.poll(() => panel(page).locator('[data-trellis="status"]').textContent()).toBe('Saved to the plan.');
    // mentoring reached (2 of 2): (2.67 + 2 + 2.25) / 9
    await expect.poll(readiness).toBe('Readiness 66% → 77% since approval (10 Feb 2026)');
    await panel(page).locator('[data-trellis="complete-milestone"] input[aria-label="Level reached"]').fill('3');
    await panel(page).locator('[data-trellis="complete-milestone"] input[aria-label="Evidence"]').fill('Led the March design review');
    await panel(page).locator('[data-trellis="complete-milestone"] button[type="submit"]').click();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-progress"]').textContent()).toMatch(/^Progress: 1 of 3 milestones reached, 2 levels confirmed by the manager since approval/);
    // the level confirmed with the milestone is a manager assertion: design reached (3 of 3): (4 + 2 + 2.25) / 9
    await expect.poll(readiness).toBe('Readiness 66% → 92% since approval (10 Feb 2026)');
    const saved = drive.file.plan;
    expect(saved.target).toEqual(alexApprovedPlan(3).target);
    expect(saved.assessment.slice(3).map((a) => [a.competencyId, a.level, a.source, a.by, a.evidence])).toEqual([
      ['mentor', 2, 'manager', 'dana@example.com', 'Mentored the new joiner all quarter'],
      ['design', 3, 'manager', 'dana@example.com', 'Led the March design review'],
    ]);
    expect(saved.milestones.find((m) => m.id === 'm-design-3')!.status).toBe('done');
    await page.close();
  });

  it('reads a plan written before plans recorded their target role (schema 2): readiness is said to be unknown, and a save keeps the file readable', async () => {
    drive.file = new FakeDriveFile(ALEX_PLAN_FILE, { ...alexApprovedPlan(3), target: undefined, schemaVersion: 2 } as never);
    const { page } = await openOneOnOne();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
    expect(await panel(page).locator('[data-trellis="plan-readiness"]').textContent()).toMatch(/^Readiness not known yet: the plan does not record what its target role asks for/);
    await panel(page).locator('[data-trellis="quick-actions"] summary').click();
    await panel(page).locator('[data-trellis="recognition"] input').fill('Thanks for the review');
    await panel(page).locator('[data-trellis="recognition"] button[type="submit"]').click();
    await expect.poll(() => panel(page).locator('[data-trellis="status"]').textContent()).toBe('Saved to the plan.');
    expect(drive.file.plan.schemaVersion).toBe(3);
    expect(drive.file.plan.recognition.map((r) => r.text)).toEqual(['Thanks for the review']);
    await page.close();
  });

  it('a plan saved by someone else between the worker\'s check and its write: Drive\'s version gives it away, theirs is kept, ours goes on top', async () => {
    const { page } = await openOneOnOne();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
    // reads: 1 the panel's refresh, 2 the worker's fresh copy, 3 the save's check; Alex saves right after that one
    drive.file.afterRead = (n, file) => {
      if (n === 3) file.put({ ...file.plan, revision: 4, recognition: [...file.plan.recognition, { id: 'rx', at: '2026-03-01T09:00:00Z', by: ALEX.email, text: 'Wrote the RFC' }] });
    };
    await panel(page).locator('[data-trellis="quick-actions"] summary').click();
    await panel(page).locator('[data-trellis="recognition"] input').fill('Kudos for the review');
    await panel(page).locator('[data-trellis="recognition"] button[type="submit"]').click();
    await expect.poll(() => panel(page).locator('[data-trellis="status"]').textContent()).toContain('Someone else saved Alex Rivera\'s plan at the same moment');
    expect(drive.file.uploads).toHaveLength(2);
    expect(drive.file.plan.revision).toBe(5);
    expect(drive.file.plan.recognition.map((r) => r.text)).toEqual(['Wrote the RFC', 'Kudos for the review']);
    await page.close();
  });

  it('records recognition and saves the private notes to the plan only when asked', async () => {
    const { page } = await openOneOnOne();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
    await panel(page).locator('[data-trellis="notes"]').click();
    await page.keyboard.type('Talked about leading the design review');
    await page.waitForTimeout(500);
    expect(drive.file.uploads).toHaveLength(0);
    await panel(page).locator('[data-trellis="quick-actions"] summary').click();
    await panel(page).locator('[data-trellis="recognition"] input').fill('Great mentoring of the new joiner');
    await panel(page).locator('[data-trellis="recognition"] button[type="submit"]').click();
    await expect.poll(() => panel(page).locator('[data-trellis="status"]').textContent()).toBe('Saved to the plan.');
    // typing and clicking in the panel left Calendar's popover (which closes on an outside mousedown) open
    expect(await page.locator('div[role="dialog"]').count()).toBe(1);
    const saveNotes = panel(page).locator('[data-trellis="save-notes-to-plan"]');
    await saveNotes.click();
    await expect.poll(() => drive.file.uploads.length).toBe(2);
    const saved = uploadedPlan(drive.file.uploads[1]!);
    expect(saved.recognition.at(-1)).toMatchObject({ text: 'Great mentoring of the new joiner', by: 'dana@example.com' });
    expect(saved.checkIns.at(-1)).toMatchObject({ notes: 'Talked about leading the design review', eventId: events[0]!.id });
    expect(saved.checkIns).toHaveLength(1);
    await expect.poll(() => saveNotes.isDisabled()).toBe(true);
    await page.close();
    // the same notes for the same meeting, sent again from a fresh page: the plan has them, nothing is added
    const again = await openOneOnOne();
    await expect.poll(() => panel(again.page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
    await expect.poll(() => again.page.locator('[data-trellis="notes"]').inputValue()).toBe('Talked about leading the design review');
    await panel(again.page).locator('[data-trellis="save-notes-to-plan"]').click();
    await expect.poll(() => panel(again.page).locator('[data-trellis="status"]').textContent()).toContain('already');
    expect(drive.file.uploads).toHaveLength(2);
    await again.page.close();
  });

  it('works offline from the cached plan, and refuses to save rather than lose anything', async () => {
    const first = await openOneOnOne();
    await expect.poll(() => panel(first.page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
    await first.page.close();
    drive.offline = true;
    const { page } = await openOneOnOne();
    await expect.poll(() => panel(page).locator('[data-trellis="plan-error"]').textContent()).toContain('Offline: showing the copy from');
    expect(await panel(page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
    await panel(page).locator('[data-trellis="quick-actions"] summary').click();
    await panel(page).locator('[data-trellis="recognition"] input').fill('Kudos');
    await panel(page).locator('[data-trellis="recognition"] button[type="submit"]').click();
    await expect.poll(() => panel(page).locator('[data-trellis="status"]').textContent()).toContain('cannot be reached: nothing was saved');
    expect(drive.file.uploads).toHaveLength(0);
    await page.close();
  });

  describe('who a quick action is recorded as', () => {
    const recognise = async (index: number, text: string) => {
      const { page } = await openOneOnOne(index);
      await expect.poll(() => panel(page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
      await panel(page).locator('[data-trellis="quick-actions"] summary').click();
      await panel(page).locator('[data-trellis="recognition"] input').fill(text);
      await panel(page).locator('[data-trellis="recognition"] button[type="submit"]').click();
      await expect.poll(() => panel(page).locator('[data-trellis="status"]').textContent()).not.toBe('Saving to the plan…');
      return page;
    };

    it('"Your email" from the options page, even on a one-on-one opened from someone else\'s calendar', async () => {
      await setStorage(browser.worker, { settings: { ...defaultSettings(), selfEmail: DANA.email, linkedPlans: [{ email: ALEX.email, fileId: ALEX_PLAN_FILE }] } });
      drive.file.account = 'dana.lee@gmail.example'; // another account signed in to Chrome: the setting wins
      const page = await recognise(7, 'Recorded by Dana on Sam\'s calendar');
      expect(await panel(page).locator('[data-trellis="status"]').textContent()).toBe('Saved to the plan.');
      const saved = uploadedPlan(drive.file.uploads.at(-1)!);
      expect([saved.recognition.at(-1)!.by, saved.history.at(-1)!.by]).toEqual([DANA.email, DANA.email]);
      expect(drive.file.abouts).toBe(0);
      await page.close();
    });

    it('without it, the Google account signed in to Drive, never the owner of the calendar on screen', async () => {
      // Dana, signed in to Drive, has Sam's calendar open: Sam's one-on-one with Alex
      const page = await recognise(7, 'Recorded by the signed-in account');
      expect(await panel(page).locator('[data-trellis="status"]').textContent()).toBe('Saved to the plan.');
      const saved = uploadedPlan(drive.file.uploads.at(-1)!);
      expect([saved.recognition.at(-1)!.by, saved.history.at(-1)!.by]).toEqual([DANA.email, DANA.email]);
      expect(drive.file.abouts).toBe(1);
      await page.close();
    });

    it('and when Drive cannot say who is signed in, no quick action is offered and the panel says to set "Your email"', async () => {
      drive.file.account = undefined;
      const { page } = await openOneOnOne(0);
      await expect.poll(() => panel(page).locator('[data-trellis="plan-stage"]').textContent()).toBe('active');
      expect(await panel(page).locator('[data-trellis="quick-actions-unknown"]').textContent()).toContain('set "Your email" in Trellis options');
      expect(await panel(page).locator('[data-trellis="quick-actions"]').count()).toBe(0);
      expect(drive.file.uploads).toHaveLength(0);
      await page.close();
    });
  });
});
