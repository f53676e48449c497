// Browser-test harness: the BUILT extension in Debian's Chromium, Calendar served from the fixture pages,
// Drive answered by the test, and only chrome.identity's sign-in replaced (it cannot sign in here).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Route, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/test-support/chromium';
import type { FixtureEvent, FixtureVariant } from '../fixtures/calendar/calendar-fixture';

export const EXTENSION_DIR = fileURLToPath(new URL('../../dist/extension', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/calendar/', import.meta.url));
export const CALENDAR_URL = 'https://calendar.google.com/calendar/u/0/r/week';

/** The browser tests load the build `npm test` makes first; without it they fail saying so. */
export function requireBuild(): string {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`dist/extension/manifest.json is missing: run "npm run build:extension" (npm test builds before it runs vitest)`);
  }
  return EXTENSION_DIR;
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

export async function launch(): Promise<Launched> {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await launchWithExtension(requireBuild());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

export interface CalendarConfig {
  events: FixtureEvent[];
  variant?: FixtureVariant;
  sectionDelayMs?: number;
}

/** Serves the fixture Calendar at calendar.google.com (every path gets the app; it reads the URL itself). */
export async function serveCalendar(context: BrowserContext, config: CalendarConfig): Promise<void> {
  const html = readFileSync(`${FIXTURES}calendar.html`, 'utf8').replace('__CONFIG__', JSON.stringify(config).replace(/</g, '\\u003c'));
  await context.route('https://calendar.google.com/**', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/__fixture/')) {
      const file = url.pathname.slice('/__fixture/'.length);
      if (!/^[\w.-]+\.js$/.test(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(`${FIXTURES}${file}`, 'utf8') });
    }
    return route.fulfill({ status: 200, contentType: 'text/html', body: html });
  });
}

/** Replaces chrome.identity's sign-in in the service worker with tokens the test hands out, recording drops. */
export async function stubIdentity(worker: Worker, tokens: string[] | 'signed-out'): Promise<void> {
  await worker.evaluate((tokens) => {
    const g = globalThis as unknown as { __identity: { tokens: string[] | 'signed-out'; removed: string[]; asked: boolean[] } };
    g.__identity = { tokens, removed: [], asked: [] };
    chrome.identity.getAuthToken = (async (details: { interactive?: boolean }) => {
      g.__identity.asked.push(Boolean(details?.interactive));
      if (g.__identity.tokens === 'signed-out') throw new Error('The user is not signed in.');
      const list = g.__identity.tokens;
      return { token: list[Math.min(g.__identity.removed.length, list.length - 1)] };
    }) as unknown as typeof chrome.identity.getAuthToken;
    chrome.identity.removeCachedAuthToken = (async ({ token }: { token: string }) => {
      g.__identity.removed.push(token);
    }) as unknown as typeof chrome.identity.removeCachedAuthToken;
  }, tokens);
}

export async function identityLog(worker: Worker): Promise<{ removed: string[]; asked: boolean[] }> {
  return worker.evaluate(() => (globalThis as unknown as { __identity: { removed: string[]; asked: boolean[] } }).__identity);
}

export async function setStorage(worker: Worker, values: Record<string, unknown>): Promise<void> {
  await worker.evaluate((values) => chrome.storage.local.set(values), values);
}

export async function getStorage(worker: Worker, key: string | null): Promise<Record<string, unknown>> {
  return worker.evaluate((key) => chrome.storage.local.get(key), key);
}

export async function openCalendar(context: BrowserContext, url = CALENDAR_URL): Promise<{ page: Page; errors: Error[] }> {
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(url);
  await page.waitForSelector('html[data-fixture-ready]', { state: 'attached' });
  return { page, errors };
}

export const panel = (page: Page) => page.locator('[data-trellis="panel"]');

/** "YYYYMMDDTHHMMSSZ" of a Date, as Calendar's occurrence ids carry it. */
export function occurrenceStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function clockText(date: Date): string {
  return `${date.getHours()}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A 45-minute occurrence that started `minutesAgo` minutes ago (local clock times in its when line). */
export function runningOccurrence(series: string, minutesAgo: number, lengthMinutes = 45): Pick<FixtureEvent, 'id' | 'when' | 'date' | 'startTime' | 'endTime'> & { startsAt: number } {
  const start = new Date(Date.now() - minutesAgo * 60_000);
  start.setSeconds(0, 0);
  const end = new Date(start.getTime() + lengthMinutes * 60_000);
  return { id: `${series}_${occurrenceStamp(start)}`, when: `Today ${start.getDate()} ⋅ ${clockText(start)} – ${clockText(end)}`, date: `${start.getDate()}`, startTime: clockText(start), endTime: clockText(end), startsAt: start.getTime() };
}

/** A one-off meeting from this hour to the next, its when line in Calendar's en-US short form ("10 – 11am"). */
export function thisHourToday(): Pick<FixtureEvent, 'when'> {
  const now = new Date();
  const h12 = (h: number) => (h % 12 === 0 ? 12 : h % 12);
  const end = (now.getHours() + 1) % 24;
  return { when: `Today ${now.getDate()} ⋅ ${h12(now.getHours())} – ${h12(end)}${end < 12 ? 'am' : 'pm'}` };
}
