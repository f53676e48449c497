// Checks pages written to disk the way a reader meets them: opened from file:// in real Chromium, following every
// link. Each page must load without console errors, draw its charts at a real size, label them for screen
// readers, and link only to files that exist.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';

export interface PageCheck {
  file: string;
  title: string;
  consoleErrors: string[];
  /** Every inline SVG chart: its size on screen and the text of the labels its aria-labelledby names. */
  charts: { width: number; height: number; label: string }[];
  links: string[];
  brokenLinks: string[];
  externalRequests: string[];
}

/** Opens `start` and every page reachable from it by relative links; returns what each page showed. */
export async function crawlPages(browser: Browser, start: string, options: { maxPages?: number } = {}): Promise<PageCheck[]> {
  const seen = new Set<string>([start]);
  const queue = [start];
  const out: PageCheck[] = [];
  const context = await browser.newContext();
  try {
    while (queue.length && out.length < (options.maxPages ?? 500)) {
      const file = queue.shift()!;
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      const externalRequests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) externalRequests.push(r.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const info = await page.evaluate(() => {
        const charts = [...document.querySelectorAll('svg[role="img"]')].map((svg) => {
          const box = svg.getBoundingClientRect();
          const label = (svg.getAttribute('aria-labelledby') ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' | ');
          return { width: box.width, height: box.height, label };
        });
        const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '').filter(Boolean);
        return { title: document.title, charts, links };
      });
      const brokenLinks: string[] = [];
      for (const href of info.links) {
        const target = new URL(href, page.url());
        if (target.protocol !== 'file:') {
          brokenLinks.push(`${href} (not a relative link)`);
          continue;
        }
        const path = fileURLToPath(target);
        if (!existsSync(path)) brokenLinks.push(href);
        else if (path.endsWith('.html') && !seen.has(path)) {
          seen.add(path);
          queue.push(path);
        }
      }
      out.push({ file, title: info.title, consoleErrors, charts: info.charts, links: info.links, brokenLinks, externalRequests });
      await page.close();
    }
  } finally {
    await context.close();
  }
  return out;
}
