// Reads a ladder published as a document (.md, .html, .docx) into the grids the matrix reader reads: its tables
// (pipe tables, HTML tables, tables inside Markdown, Word tables), a progression framework kept in its front matter,
// or one heading per level. The document's own reader (read-document.ts) is the one job descriptions use.
import { basename } from 'node:path';
import mammoth from 'mammoth';
import type { Grid } from '../../shared/ingest/grid/grid';
import { documentGrids, markdownDocumentWithTables } from '../../shared/ingest/grid/from-tables';
import { headingLadderGrid, progressionGrid } from '../../shared/ingest/grid/ladder-outlines';
import { htmlToBlocks } from '../../shared/ingest/document/html';
import type { BlockDocument } from '../../shared/ingest/document/blocks';
import { frontMatterData, htmlPositions } from './read-document';
import { decodeTextFile } from './text-file';

export const LADDER_DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm', '.docx']);

export interface LadderDocumentGrids {
  grids: Grid[];
  /** Why nothing could be read, when nothing could. */
  problem?: string;
}

export async function readLadderDocument(bytes: Buffer, ext: string, file: string): Promise<LadderDocumentGrids> {
  let doc: BlockDocument;
  const grids: Grid[] = [];
  if (ext === '.docx') {
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    } catch (error) {
      return { grids, problem: `cannot be read as a Word document (${(error as Error).message}): save it again as .docx, or export it as HTML` };
    }
    doc = htmlToBlocks(html, file, { positions: 'paragraphs' });
  } else {
    const text = decodeTextFile(bytes).text;
    if (ext === '.html' || ext === '.htm') doc = htmlToBlocks(text, file, { positions: htmlPositions(text) });
    else {
      doc = markdownDocumentWithTables(text, file);
      const front = frontMatterData(text.replace(/^\uFEFF/, ''));
      const progression = front && progressionGrid(front.data, front.lineOf, file);
      if (progression) grids.push(progression);
    }
  }
  if (!doc.title) doc.title = basename(file).replace(/\.[a-z0-9]+$/i, '');
  grids.push(...documentGrids(doc));
  // a ladder written as one paragraph per level is read only when the document has no table or data saying more
  const outline = headingLadderGrid(doc, { withoutAreas: !grids.length });
  if (outline) grids.push(outline);
  if (!grids.length) {
    return {
      grids,
      problem: 'holds no ladder Trellis can read: no table, no progression data in its front matter, and no heading per level. Give the levels as a table (one column per level, one row per competency, what the level looks like in each cell) or one heading per level with an area per sub-heading',
    };
  }
  return { grids };
}
