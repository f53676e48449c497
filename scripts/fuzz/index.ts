// `npm run fuzz`: regenerates the adversarial corpus into a temporary folder, runs every case through the command
// that reads it (each in its own process, 10 s at most), and prints JSON lines like the bench's: the count of each
// outcome, stack traces, hangs, bad inputs accepted, and the peak memory of any run. Exit 1 when a target is missed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { line } from '../bench/line';
import type { FuzzCase } from './corpus';
import { runCase, type CaseResult } from './run-case';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));
const parallel = Number(process.env.FUZZ_PARALLEL ?? 2);

const dir = mkdtempSync(join(tmpdir(), 'trellis-fuzz-'));
const generated = Date.now();
const made = spawnSync(process.execPath, ['--import', 'tsx', join(dirname(fileURLToPath(import.meta.url)), 'generate.ts'), dir], { stdio: 'inherit' });
if (made.status !== 0) throw new Error(`the corpus could not be generated (exit ${made.status ?? made.signal})`);
const cases = (JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as FuzzCase[]).filter((c) => !only.length || only.some((o) => c.id.includes(o)));
const files = new Set(cases.flatMap((c) => c.args.filter((a) => a.startsWith('inputs/')).map((a) => a.split('/').slice(0, 3).join('/'))));
process.stderr.write(`fuzz: ${cases.length} runs over ${files.size} generated inputs in ${dir} (made in ${((Date.now() - generated) / 1000).toFixed(1)} s)\n`);

const results: CaseResult[] = [];
let next = 0;
async function worker(): Promise<void> {
  while (next < cases.length) {
    const c = cases[next++]!;
    const r = await runCase(dir, c);
    results.push(r);
    const bad = r.outcome === 'stack-trace' || r.outcome === 'hang' || r.outcome === 'crash' || r.outcome === 'unexpected-error' || r.acceptedBad || r.peakMb > 1024;
    if (verbose || bad) process.stderr.write(`${bad ? 'FAIL' : 'ok  '} ${r.id}: ${r.outcome}${r.acceptedBad ? ' (accepted a bad input)' : ''}${r.refusedGood ? ' (refused a good input)' : ''} exit ${r.exit}, ${r.seconds.toFixed(1)} s, ${r.peakMb.toFixed(0)} MB${bad || verbose ? `\n      ${r.stderr.trim().split('\n').slice(-3).join('\n      ').slice(0, 600)}` : ''}\n`);
  }
}
await Promise.all(Array.from({ length: parallel }, worker));

const count = (f: (r: CaseResult) => boolean) => results.filter(f).length;
const outcomes = ['accepted', 'refused-located', 'refused-whole-file', 'unexpected-error', 'stack-trace', 'crash', 'hang'] as const;
const lines = [
  line('fuzz.inputs', files.size, 'files', '>= 150'),
  line('fuzz.runs', results.length, 'runs', '>= 150'),
  ...outcomes.map((o) => line(`fuzz.outcome.${o}`, count((r) => r.outcome === o), 'runs', o === 'stack-trace' || o === 'hang' || o === 'crash' || o === 'unexpected-error' ? '<= 0' : 'info')),
  line('fuzz.accepted_bad', count((r) => r.acceptedBad), 'runs', '<= 0'),
  line('fuzz.refused_good', count((r) => r.refusedGood), 'runs', '<= 0'),
  line('fuzz.slowest', Math.max(...results.map((r) => r.seconds)), 's', '< 10', { id: results.reduce((a, b) => (b.seconds > a.seconds ? b : a)).id }),
  line('fuzz.peak_memory', Math.max(...results.map((r) => (Number.isNaN(r.peakMb) ? 0 : r.peakMb))), 'MB', '< 1024', { id: results.reduce((a, b) => ((b.peakMb || 0) > (a.peakMb || 0) ? b : a)).id }),
];
for (const l of lines) process.stdout.write(`${JSON.stringify(l)}\n`);
const byKind = new Map<string, Record<string, number>>();
for (const r of results) {
  const k = byKind.get(r.kind) ?? {};
  k[r.outcome] = (k[r.outcome] ?? 0) + 1;
  byKind.set(r.kind, k);
}
for (const [kind, counts] of [...byKind].sort()) process.stdout.write(`${JSON.stringify({ name: `fuzz.kind.${kind}`, ...counts })}\n`);
const victim = readFileSync(join(dir, 'victim.txt'), 'utf8') === 'must survive';
process.stdout.write(`${JSON.stringify(line('fuzz.files_outside_touched', victim ? 0 : 1, 'files', '<= 0'))}\n`);
if (!keep) rmSync(dir, { recursive: true, force: true });
process.exitCode = lines.some((l) => l.pass === false) || !victim ? 1 : 0;
