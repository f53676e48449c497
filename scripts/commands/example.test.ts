import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../cli/io';
import { main } from '../trellis';

describe('trellis example (npm start) run again', () => {
  it('replaces only its own earlier output, once the new output exists, and keeps anything else in the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-example-'));
    expect(await main(['example', '--out', 'ex', '--today', '2026-11-24'], captureIO(dir))).toBe(0);
    writeFileSync(join(dir, 'ex', 'my-notes.txt'), 'mine');
    const io = captureIO(dir);
    expect(await main(['example', '--out', 'ex', '--today', '2026-11-25'], io)).toBe(0);
    expect(io.out()).toContain('Replaced the previous example output in ex');
    expect(io.out()).not.toContain('.tmp-');
    expect(readFileSync(join(dir, 'ex', 'my-notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(dir, 'ex', '.trellis-example'), 'utf8')).not.toContain('my-notes.txt');
    expect(readdirSync(dir)).toEqual(['ex']);
  });

  it('leaves a file of the same name that it did not write untouched, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-example-'));
    expect(await main(['example', '--out', 'ex', '--today', '2026-11-24'], captureIO(dir))).toBe(0);
    const plan = readdirSync(join(dir, 'ex')).find((f) => f.endsWith('.plan.json'))!;
    const other = mkdtempSync(join(tmpdir(), 'trellis-example-'));
    writeFileSync(join(other, plan), 'someone else’s plan');
    const io = captureIO(other);
    expect(await main(['example', '--out', '.', '--today', '2026-11-24'], io)).toBe(1);
    expect(io.err()).toContain('which the example did not write: nothing was changed');
    expect(readFileSync(join(other, plan), 'utf8')).toBe('someone else’s plan');
    expect(existsSync(join(other, '.trellis-example'))).toBe(false);
  });
});
