// Runs one fuzz case as its own process (so a hang, a crash or its memory is its own) and sorts what happened.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FuzzCase } from './corpus';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'child.js');

export type Outcome = 'accepted' | 'refused-located' | 'refused-whole-file' | 'unexpected-error' | 'stack-trace' | 'crash' | 'hang';

export interface CaseResult {
  id: string;
  kind: string;
  claim: FuzzCase['claim'];
  outcome: Outcome;
  exit: number | null;
  seconds: number;
  peakMb: number;
  stderr: string;
  /** A file that is not what it claims, accepted (exit 0). */
  acceptedBad: boolean;
  /** A good file refused. */
  refusedGood: boolean;
}

const STACK_LINE = /^\s+at .+(\(|\s)[^()\s]+:\d+:\d+\)?$/m;
/** A message that says where: a line, cell, sheet, paragraph, field path or limit named. */
const LOCATED = /\b(line \d+|cell [A-Z]+\d+|sheet |paragraph \d+|row \d+|\w+\[\d+\]|\.\w+: |limit of)|--[a-z-]+ "/;

export function runCase(dir: string, c: FuzzCase, timeoutMs = 10_000): Promise<CaseResult> {
  const started = process.hrtime.bigint();
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--max-old-space-size=2048', CHILD, ...c.args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let usage = '';
    child.stderr!.on('data', (d: Buffer) => {
      if (stderr.length < 200_000) stderr += d.toString('utf8');
    });
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (usage += d.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakMb = 0;
      try {
        peakMb = JSON.parse(usage).maxRssKb / 1024;
      } catch {
        peakMb = Number.NaN; // died before it could say (a crash or a kill)
      }
      const outcome: Outcome = timedOut
        ? 'hang'
        : STACK_LINE.test(stderr)
          ? 'stack-trace'
          : signal || code === null || (code !== 0 && code !== 1 && code !== 2 && code !== 70)
            ? 'crash'
            : code === 70
              ? 'unexpected-error'
              : code === 0
                ? 'accepted'
                : LOCATED.test(stderr)
                  ? 'refused-located'
                  : 'refused-whole-file';
      resolveRun({ id: c.id, kind: c.kind, claim: c.claim, outcome, exit: code, seconds, peakMb, stderr, acceptedBad: c.claim === 'bad' && outcome === 'accepted', refusedGood: c.claim === 'good' && outcome !== 'accepted' });
    });
  });
}
