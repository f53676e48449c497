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

/** The runs of a formatted field: bold where <b> is, the rest as text (tags outside the set show as typed). */
export function formattedRuns(value: string): { text: string; bold: boolean }[] {
  const runs: { text: string; bold: boolean }[] = [];
  const re = /<b>([\s\S]*?)<\/b>/gi;
  let last = 0;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    runs.push({ text: formattedAsText(value.slice(last, m.index)), bold: false });
    runs.push({ text: formattedAsText(m[1]!), bold: true });
    last = m.index + m[0].length;
  }
  runs.push({ text: formattedAsText(value.slice(last)), bold: false });
  return runs.filter((r) => r.text);
}
