// The fuzz harness inside `npm test` (bounded: well under 60 s): every CLI entry point fed generated hostile files
// by fast-check, plus the adversarial corpus of `npm run fuzz` at a small scale, all in-process. No run may end in
// an unexpected error or a stack trace, a bad input is never accepted, a good one is never refused, and nothing is
// written outside the folders given. (`npm run fuzz` runs the full-size corpus, each case in its own process, for
// hangs and memory.)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../cli/io';
import { main } from '../trellis';
import { writeCorpus } from './corpus';

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

async function run(dir: string, args: string[]) {
  const io = captureIO(dir);
  let code: number;
  try {
    code = await main(args, io);
  } catch (error) {
    throw new Error(`${args.join(' ')} threw out of main: ${(error as Error).stack}`);
  }
  return { code, err: io.err(), out: io.out() };
}

function expectHandled(result: { code: number; err: string }, what: string) {
  expect(result.err, what).not.toMatch(STACK_LINE);
  expect(result.err, what).not.toContain('unexpected error');
  expect([0, 1, 2], `${what}: exit ${result.code}\n${result.err}`).toContain(result.code);
}

describe('the adversarial corpus, small scale, in-process', () => {
  it('refuses every bad input with a message, reads every good one, and touches nothing outside its folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-fuzz-test-'));
    // random bytes are fast-check's below; a job description's reader is the same through `role` and `plan --jd`,
    // so the slower plan runs are kept for the kinds where the plan itself matters
    const planMatters = new Set(['encodings', 'binary under a text name', 'names', 'bad dates', 'bad numbers', 'path tricks']);
    const cases = writeCorpus(dir, 7, 0.02).filter((c) => !c.id.startsWith('random-') && !c.id.endsWith('.example') && !c.id.startsWith('example-') && (!c.id.endsWith('.plan') || planMatters.has(c.kind)));
    expect(cases.length).toBeGreaterThan(80);
    const failures: string[] = [];
    // bounded for CI: on a slow machine the cases after 45 s are left to `npm run fuzz` (at least half always run)
    const stopAt = Date.now() + 45_000;
    let ran = 0;
    for (const c of cases) {
      if (Date.now() > stopAt && ran * 2 >= cases.length) break;
      ran++;
      const r = await run(dir, c.args);
      const what = `${c.id} (${c.kind})`;
      if (STACK_LINE.test(r.err) || r.err.includes('unexpected error') || ![0, 1, 2].includes(r.code)) failures.push(`${what}: exit ${r.code}: ${r.err.slice(0, 300)}`);
      else if (c.claim === 'bad' && r.code === 0) failures.push(`${what}: a bad input was accepted`);
      else if (c.claim === 'good' && r.code !== 0) failures.push(`${what}: a good input was refused: ${r.err.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('must survive');
  }, 150_000);
});

describe('fast-check over every command that reads files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-fuzz-fc-'));
  for (const f of ['ksa-matrix.csv', 'transitions.csv', 'assessment.csv', 'objectives.json', 'job-description.md']) writeFileSync(join(dir, f), readFileSync(join(__dirname, '../../examples', f)));
  const fw = ['--framework', 'ksa-matrix.csv', '--framework', 'transitions.csv'];
  let n = 0;
  const file = (ext: string, content: string | Uint8Array) => {
    const name = `in-${n++}.${ext}`;
    writeFileSync(join(dir, name), content);
    return name;
  };
  const commandsFor = (name: string, ext: string): string[][] =>
    ['md', 'html', 'txt', 'docx'].includes(ext)
      ? [['role', name, ...fw]]
      : ext === 'plan.json'
        ? [['report', 'team', (mkdirSync(join(dir, `plans-${n}`)), writeFileSync(join(dir, `plans-${n}`, 'x.plan.json'), readFileSync(join(dir, name))), `plans-${n}`), '--out', `report-${n}`, '--force']]
        : ext === 'objectives.json'
          ? [['plan', ...fw, '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Senior Engineer', '--employee', 'Fuzz', '--objectives', name, '--out', `out-${n}`]]
          : ext === 'assessment.csv'
            ? [['gap', ...fw, '--assessment', name, '--current', 'Engineer II', '--target', 'Senior Engineer']]
            : [['framework', name, '--json'], ['gap', '--framework', name, '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Senior Engineer']];
  const EXTENSIONS = ['md', 'html', 'txt', 'docx', 'csv', 'xlsx', 'json', 'plan.json', 'objectives.json', 'assessment.csv'];

  const hostile = fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 3000 }),
    fc.integer({ min: 1, max: 3000 }).chain((d) => fc.constantFrom(`${'<div>'.repeat(d)}x`, `${'- '.repeat(d)}x`, `${'> '.repeat(d)}x`, `${'['.repeat(d)}${']'.repeat(d)}`, `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`, `${'  '.repeat(d)}- x`)),
    fc.integer({ min: 1, max: 8000 }).map((cols) => `Type,Competency,${Array.from({ length: cols }, (_, i) => `R${i}`).join(',')}\nS,Coding,${'3,'.repeat(cols - 1)}3\n`),
    fc.array(fc.constantFrom('=1+1', '+cmd', '-2', '@SUM(A1)', ' =x', '\n=y', '"', '""', '\u0000', '\u001b[2J', '\u200b', 'Coding', '3', '1e308', '-5', 'NaN', ','), { maxLength: 40 }).map((parts) => `competency,level\n${parts.join('')}\n`),
    fc.string({ unit: 'grapheme', maxLength: 500 }),
  );

  it('never throws, never prints a stack trace, and always exits 0, 1 or 2', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom(...EXTENSIONS), async (content, ext) => {
        const name = file(ext, content);
        for (const args of commandsFor(name, ext)) expectHandled(await run(dir, args), `${args.join(' ')} on ${JSON.stringify(typeof content === 'string' ? content.slice(0, 80) : `${content.length} bytes`)}`);
      }),
      { numRuns: 120, interruptAfterTimeLimit: 30_000 },
    );
  }, 60_000);

  it('refuses every --today that is not a real day, and every --horizon that is not a whole number of months from 1 to 60', async () => {
    const plan = (extra: string[]) => ['plan', ...fw, '--assessment', 'assessment.csv', '--current', 'Engineer II', '--target', 'Senior Engineer', '--employee', 'Fuzz', '--out', `out-dates-${n++}`, ...extra];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), async (y, m, d) => {
        const today = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
        fc.pre(!real); // real days make a plan: slow, and covered by the plan tests
        const r = await run(dir, plan(['--today', today]));
        expectHandled(r, today);
        expect(r.code, today).toBe(2);
        expect(r.err).toContain(`--today "${today}"`);
      }),
      { numRuns: 40, interruptAfterTimeLimit: 10_000 },
    );
    for (const horizon of ['1.5', '0', '61', '-1', '1e308', 'NaN', '']) {
      const r = await run(dir, plan(['--horizon', horizon, '--today', '2026-11-24']));
      expect(r.code, horizon).toBe(2);
    }
  }, 30_000);

  it('example follows no marker line out of its folder, whatever the line', async () => {
    const root = mkdtempSync(join(tmpdir(), 'trellis-fuzz-marker-'));
    writeFileSync(join(root, 'victim.txt'), 'keep');
    mkdirSync(join(root, 'work', 'ex'), { recursive: true });
    const trick = fc.oneof(
      fc.constantFrom('../victim.txt', '../../victim.txt', join(root, 'victim.txt'), '..\\victim.txt', 'CON', 'nul', 'a/../../victim.txt', '.', '..', '\u0000'),
      fc.array(fc.constantFrom('..', '.', 'victim.txt', '', 'a'), { minLength: 1, maxLength: 5 }).map((p) => p.join('/')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(trick, { minLength: 1, maxLength: 6 }), async (lines) => {
        writeFileSync(join(root, 'work', 'ex', '.trellis-example'), lines.join('\n'));
        expectHandled(await run(join(root, 'work'), ['example', '--out', 'ex', '--today', '2026-11-24']), lines.join(' | '));
        expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('keep');
        expect(readdirSync(root).sort()).toEqual(['victim.txt', 'work']);
        expect(existsSync(join(root, 'work', 'victim.txt'))).toBe(false);
      }),
      { numRuns: 6, interruptAfterTimeLimit: 15_000 },
    );
  }, 30_000);
});
