// `npm run realdata -- --score`: scores the readers on the corpus. Each document runs in its own process with a time
// limit; a document not at hand is listed as skipped (never as passed); a crash or a hang is counted as such. Prints
// per document and field which facts hold, then per family and half the share of facts that hold and, where the
// family matches sentences to competencies, precision and recall; last, the totals as JSON lines.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, locate, realdataDir, type CorpusEntry, type DocumentResult, type Half } from './corpus';
import { scorers } from './scorers';

const here = dirname(fileURLToPath(import.meta.url));
const TIME_LIMIT_MS = 30_000;

export interface ScoreOptions {
  only?: string[];
  half?: Half;
  kind?: string;
  verbose?: boolean;
  json?: boolean;
  concurrency?: number;
}

function runOne(kind: string, entry: CorpusEntry<unknown>): Promise<DocumentResult> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'run-one.ts'), kind, entry.id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const base = { id: entry.id, kind: entry.kind, half: entry.half, checks: [] };
      if (signal === 'SIGKILL' && Date.now() - started >= TIME_LIMIT_MS) return done({ ...base, outcome: 'hung', reason: `no answer within ${TIME_LIMIT_MS / 1000} s` });
      const line = out.trim().split('\n').pop();
      try {
        done(JSON.parse(line ?? '') as DocumentResult);
      } catch {
        done({ ...base, outcome: 'crashed', reason: `exit ${code ?? signal}: ${err.trim().split('\n').slice(-5).join(' / ')}` });
      }
    });
  });
}

async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  }));
  return results;
}

const pct = (held: number, total: number) => (total ? `${((100 * held) / total).toFixed(1)}%` : 'n/a');

export async function scoreCorpus(options: ScoreOptions = {}): Promise<number> {
  const write = (s: string) => process.stdout.write(`${s}\n`);
  write(`corpus: ${realdataDir()} (realdata) and ${corpusDir()} (TRELLIS_CORPUS_DIR)`);
  let failures = 0;
  const summary: Record<string, unknown>[] = [];
  for (const scorer of scorers) {
    if (options.kind && scorer.kind !== options.kind) continue;
    const entries = scorer.entries.filter((e) => (!options.only?.length || options.only.includes(e.id)) && (!options.half || e.half === options.half));
    const results = await pool(entries, options.concurrency ?? 2, async (entry): Promise<DocumentResult> => {
      if (!locate(entry)) return { id: entry.id, kind: entry.kind, half: entry.half, outcome: 'skipped', checks: [], reason: `not at hand: ${entry.where === 'realdata' ? 'realdata' : 'TRELLIS_CORPUS_DIR'}/${entry.file} (from ${entry.source})` };
      return runOne(scorer.kind, entry);
    });
    write(`\n# ${scorer.kind}s: ${entries.length} documents`);
    for (const half of ['tuning', 'check'] as Half[]) {
      const mine = results.filter((r) => r.half === half);
      if (!mine.length) continue;
      write(`\n## ${half} half`);
      for (const r of mine) {
        const entry = entries.find((e) => e.id === r.id)!;
        const held = r.checks.filter((c) => c.holds).length;
        const head = r.outcome === 'scored' ? `${held}/${r.checks.length} facts hold (${pct(held, r.checks.length)})${r.ms !== undefined ? `, ${r.ms} ms` : ''}` : r.outcome.toUpperCase();
        write(`\n### ${r.id} [${entry.company} · ${entry.sector} · ${entry.format}]: ${head}`);
        if (r.reason) write(`  ${r.outcome}: ${r.reason.split('\n').slice(0, 6).join('\n    ')}`);
        for (const c of r.checks) {
          if (c.holds && !options.verbose) write(`  ✓ ${c.field}: ${c.expected.length > 100 ? `${c.expected.slice(0, 99)}…` : c.expected}`);
          else if (c.holds) write(`  ✓ ${c.field}: ${c.expected}`);
          else write(`  ✗ ${c.field}: expected ${c.expected} | got ${c.actual}`);
        }
        if (r.matching) write(`  matching: ${r.matching.truePositives} right, ${r.matching.falsePositives} wrong, ${r.matching.falseNegatives} missed`);
        for (const n of r.notes ?? []) write(`  note: ${n}`);
      }
      const scored = mine.filter((r) => r.outcome === 'scored');
      const facts = scored.flatMap((r) => r.checks);
      const held = facts.filter((c) => c.holds).length;
      const crashed = mine.filter((r) => r.outcome === 'crashed').length;
      const hung = mine.filter((r) => r.outcome === 'hung').length;
      const skipped = mine.filter((r) => r.outcome === 'skipped').length;
      failures += crashed + hung;
      const tp = scored.reduce((n, r) => n + (r.matching?.truePositives ?? 0), 0);
      const fp = scored.reduce((n, r) => n + (r.matching?.falsePositives ?? 0), 0);
      const fn = scored.reduce((n, r) => n + (r.matching?.falseNegatives ?? 0), 0);
      const hasMatching = scored.some((r) => r.matching);
      const precision = tp + fp ? tp / (tp + fp) : 1;
      const recall = tp + fn ? tp / (tp + fn) : 1;
      write(`\n${scorer.kind} ${half} half: ${held}/${facts.length} facts hold (${pct(held, facts.length)}) in ${scored.length} documents scored; ${skipped} skipped (not at hand), ${crashed} crashed, ${hung} hung${hasMatching ? `; matching precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} right, ${fp} wrong, ${fn} missed)` : ''}`);
      summary.push({ kind: scorer.kind, half, documents: mine.length, scored: scored.length, skipped, crashed, hung, facts: facts.length, held, share: facts.length ? +(held / facts.length).toFixed(4) : null, ...(hasMatching ? { precision: +precision.toFixed(4), recall: +recall.toFixed(4) } : {}) });
    }
  }
  write('');
  for (const s of summary) write(JSON.stringify(s));
  return failures ? 1 : 0;
}
