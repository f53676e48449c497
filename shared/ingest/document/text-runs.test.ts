import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './text-runs';

describe('cleanText', () => {
  it('collapses every run of whitespace (non-breaking included) to one space, drops zero-width characters and trims', () => {
    expect(cleanText('  Lead\u00a0the  team\n\tdaily \u200b')).toBe('Lead the team daily');
    expect(cleanText('zero\u200bwidth\ufeff')).toBe('zerowidth');
    expect(cleanText('plain text')).toBe('plain text');
  });

  it('gives what one full pass of each rule gives, on any text', () => {
    const pieces = fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u200b', '\ufeff', 'é', '–', 'x y');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(cleanText(text)).toBe(text.replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim());
      }),
    );
  });
});
