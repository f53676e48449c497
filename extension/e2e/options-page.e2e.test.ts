// The options page in real Chromium: linked plans from pasted links, the question bank, detection rules,
// privacy of notes, export and import with errors that say where.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getStorage, launch, setStorage, type Launched } from './harness';
import { defaultSettings, type Settings } from '../src/common/settings';

let browser: Launched;
let page: Page;

const settings = async () => (await getStorage(browser.worker, 'settings')).settings as Settings;

beforeAll(async () => {
  browser = await launch();
  await setStorage(browser.worker, { 'notes:series1': { text: 'private', title: 'Alex / Dana', updatedAt: '2026-03-02T10:00:00Z' } });
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await page.waitForSelector('[data-testid="linked-plans"]');
});
afterAll(async () => {
  await browser?.context.close();
});

describe('options page', () => {
  it('links a plan from a pasted Drive link, and refuses text that is not one', async () => {
    const section = page.locator('[data-testid="linked-plans"]');
    await section.locator('input[aria-label="Attendee email"]').fill('Alex@Example.com');
    await section.locator('input[aria-label="Plan file link or id"]').fill('https://drive.google.com/file/d/1AlexPlanFileId_abcdefgh/view?usp=sharing');
    await section.getByRole('button', { name: 'Link plan' }).click();
    await expect.poll(async () => (await settings())?.linkedPlans).toEqual([{ email: 'alex@example.com', fileId: '1AlexPlanFileId_abcdefgh' }]);
    await section.locator('input[aria-label="Attendee email"]').fill('sam@example.com');
    await section.locator('input[aria-label="Plan file link or id"]').fill('my plan');
    await section.getByRole('button', { name: 'Link plan' }).click();
    await expect.poll(() => section.locator('[data-testid="link-errors"]').textContent()).toContain('"my plan" is not a Drive link or file id');
    expect((await settings()).linkedPlans).toHaveLength(1);
  });

  it('edits, adds and disables questions in the bank', async () => {
    const bank = page.locator('[data-testid="question-bank"]');
    await bank.locator('input[aria-label="Use question five-years"]').uncheck();
    await expect.poll(async () => (await settings()).disabledQuestionIds).toEqual(['five-years']);
    const row = bank.locator('tr[data-question-id="strengths"]');
    await row.getByRole('button', { name: 'Edit' }).click();
    await row.locator('input[aria-label="Text of strengths"]').fill('Which strengths do you want to be known for?');
    await row.getByRole('button', { name: 'Save' }).click();
    await bank.locator('input[aria-label="New question"]').fill('What would make next quarter great for your growth?');
    await bank.locator('select[aria-label="Topic"]').selectOption('goals');
    await bank.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(async () => (await settings()).customQuestions.map((q) => [q.id.startsWith('team-') ? 'team-*' : q.id, q.text, q.topic])).toEqual([
      ['strengths', 'Which strengths do you want to be known for?', 'strengths'],
      ['team-*', 'What would make next quarter great for your growth?', 'goals'],
    ]);
  });

  it('says in words what to do with a question edited to nothing, and keeps it open for editing', async () => {
    const row = page.locator('[data-testid="question-bank"] tr[data-question-id="strengths"]');
    await row.getByRole('button', { name: 'Edit' }).click();
    await row.locator('input[aria-label="Text of strengths"]').fill('   ');
    await row.getByRole('button', { name: 'Save' }).click();
    const errors = page.locator('[data-testid="question-bank"] [role="alert"]');
    await expect.poll(() => errors.textContent()).toBe('write the question (it cannot be empty), or untick it to stop using it');
    expect(await row.locator('input[aria-label="Text of strengths"]').count()).toBe(1);
    expect((await settings()).customQuestions.find((q) => q.id === 'strengths')!.text).toBe('Which strengths do you want to be known for?');
  });

  it('saves detection rules and explains a pattern that is not valid', async () => {
    const rules = page.locator('[data-testid="rules"]');
    await rules.locator('textarea[aria-label="Extra title patterns"]').fill('career chat\n/([/');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    await expect.poll(() => rules.locator('[data-testid="rules-errors"]').textContent()).toContain('rules.extraTitlePatterns[1]: "/([/" is not a valid regular expression');
    await rules.locator('textarea[aria-label="Extra title patterns"]').fill('career chat');
    await rules.locator('textarea[aria-label="Excluded title patterns"]').fill('interview');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    await expect.poll(async () => (await settings()).rules).toMatchObject({ extraTitlePatterns: ['career chat'], excludeTitlePatterns: ['interview'], attendeeCount: true, titlePatterns: true });
  });

  it('says notes stay on this device, and deletes them on request', async () => {
    const privacy = page.locator('[data-testid="privacy"]');
    expect(await privacy.textContent()).toContain('notes stay on this device');
    expect(await privacy.textContent()).toContain('1 meeting series have notes on this device.');
    page.once('dialog', (d) => d.accept());
    await privacy.getByRole('button', { name: 'Delete all notes' }).click();
    await expect.poll(() => privacy.textContent()).toContain('Deleted the notes of 1 series.');
    expect(await getStorage(browser.worker, 'notes:series1')).toEqual({});
  });

  it('exports settings and imports them back; a bad file is refused with errors that say where', async () => {
    const transfer = page.locator('[data-testid="transfer"]');
    const [download] = await Promise.all([page.waitForEvent('download'), transfer.getByRole('button', { name: 'Export settings' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ kind: 'trellis.extension-settings', version: 1, settings: { linkedPlans: [{ email: 'alex@example.com' }] } });
    expect(JSON.stringify(exported)).not.toContain('private');

    const bad = structuredClone(exported);
    bad.settings.linkedPlans.push({ email: 'not-an-email', fileId: 'x' });
    const input = transfer.locator('input[type="file"]');
    await input.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const errors = transfer.locator('[data-testid="import-errors"]');
    await expect.poll(() => errors.textContent()).toContain('team.json was not imported; nothing changed');
    expect(await errors.textContent()).toContain('settings.linkedPlans[1].email: an email address');
    expect(await errors.textContent()).toContain('settings.linkedPlans[1].fileId: "x" is not a Drive link or file id');
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => errors.textContent()).toContain('not valid JSON');

    await page.locator('[data-testid="linked-plans"]').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(async () => (await settings()).linkedPlans).toEqual([]);
    await input.setInputFiles({ name: 'trellis-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => transfer.locator('[data-testid="import-done"]').textContent()).toContain('1 linked plans, 2 team questions');
    expect((await settings()).linkedPlans).toEqual([{ email: 'alex@example.com', fileId: '1AlexPlanFileId_abcdefgh' }]);
  });

  it('shows imported settings at once, and its Save buttons keep them (never write back what was shown before)', async () => {
    await setStorage(browser.worker, { settings: { ...defaultSettings(), selfEmail: 'old@example.com' } });
    await page.reload();
    await page.waitForSelector('[data-testid="linked-plans"]');
    const imported = { kind: 'trellis.extension-settings', version: 1, settings: { ...defaultSettings(), selfEmail: 'new@example.com', developmentMinutes: 20, rules: { ...defaultSettings().rules, extraTitlePatterns: ['career chat'], excludeTitlePatterns: ['interview'], attendeeCount: false } } };
    await page.locator('[data-testid="transfer"] input[type="file"]').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(imported)) });
    await expect.poll(() => page.locator('[data-testid="import-done"]').count()).toBe(1);
    const rules = page.locator('[data-testid="rules"]');
    await expect.poll(() => rules.locator('textarea[aria-label="Extra title patterns"]').inputValue()).toBe('career chat');
    expect(await page.locator('[data-testid="your-email"]').inputValue()).toBe('new@example.com');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    await page.locator('[data-testid="status"]').getByRole('button', { name: 'Save email' }).click();
    await page.waitForTimeout(300);
    expect(await settings()).toMatchObject({ selfEmail: 'new@example.com', developmentMinutes: 20, rules: { extraTitlePatterns: ['career chat'], excludeTitlePatterns: ['interview'], attendeeCount: false } });
  });

  it('a tab left open shows settings changed elsewhere and, saving, keeps them', async () => {
    const linked = { email: 'zoe@example.com', fileId: '1ZoePlanFileId_abcdefgh' };
    // another options tab (or an import elsewhere) links a plan while this one stays open
    await setStorage(browser.worker, { settings: { ...(await settings()), linkedPlans: [linked] } });
    await expect.poll(() => page.locator('[data-testid="linked-plans"] table').textContent()).toContain('zoe@example.com');
    await page.locator('[data-testid="rules"] textarea[aria-label="Excluded title patterns"]').fill('interview\nfocus time');
    await page.locator('[data-testid="rules"]').getByRole('button', { name: 'Save rules' }).click();
    await expect.poll(async () => (await settings()).rules.excludeTitlePatterns).toEqual(['interview', 'focus time']);
    expect((await settings()).linkedPlans).toEqual([linked]);
    // a change elsewhere the page has not heard of yet is kept too: every save starts from what is stored
    await browser.worker.evaluate(async (plan) => {
      const { settings } = await chrome.storage.local.get('settings');
      (settings as { linkedPlans: unknown[] }).linkedPlans.push(plan);
      await chrome.storage.local.set({ settings });
    }, { email: 'yan@example.com', fileId: '1YanPlanFileId_abcdefgh' });
    await page.locator('[data-testid="question-bank"] input[aria-label="Use question strengths"]').uncheck();
    await expect.poll(async () => (await settings()).disabledQuestionIds).toContain('strengths');
    expect((await settings()).linkedPlans.map((p) => p.email)).toEqual(['zoe@example.com', 'yan@example.com']);
  });
});
