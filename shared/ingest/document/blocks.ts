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
