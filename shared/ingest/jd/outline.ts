// Finds a job description's headings (marked ones, bold lines, UPPERCASE lines, "Label:" lines) and what each announces.
import type { Block, BlockDocument } from '../document/blocks';
import { inheritanceIn } from './inheritance';
import { nameKey } from '../../model/names';
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

const LEVEL_SECTION: ReadonlySet<SectionKind> = new Set(['responsibilities', 'requirements', 'preferred', 'education', 'certifications', 'grade']);

/**
 * Where a level of a job-family page ends. Its scope as headings give it, stretched over the level's own sections
 * when the page put them at its depth or one above: "### Payroll Analyst, US" then "### Payroll Analyst, US Job Grade",
 * or "### Payroll Specialist" then "## Job Grade". A section for every level ("Requirements for all levels") is no
 * level's own, and the stretch stops at the next level.
 */
export function levelScopeEnd(outline: Outline, level: OutlineHeading, limit: number, nextLevel = limit): number {
  let end = scopeEnd(outline, level, limit);
  const own = nameKey(level.text);
  for (;;) {
    const at = outline.at.get(end);
    if (!at || end >= Math.min(limit, nextLevel)) return Math.min(end, nextLevel);
    const misplacedGrade = at.kind === 'grade' && at.depth >= level.depth - 1;
    const namedForLevel = at.depth === level.depth && LEVEL_SECTION.has(at.kind) && nameKey(at.text).startsWith(own);
    if (!(misplacedGrade || namedForLevel) || /\b(all|every|each)\s+(levels?|roles?|positions?)\b/i.test(at.text)) return end;
    // the stretch runs to the next heading no deeper than the level that is not one of its sections either
    const after = outline.headings.find((h) => h.block > at.block && h.depth <= Math.max(level.depth, at.depth));
    end = after ? Math.min(after.block, limit) : limit;
  }
}
