// The ladder bench (run by ingest-ladder-md and ingest-ladder-html): a 1,000-role × 200-competency ladder with prose
// cells (what each level looks like), published as a Markdown pipe table and as an HTML table (about 5 MB each), read
// to a framework the way `trellis framework` reads it: once, in a process of its own (ladder-read-once.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { line, median } from './line';
import type { ReadOnce } from './ladder-read-once';

export const ROLES = 1_000;
export const COMPETENCIES = 200;
/** Each run is a fresh process, as each `trellis framework` is: no run inherits a heap grown by the one before. */
const RUNS = 5;

const verbs = ['Explains', 'Designs', 'Reviews', 'Leads', 'Improves', 'Plans'];
const cell = (c: number, r: number) => `${verbs[(c + r) % verbs.length]} area ${c + 1} at ${r + 1}.`;
const titles = Array.from({ length: ROLES }, (_, r) => `Level ${r + 1}`);

function markdown(): string {
  const out = ['# Company ladder', '', `| Competency | ${titles.join(' | ')} |`, `|---|${titles.map(() => '---').join('|')}|`];
  for (let c = 0; c < COMPETENCIES; c++) out.push(`| Competency ${c + 1} | ${titles.map((_, r) => cell(c, r)).join(' | ')} |`);
  return `${out.join('\n')}\n`;
}

function html(): string {
  const rows = [`<tr><th>Competency</th>${titles.map((t) => `<th>${t}</th>`).join('')}</tr>`];
  for (let c = 0; c < COMPETENCIES; c++) rows.push(`<tr><td>Competency ${c + 1}</td>${titles.map((_, r) => `<td>${cell(c, r)}</td>`).join('')}</tr>`);
  return `<html><body><h1>Company ladder</h1><table>\n${rows.join('\n')}\n</table></body></html>`;
}

const here = dirname(fileURLToPath(import.meta.url));

export async function benchLadder(which: 'markdown' | 'html'): Promise<void> {
  const [format, ext, make] = which === 'markdown' ? (['markdown', '.md', markdown] as const) : (['html', '.html', html] as const);
  const dir = mkdtempSync(join(tmpdir(), 'trellis-bench-ladder-'));
  const file = join(dir, `ladder${ext}`);
  const bytes = Buffer.from(make());
  writeFileSync(file, bytes);
  const runs: ReadOnce[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, 'ladder-read-once.ts'), file], { encoding: 'utf8' });
      const out = child.stdout.split('\n').find((l) => l.startsWith('{'));
      if (child.status !== 0 || !out) throw new Error(`${format}: the reading process failed (${child.status ?? child.signal}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
      runs.push(JSON.parse(out) as ReadOnce);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const peaks = runs.map((r) => r.peakBytes / bytes.length);
  const extra = { bytes: bytes.length, roles: ROLES, competencies: COMPETENCIES, runs: RUNS, measure: runs[0]!.measure };
  console.log(JSON.stringify(line(`ladder ${format} ${ROLES}×${COMPETENCIES} prose cells to framework`, median(runs.map((r) => r.ms)), 'ms', '< 2000', { ...extra, msEach: runs.map((r) => Math.round(r.ms)) })));
  // the largest of the runs, not their median: the target holds on every run
  console.log(
    JSON.stringify(
      line(`ladder ${format} peak memory / file size`, Math.max(...peaks), 'x', '< 10', {
        ...extra,
        peakMb: Math.round(Math.max(...runs.map((r) => r.peakBytes)) / 1e6),
        each: peaks.map((p) => Math.round(p * 100) / 100),
        // of the peak, V8's young generation grown during the read (semispaces, up to 32 MB whatever the file's size)
        youngGenerationMb: runs.map((r) => Math.round(r.youngGenerationBytes / 1e6)),
      }),
    ),
  );
}
