// `npm run bench`: runs every scripts/bench/*.bench.ts in its own process (so timings and peak memory are
// each bench's own) and passes on their JSON lines: one line per figure, { name, value, unit, target, pass }.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  for (const text of run.stdout.split('\n').filter((l) => l.trim().startsWith('{'))) {
    process.stdout.write(`${text}\n`);
    if (JSON.parse(text).pass === false) failed++;
  }
  if (run.status !== 0) {
    process.stderr.write(`bench ${file} exited with ${run.status ?? run.signal}\n`);
    failed++;
  }
}
if (failed) process.stderr.write(`${failed} figure(s) missed their target or a bench failed\n`);
process.exitCode = failed ? 1 : 0;
