// Reads a ladder published as a document (.md, .html, .docx) into the grids the matrix reader reads: its tables
// (pipe tables, HTML tables, tables inside Markdown, Word tables), a progression framework kept in its front matter,
// or one heading per level. The document's own reader (read-document.ts) is the one job descriptions use.
import { basename } from 'node:path';
import mammoth from 'mammoth';
import type { Grid } from '../../shared/ingest/grid/grid';
import type { LadderGrids } from '../../shared/ingest/grid/ladder-grids';
import { markdownDocumentWithTables } from '../../shared/ingest/grid/markdown-tables';
import { progressionGrid } from '../../shared/ingest/grid/ladder-outlines';
import { ladderGrids } from '../../shared/ingest/grid/ladder-grids';
import { htmlToBlocks } from '../../shared/ingest/document/html';
import type { BlockDocument } from '../../shared/ingest/document/blocks';
import { frontMatterData, htmlPositions } from './read-document';
import { decodeTextFile } from './text-file';

export const LADDER_DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm', '.docx']);

export type LadderDocumentGrids = LadderGrids;

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
  return ladderGrids(doc, grids);
}
