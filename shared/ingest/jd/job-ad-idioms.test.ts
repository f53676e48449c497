import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutIdioms } from './job-ad-idioms';

describe('job-ad idioms', () => {
  it('blanks the idiom and only the idiom, keeping every position', () => {
    expect(withoutIdioms('Reports to: Head of Finance. Prepare reports')).toBe(`${' '.repeat('Reports to: Head'.length)} of Finance. Prepare reports`);
    expect(withoutIdioms('The closing date is 5 June')).toBe(`The ${' '.repeat('closing date'.length)} is 5 June`);
    expect(withoutIdioms('Close new business')).toBe('Close new business');
  });

  it('keeps the length of any sentence, and leaves one without a key word untouched (property)', () => {
    const word = fc.constantFrom('reports', 'to', 'the', 'Head', 'closing', 'date', 'close', 'collaboration', 'into', 'account', 'present', 'at', 'interview', 'health', 'insurance', 'learning', 'budget', 'code', 'of', 'conduct', 'our', 'values', 'are', 'Ünïcode', 'team', ':', ',', '.');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (words) => {
        const sentence = words.join(' ');
        const out = withoutIdioms(sentence);
        expect(out.length).toBe(sentence.length);
        // only whole stretches become spaces: every other character stays where it was
        for (let i = 0; i < out.length; i++) if (out[i] !== ' ') expect(out[i]).toBe(sentence[i]);
      }),
      { numRuns: 2000 },
    );
    const plain = 'Mentor engineers through pairing';
    expect(withoutIdioms(plain)).toBe(plain);
  });
});
