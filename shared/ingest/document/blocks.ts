// The neutral document shape every document adapter (Markdown, HTML, DOCX, text, DocumentApp) produces.

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { type: 'heading'; level: number; text: string; line?: number }
  | { type: 'paragraph'; text: string; runs: TextRun[]; line?: number }
  | { type: 'list-item'; text: string; runs: TextRun[]; depth: number; ordered: boolean; line?: number }
  | { type: 'table'; rows: TableCell[][]; line?: number; caption?: string };

export interface TableCell {
  text: string;
  colspan?: number;
  rowspan?: number;
  /** True for the placeholders a merged cell covers (so rows keep their width). */
  merged?: boolean;
  header?: boolean;
  /** 1-based source line of the cell, when the adapter knows it (a table built from structured data). */
  line?: number;
}

/**
 * A plain table cell (no span, no header mark) that is also the sheet cell a ladder's grid reads: `value` and
 * `display` are its text, read through the prototype, so a document's 200,000-cell table is one object per cell from
 * the document to the grid instead of two (see grid/from-tables.ts). Its fields are a TableCell's; spreading it gives
 * a plain TableCell.
 */
export class TextTableCell implements TableCell {
  // declared, not defined: a cell without a line has no such property (as a literal TableCell would not)
  declare line?: number;
  constructor(
    public text: string,
    line?: number,
  ) {
    if (line !== undefined) this.line = line;
  }
  /** The grid's typed value: the text, or null when the cell is blank. */
  get value(): string | null {
    return this.text.trim() ? this.text : null;
  }
  get display(): string {
    return this.text;
  }
}

/** A document: its blocks in reading order, and where it came from. */
export interface BlockDocument {
  file?: string;
  title?: string;
  blocks: Block[];
  /** What the blocks' `line` counts: lines of a text file (the default), or paragraphs of a word-processor document (.docx). */
  positions?: 'lines' | 'paragraphs';
}

/** Whether a paragraph is entirely bold: documents often use bold paragraphs as headings. */
export function isBoldParagraph(block: Block): boolean {
  if (block.type !== 'paragraph') return false;
  const runs = block.runs.filter((r) => r.text.trim() !== '');
  return runs.length > 0 && runs.every((r) => r.bold);
}
