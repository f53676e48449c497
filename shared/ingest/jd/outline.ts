// Finds a job description's headings (marked ones, bold lines, UPPERCASE lines, "Label:" lines) and what each announces.
import type { Block, BlockDocument } from '../document/blocks';
import { inheritanceIn } from './inheritance';
import { classifyHeading, headingText, type SectionKind } from './sections';

export interface OutlineHeading {
  /** Index of the heading's block. */
  block: number;
  /** 1 = top; headings inferred from bold or UPPERCASE paragraphs sit one below the last marked heading. */
  depth: number;
  text: string;
  kind: SectionKind;
  score: number;
  line?: number;
  inferred: boolean;
}

export interface Outline {
  headings: OutlineHeading[];
  /** Heading at a block index, when that block is one. */
  at: Map<number, OutlineHeading>;
}

/** Markdown-ish decoration people put around headings: "### **Requirements**", "— Skills —", emoji. */
export function plainHeading(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/^[\s*_#=~\-–—•|:]+|[\s*_#=~\-–—•|:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function outlineOf(doc: BlockDocument): Outline {
  const headings: OutlineHeading[] = [];
  let lastMarkedDepth = 0;
  doc.blocks.forEach((block: Block, index) => {
    const raw = headingText(block);
    if (raw === undefined) return;
    const text = plainHeading(raw);
    if (!text) return;
    const inferred = block.type !== 'heading';
    // "Same as Data Engineer I, plus:" ends with a colon like a label, but says what the level builds on
    if (inferred && inheritanceIn(text)) return;
    const depth = inferred ? Math.min(lastMarkedDepth + 1, 7) : (block as Extract<Block, { type: 'heading' }>).level;
    if (!inferred) lastMarkedDepth = depth;
    const { kind, score } = classifyHeading(text);
    const heading: OutlineHeading = { block: index, depth, text, kind, score, inferred };
    if (block.line !== undefined) heading.line = block.line;
    headings.push(heading);
  });
  return { headings, at: new Map(headings.map((h) => [h.block, h])) };
}

/** The index just past a heading's scope: the next heading at the same depth or shallower, else `limit`. */
export function scopeEnd(outline: Outline, heading: OutlineHeading, limit: number): number {
  for (const h of outline.headings) {
    if (h.block > heading.block && h.block < limit && h.depth <= heading.depth) return h.block;
  }
  return limit;
}

/** Headings strictly inside [start, end). */
export function headingsWithin(outline: Outline, start: number, end: number): OutlineHeading[] {
  return outline.headings.filter((h) => h.block >= start && h.block < end);
}
