// Reads a plain-text job description (pasted from an email or a PDF) into the block tree: headings, bullets with depth, paragraphs.
import type { Block, BlockDocument } from './blocks';
import { cleanText } from './text-runs';

const BULLET = /^(\s*)(?:[*\-•·▪◦‣–—+>●○■□◆◇➢➤►▸✓✔]|o(?=\s)|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+(.*)$/i;
const ORDERED = /^\s*\(?(\d{1,3}|[a-z]|[ivx]{1,4})[.)]/i;
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Tabs count as four columns, so "\t-" and "    -" nest alike. */
function indentWidth(prefix: string): number {
  let width = 0;
  for (const ch of prefix) width += ch === '\t' ? 4 : 1;
  return width;
}

/** "REQUIREMENTS", "WHAT YOU'LL DO": short, has letters, none of them lower case. */
function isUppercaseHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && text.length <= 80 && !/[.!?]$/.test(text);
}

/** "Responsibilities:" or "What you'll bring:" alone on a line (a label with nothing after the colon). */
function isLabelHeading(text: string): boolean {
  return /^[^:]{2,60}:$/.test(text) && text.split(/\s+/).length <= 8;
}

/** A title: short, no sentence punctuation at its end. */
function isTitleLine(text: string): boolean {
  return text.length <= 80 && !/[.!?:,;]$/.test(text) && text.split(/\s+/).length <= 12;
}

/** Whether a line after a title stands on its own (blank, or not a sentence carried on from the line before in lower case). */
function startsOwnLine(next: string): boolean {
  return next === '' || (!/^[\p{Ll}]/u.test(next) && next.length <= 120);
}

export function textToBlocks(text: string, file?: string): BlockDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  /** Indentation columns of the open bullet levels, outermost first. */
  let indents: number[] = [];
  let paragraph: { lines: string[]; line: number } | undefined;
  let lastItem: Extract<Block, { type: 'list-item' }> | undefined;
  let lastItemIndent = 0;
  let sawContent = false;
  /** Inside the lines that open the document under its title ("Senior Accountant\nFinance"): each is a line of its own. */
  let inHeader = false;

  const flushParagraph = () => {
    if (!paragraph) return;
    const body = cleanText(paragraph.lines.join(' '));
    if (body) blocks.push({ type: 'paragraph', text: body, runs: [{ text: body }], line: paragraph.line });
    paragraph = undefined;
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const trimmed = cleanText(raw);
    if (!trimmed) {
      flushParagraph();
      lastItem = undefined;
      inHeader = false;
      return;
    }
    // a line of ==== or ---- under a line makes that line a heading (setext style)
    if (/^(=+|-{3,})$/.test(trimmed)) {
      if (paragraph && paragraph.lines.length === 1) {
        blocks.push({ type: 'heading', level: trimmed[0] === '=' ? 1 : 2, text: cleanText(paragraph.lines[0]!), line: paragraph.line });
        paragraph = undefined;
      }
      return;
    }
    const md = MARKDOWN_HEADING.exec(raw);
    const bullet = BULLET.exec(raw);
    if (md && md[2]) {
      flushParagraph();
      lastItem = undefined;
      inHeader = false;
      blocks.push({ type: 'heading', level: md[1]!.length, text: cleanText(md[2]), line: lineNo });
    } else if (bullet && cleanText(bullet[2]!)) {
      flushParagraph();
      inHeader = false;
      const indent = indentWidth(bullet[1]!);
      while (indents.length && indents[indents.length - 1]! > indent) indents.pop();
      if (!indents.length || indents[indents.length - 1]! < indent) indents.push(indent);
      const body = cleanText(bullet[2]!);
      lastItem = { type: 'list-item', text: body, runs: [{ text: body }], depth: indents.length - 1, ordered: ORDERED.test(raw), line: lineNo };
      lastItemIndent = indent;
      blocks.push(lastItem);
    } else if (lastItem && indentWidth(/^\s*/.exec(raw)![0]) > lastItemIndent) {
      // an indented line under a bullet continues that bullet (wrapped text)
      lastItem.text = `${lastItem.text} ${trimmed}`;
      lastItem.runs = [{ text: lastItem.text }];
    } else if (isUppercaseHeading(trimmed) || isLabelHeading(trimmed)) {
      flushParagraph();
      lastItem = undefined;
      inHeader = false;
      indents = [];
      blocks.push({ type: 'heading', level: isUppercaseHeading(trimmed) ? 2 : 3, text: trimmed.replace(/:$/, ''), line: lineNo });
    } else if (!sawContent && isTitleLine(trimmed) && startsOwnLine(cleanText(lines[i + 1] ?? ''))) {
      // the first short line standing alone, or above other short lines, is the document's title
      blocks.push({ type: 'heading', level: 1, text: trimmed, line: lineNo });
      inHeader = true;
    } else if (inHeader && startsOwnLine(trimmed)) {
      // under the title: "Finance", "Marketing Department | Reports to: …" are lines, not one paragraph
      blocks.push({ type: 'paragraph', text: trimmed, runs: [{ text: trimmed }], line: lineNo });
    } else if (/^[\p{Lu}][\p{L}\d /&'’()-]{1,30}:\s+\S/u.test(trimmed)) {
      // "Location: Remote": a field line of its own, never glued to its neighbours
      flushParagraph();
      lastItem = undefined;
      indents = [];
      blocks.push({ type: 'paragraph', text: trimmed, runs: [{ text: trimmed }], line: lineNo });
    } else {
      lastItem = undefined;
      indents = [];
      inHeader = false;
      if (!paragraph) paragraph = { lines: [], line: lineNo };
      paragraph.lines.push(trimmed);
    }
    sawContent = true;
  });
  flushParagraph();
  const doc: BlockDocument = { blocks };
  if (file !== undefined) doc.file = file;
  return doc;
}
