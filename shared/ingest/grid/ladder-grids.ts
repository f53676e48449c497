// A ladder published as a document, as grids for the matrix reader: its tables, a progression framework from its
// data, or one heading per level (only when nothing else says more). One function for every surface: the CLI's
// .md/.html/.docx files and the add-on's Google Docs (through the Docs API adapter's block tree).
import type { BlockDocument } from '../document/blocks';
import type { Grid } from './grid';
import { documentGrids } from './from-tables';
import { headingLadderGrid } from './ladder-outlines';

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
  if (outline) grids.push(outline);
  return grids.length ? { grids } : { grids, problem: NO_LADDER };
}
