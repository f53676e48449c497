// Reads a job-description file (.md, .html, .docx, .txt) from disk into the block tree the core's ingestion works on.
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { BlockDocument } from '../../shared/ingest/document/blocks';
import { htmlToBlocks } from '../../shared/ingest/document/html';
import { markdownToBlocks } from '../../shared/ingest/document/markdown';
import { progressionBlocks, type LineOf } from '../../shared/ingest/document/progression';
import { textToBlocks } from '../../shared/ingest/document/text';
import { InputLimitError, limits } from '../../shared/ingest/limits';
import { FileFormatError } from '../../shared/model/files';
import { checkArchiveExpansion } from './archive-limits';
import { binaryKind, isZip } from './sniff';
import { decodeInputText, readInputBytes } from './text-input';

export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.docx', '.txt'] as const;

/** The YAML front matter of a Markdown file, parsed, with a way to find each value's line in the file. */
export function frontMatterData(markdown: string, file?: string): { data: unknown; lineOf: LineOf } | undefined {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!m) return undefined;
  const counter = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length) return undefined; // front matter that is not YAML is left to the Markdown reader (it blanks it out)
  let data: unknown;
  try {
    // each alias can double what is built ("billion laughs"): the count is held to the limit
    data = doc.toJS({ maxAliasCount: limits.yamlAliases });
  } catch (error) {
    if (/alias/i.test((error as Error).message)) throw new InputLimitError('yamlAliases', `${file ?? 'front matter'}: the YAML front matter`, 'its aliases (*name) expand more than the limit allows');
    throw new FileFormatError(file ?? 'front matter', [`the YAML front matter cannot be read (${(error as Error).message}); fix it or remove it`]);
  }
  const lineOf: LineOf = (path) => {
    const node = doc.getIn(path, true);
    const range = isScalar(node) || isMap(node) || isSeq(node) ? node.range : undefined;
    // +1: the front matter starts after the opening "---" line
    return range ? counter.linePos(range[0]).line + 1 : undefined;
  };
  return { data, lineOf };
}

function markdownDocument(text: string, file: string): BlockDocument {
  const doc = markdownToBlocks(text, file);
  const front = frontMatterData(text.replace(/^\uFEFF/, ''), file);
  // a progression framework kept as data in the front matter (topics × levels of criteria) is the content itself
  const levels = front && progressionBlocks(front.data, front.lineOf);
  if (levels) doc.blocks.push(...levels);
  return doc;
}

async function docxDocument(bytes: Buffer, path: string, file: string): Promise<BlockDocument> {
  if (!isZip(bytes)) throw new FileFormatError(path, [`cannot be read as a Word document: ${binaryKind(bytes) ? `this is ${binaryKind(bytes)}` : 'a .docx is a ZIP archive, and this file is not one'}; save it again as .docx from Word or Google Docs, or export it as HTML`]);
  checkArchiveExpansion(bytes, path);
  let html: string;
  try {
    // empty paragraphs kept, so paragraph numbers are the ones Word counts
    html = (await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: false })).value;
  } catch (error) {
    throw new FileFormatError(path, [`cannot be read as a Word document (${(error as Error).message}); save it again as .docx from Word or Google Docs, or export it as HTML`]);
  }
  const doc = htmlToBlocks(html, file, { positions: 'paragraphs' });
  if (!doc.title) doc.title = basename(path, extname(path));
  return doc;
}

/**
 * Lines, unless the page was written on one line (Google Docs' *Download › Web page* puts the whole
 * document on a single line): then every item would say "line 1", and paragraph numbers say more.
 */
export function htmlPositions(html: string): 'lines' | 'paragraphs' {
  const paragraphs = html.match(/<(p|li|h[1-6])\b/gi)?.length ?? 0;
  const lines = html.split('\n').filter((l) => /<(p|li|h[1-6])\b/i.test(l)).length;
  return paragraphs >= 6 && lines * 3 <= paragraphs ? 'paragraphs' : 'lines';
}

/**
 * Reads a job description from .md/.markdown, .html/.htm, .docx or .txt; anything else is a clear
 * error naming the file (as `name` when given: the path as the person typed it).
 */
export async function readDocumentFile(path: string, name: string = path): Promise<BlockDocument> {
  const extension = extname(path).toLowerCase();
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new FileFormatError(name, [`"${extension || 'no extension'}" is not a job-description format Trellis reads; use ${DOCUMENT_EXTENSIONS.join(', ')} (from Google Docs: File > Download > .docx or .html)`]);
  }
  const bytes = await readInputBytes(path, name);
  const file = basename(path);
  if (extension === '.docx') return checkedSize(await docxDocument(bytes, name, file), name);
  // one decoder for every text input: UTF-16 and Windows-1252 read as saved, binary files named for what they are
  const text = decodeInputText(bytes, name, 'a job description').text;
  if (extension === '.html' || extension === '.htm') return checkedSize(htmlToBlocks(text, file, { positions: htmlPositions(text) }), name);
  if (extension === '.txt') return checkedSize(textToBlocks(text, file), name);
  return checkedSize(markdownDocument(text, file), name);
}

/** A job description is a few pages: one of tens of thousands of blocks is refused before the reader's heavier work. */
function checkedSize(doc: BlockDocument, name: string): BlockDocument {
  if (doc.blocks.length > limits.documentBlocks) throw new InputLimitError('documentBlocks', name, `the document has ${doc.blocks.length} headings, paragraphs and list items`);
  return doc;
}
