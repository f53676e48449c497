// The sandbox runs the BUILT bundle: this says clearly when dist/workspace-addon is missing or older than the
// sources (npm test builds it first; after editing the add-on, run `npm run build:addon`).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST } from './host';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export function ensureBuilt(): void {
  const code = join(DIST, 'Code.js');
  if (!existsSync(code)) throw new Error(`${code} is missing: run "npm run build:addon" (npm test does it first)`);
  const sources = Math.max(newest(resolve(DIST, '../../workspace-addon/src')), newest(resolve(DIST, '../../shared')), statSync(resolve(DIST, '../../workspace-addon/appsscript.json')).mtimeMs);
  if (sources > statSync(code).mtimeMs) throw new Error(`${code} is older than workspace-addon/src or shared: run "npm run build:addon"`);
}
