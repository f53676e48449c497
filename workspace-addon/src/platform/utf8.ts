// Sizes as Google counts them (UTF-8 bytes), counted by hand: Apps Script has no TextEncoder. Mostly-ASCII text
// (plans, frameworks, sheets) is measured with one regular-expression pass, not a loop over every character.

/** UTF-8 length of the text. */
export function utf8Length(text: string): number {
  const wide = text.replace(/[\x00-\x7F]+/g, '');
  let bytes = text.length - wide.length;
  for (const ch of wide) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The text cut into pieces of at most `maxBytes` UTF-8 bytes each, never inside a character. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + maxBytes);
    let piece = text.slice(at, end);
    for (let size = utf8Length(piece); size > maxBytes; size = utf8Length(piece)) {
      end = at + Math.max(1, Math.floor((end - at) * (maxBytes / size) * 0.98));
      // a surrogate pair stays whole
      if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end--;
      piece = text.slice(at, end);
    }
    if (end < text.length && end > at && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) {
      end--;
      piece = text.slice(at, end);
    }
    out.push(piece);
    at = end;
  }
  return out.length ? out : [''];
}
