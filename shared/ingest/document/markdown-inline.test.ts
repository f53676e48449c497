import fc from 'fast-check';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { plainInlineTokens } from './markdown-inline';

/** What the block reader uses of a token: its type, text and children. */
const shape = (tokens: Token[]): unknown[] => tokens.map((t) => ({ type: t.type, text: 'text' in t ? t.text : undefined, ...('tokens' in t && t.tokens ? { tokens: shape(t.tokens) } : {}) }));
const marked = (src: string) => shape(new Lexer({ gfm: true }).inlineTokens(src));

describe('reading plain inline text without marked', () => {
  it('gives what marked gives for words and **bold** runs, and leaves everything else to marked', () => {
    expect(shape(plainInlineTokens('Mentor engineers, with **clear ownership** of the outcome')!)).toEqual(marked('Mentor engineers, with **clear ownership** of the outcome'));
    for (const src of ['a **link** to [the page](https://example.org)', 'use `code`', 'an *emphasis*', 'snake_case', 'AT&amp;T', 'line  \nbreak', 'a**b**c', '***both***']) expect(plainInlineTokens(src), src).toBeUndefined();
  });

  it('never differs from marked on any text it takes (property over words, stars, spaces and punctuation)', () => {
    const word = fc.constantFrom('word', 'Lead', 'x', '1', 'a.', 'b)', '(c');
    const piece = fc.oneof(
      word,
      fc.constantFrom(' ', ' ', '**', '*', ',', '.', '(', ')', '-', '?', '#', '_'),
      // bold runs as people type them, with spaces, stars or punctuation at either edge now and then
      fc.tuple(fc.constantFrom('', ' ', '(', '*'), fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' ', '.', ',', ')', '*', ' *')).map(([before, words, after]) => `${before}**${words.join(' ')}**${after}`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const src = pieces.join('');
        const fast = plainInlineTokens(src);
        if (fast) expect(shape(fast), JSON.stringify(src)).toEqual(marked(src));
      }),
      { numRuns: 3000 },
    );
  });
});
