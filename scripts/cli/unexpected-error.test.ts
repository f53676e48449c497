// An error no command foresaw reaches the person as one line and a hint; --debug adds the stack.
import { describe, expect, it, vi } from 'vitest';
import { captureIO } from './io';
import { describeUnexpected } from './unexpected-error';

vi.mock('../commands/publish', () => ({
  publish: async (args: string[]) => {
    if (args.includes('--overflow')) throw new RangeError('Maximum call stack size exceeded');
    const error = Object.assign(new Error(`ENAMETOOLONG: name too long, open '${'x'.repeat(300)}'`), { code: 'ENAMETOOLONG', path: `out/${'x'.repeat(300)}` });
    throw error;
  },
}));

describe('the CLI top level', () => {
  it('turns an unexpected error into one line and a hint, exit 70, and shows the stack only with --debug', async () => {
    const { main } = await import('../trellis');
    const io = captureIO('/tmp');
    expect(await main(['publish', '--overflow'], io)).toBe(70);
    expect(io.err()).toBe('trellis publish: the input is nested or chained too deeply to process; simplify it (fewer nested lists or a shorter track)\n  (run again with --debug to see the details, and please report it with the input if it looks like a bug in Trellis)\n');
    const debug = captureIO('/tmp');
    expect(await main(['publish', '--overflow', '--debug'], debug)).toBe(70);
    expect(debug.err()).toMatch(/^trellis publish: the input is nested.*\nRangeError: Maximum call stack size exceeded\n\s+at /);
  });

  it('names the file and what to do for system errors', async () => {
    const { main } = await import('../trellis');
    const io = captureIO('/tmp');
    expect(await main(['publish'], io)).toBe(70);
    expect(io.err()).toContain('the file name is too long for this system; use shorter names');
    expect(io.err().split('\n')).toHaveLength(3);
    expect(describeUnexpected(Object.assign(new Error('x'), { code: 'EEXIST', path: 'out' }))).toBe('out: already exists and is in the way (a file where a folder should be?); choose another --out or move it');
    expect(describeUnexpected(new RangeError('Invalid string length'))).toContain('too large to hold in memory');
  });
});
