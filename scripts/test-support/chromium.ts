// Launching Debian's Chromium for end-to-end tests (never a downloaded browser): one place for the path and
// the flags this closed-network machine needs, used by the extension's and the reports' browser tests.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean) as string[];

/** The Chromium binary, or a clear error telling how to install it. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`Chromium not found (looked in ${CANDIDATES.join(', ')}): run "apt-get install -y chromium" (.ci/run does) or set CHROMIUM_PATH`);
  return found;
}

/** Flags that keep Chromium quiet on a machine with no internet (no background fetches, no sync). */
export const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_FLAGS });
}

/** A persistent context with an unpacked extension loaded (MV3 extensions need a persistent profile). */
export async function launchWithExtension(extensionDir: string): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'trellis-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...QUIET_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
}
