// The inline text of a Markdown block read without marked's inline lexer when it holds nothing but words and
// **bold** runs: most lines of a long job description do, and marked's inline pass costs as much as its block pass.
import type { Token } from 'marked';

/** Anything that may start inline syntax other than a plain `**bold**` run: such text goes to marked's own lexer. */
const SYNTAX = /[\\`_[\]<>!~&|@:]|www\.|\*\*\*| {2,}\n|\n/;
/** One `**bold**` run of words, opening after a space or the start and closing before a space, punctuation or the end. */
const BOLD = /(^|[ (])\*\*([A-Za-z0-9][^*]*?[A-Za-z0-9.)]|[A-Za-z0-9])\*\*(?=$|[ .,;:!?)])/g;

function text(raw: string): Token {
  return { type: 'text', raw, text: raw } as Token;
}

/**
 * The tokens marked would give `src`, when `src` is plain words with `**bold**` runs; undefined for anything else
 * (links, code, emphasis with `_` or a single `*`, HTML, entities, escapes, line breaks), which marked reads.
 */
export function plainInlineTokens(src: string): Token[] | undefined {
  if (SYNTAX.test(src)) return undefined;
  if (!src.includes('*')) return src ? [text(src)] : [];
  const tokens: Token[] = [];
  let from = 0;
  for (const m of src.matchAll(BOLD)) {
    const start = m.index + m[1]!.length;
    const before = src.slice(from, start);
    // a star left outside every bold run is emphasis or a literal star: marked decides
    if (before.includes('*')) return undefined;
    if (before) tokens.push(text(before));
    const inner = m[2]!;
    if (inner.includes('*')) return undefined;
    tokens.push({ type: 'strong', raw: `**${inner}**`, text: inner, tokens: [text(inner)] } as Token);
    from = start + inner.length + 4;
  }
  const rest = src.slice(from);
  if (rest.includes('*')) return undefined;
  if (rest) tokens.push(text(rest));
  return tokens;
}
