// A ladder published as a document, as grids for the matrix reader: its tables, a progression framework from its
// data, or one heading per level (only when nothing else says more). One function for every surface: the CLI's
// .md/.html/.docx files and the add-on's Google Docs (through the Docs API adapter's block tree).
import type { BlockDocument } from '../document/blocks';
import type { Grid } from './grid';
import { documentGrids } from './from-tables';
import { headingLadderGrid } from './ladder-outlines';
import { nameKey } from '../../model/names';

export interface LadderGrids {
  grids: Grid[];
  /** Why nothing could be read, when nothing could. */
  problem?: string;
}

export const NO_LADDER =
  'holds no ladder Trellis can read: no table, no progression data in its front matter, and no heading per level. Give the levels as a table (one column per level, one row per competency, what the level looks like in each cell) or one heading per level with an area per sub-heading';

/** `fromData`: grids the document's data gave already (a Markdown file's progression front matter). */
export function ladderGrids(doc: BlockDocument, fromData: Grid[] = []): LadderGrids {
  const grids = [...fromData, ...documentGrids(doc)];
  // a ladder written as one paragraph per level is read only when the document has no table or data saying more
  const outline = headingLadderGrid(doc, { withoutAreas: !grids.length });
  if (!outline) return grids.length ? { grids } : { grids, problem: NO_LADDER };
  // a table that only lists the levels the headings then describe (a contents table of links to them) names the same
  // roles: the headings, which say what each level looks like, are read and the list is not, so each role is read once
  const levels = (outline.rows[0] ?? []).slice(1).map((c) => nameKey(c.display));
  const kept = grids.filter((g) => !listsOnly(g, levels));
  return { grids: [...kept, outline] };
}

/** Whether every row of a table below its header names exactly one of `levels`, and every level is named. */
function listsOnly(grid: Grid, levels: readonly string[]): boolean {
  const wanted = new Set(levels);
  const named = new Set<string>();
  const rows = grid.rows.slice(1).filter((row) => row.some((c) => c.display.trim()));
  if (!rows.length || rows.length !== wanted.size) return false;
  for (const row of rows) {
    const here = row.map((c) => nameKey(c.display)).filter((k) => wanted.has(k));
    if (here.length !== 1) return false;
    named.add(here[0]!);
  }
  return named.size === wanted.size;
}
