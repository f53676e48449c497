// How Google shows each field of a card, for the sandbox's reading of cards and for the preview: formatted fields
// (a paragraph, a decorated text's body, a section header) interpret a small set of HTML tags and entities; every
// other field (card title and subtitle, labels, inputs, items, buttons) shows its text exactly as it was set.

/** The tags card text formatting documents: bold, italics, underline, strikethrough, colour, links, time, new line. */
const FORMAT_TAG = /<\/?(b|i|u|s|font|a|time)(\s[^<>]*)?>|<br\s*\/?>/gi;

/** A formatted field as a person reads it: its tags applied (here: dropped), its entities decoded. */
export function formattedAsText(value: string): string {
  return value
    .replace(FORMAT_TAG, (tag) => (/^<br/i.test(tag) ? '\n' : ''))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The runs of a formatted field: bold and coloured where <b> and <font color> say (other tags show as typed). */
export function formattedRuns(value: string): { text: string; bold: boolean; color?: string }[] {
  const runs: { text: string; bold: boolean; color?: string }[] = [];
  let bold = 0;
  const colors: string[] = [];
  let last = 0;
  const push = (raw: string) => {
    const text = formattedAsText(raw);
    if (text) runs.push({ text, bold: bold > 0, ...(colors.length ? { color: colors[colors.length - 1]! } : {}) });
  };
  for (const m of value.matchAll(FORMAT_TAG)) {
    push(value.slice(last, m.index));
    last = m.index! + m[0].length;
    const tag = m[0].toLowerCase();
    if (tag === '<b>') bold++;
    else if (tag === '</b>') bold = Math.max(0, bold - 1);
    else if (tag.startsWith('<font')) colors.push(/color="(#[0-9a-f]{3,8})"/i.exec(m[0])?.[1] ?? '');
    else if (tag === '</font>') colors.pop();
    else if (tag.startsWith('<br')) runs.push({ text: '\n', bold: false });
  }
  push(value.slice(last));
  return runs;
}
