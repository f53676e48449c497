// Reads a job-description file (.md, .html, .docx, .txt) from disk into the block tree the core's ingestion works on.
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { BlockDocument } from '../../shared/ingest/document/blocks';
import { htmlToBlocks } from '../../shared/ingest/document/html';
import { markdownToBlocks } from '../../shared/ingest/document/markdown';
import { progressionBlocks, type LineOf } from '../../shared/ingest/document/progression';
import { textToBlocks } from '../../shared/ingest/document/text';
import { findPostings, postingDocument } from '../../shared/ingest/document/job-posting';
import { questionnaireToBlocks } from '../../shared/ingest/document/questionnaire';
import { delimitedTableShape, notAJobDescription } from '../../shared/ingest/jd/not-a-job-description';
import { InputLimitError, limits } from '../../shared/ingest/limits';
import { FileFormatError } from '../../shared/model/files';
import { checkArchiveExpansion } from './archive-limits';
import { binaryKind as knownBinaryKind, isZip } from './sniff';
import { decodeInputText, readInputBytes } from './text-input';

export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.docx', '.txt'] as const;

/** What a file is, from its name and, where the name does not say, from its first bytes. */
type Format = 'markdown' | 'html' | 'docx' | 'text' | 'json';

/** Template and wiki extensions a job description is published in, by the format under the template. */
function formatFromName(file: string): Format | undefined {
  const name = file.toLowerCase();
  // "index.html.md.erb": the template (.erb) wraps Markdown; ".html.erb" wraps HTML
  const inner = name.replace(/\.(erb|liquid|njk|hbs|tmpl|tpl)$/, '');
  const ext = extname(inner);
  if (['.md', '.markdown', '.mdown', '.mkd', '.mdx'].includes(ext)) return 'markdown';
  if (['.html', '.htm', '.xhtml'].includes(ext)) return 'html';
  // a page saved from a site built on server pages (a job board's .php, an .aspx careers page) is HTML around tags
  if (SERVER_PAGE_EXTENSIONS.includes(ext)) return 'html';
  if (ext === '.docx') return 'docx';
  if (ext === '.txt' || ext === '.text') return 'text';
  if (ext === '.json' || ext === '.geojson' || ext === '.jsonld') return 'json';
  if (inner !== name) return 'markdown';
  return undefined;
}

const SERVER_PAGE_EXTENSIONS = ['.php', '.aspx', '.asp', '.jsp', '.cfm', '.cshtml'];

/** PHP, ASP and JSP tags are the server's machinery: blanked out, their newlines kept so line numbers stay true. */
function blankServerTags(html: string): string {
  return html.replace(/<\?(?:php|=)[\s\S]*?(?:\?>|$)|<%[\s\S]*?%>/g, (tag) => tag.replace(/[^\n]/g, ' '));
}

/**
 * Postings kept as data in a page's front matter, its body empty (a CMS's "positions: - title … description: …"):
 * one document per posting, its description read as the Markdown it is, each item at the line where its description
 * starts in the file.
 */
function frontMatterPostings(text: string, data: unknown, file: string): BlockDocument[] {
  return findPostings(data).flatMap((posting) => {
    const title = String(posting.title ?? posting.jobTitle ?? posting.job_title ?? posting.name ?? '').trim();
    const description = String(posting.description ?? posting.jobDescription ?? posting.job_description ?? posting.body ?? posting.content ?? '');
    const opening = description.split('\n').find((l) => l.trim())?.trim().slice(0, 60) ?? '';
    const at = opening ? text.indexOf(opening) : -1;
    const line = at >= 0 ? text.slice(0, at).split('\n').length : 1;
    const doc = markdownToBlocks(description, file);
    for (const block of doc.blocks) block.line = line;
    if (title) doc.title = title;
    return doc.blocks.length ? [doc] : [];
  });
}

/** The YAML front matter of a Markdown file, parsed, with a way to find each value's line in the file. */
export function frontMatterData(markdown: string, file?: string): { data: unknown; lineOf: LineOf } | undefined {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!m) return undefined;
  const counter = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length) return undefined; // front matter that is not YAML is left to the Markdown reader (it blanks it out)
  const lineOf: LineOf = (path) => {
    const node = doc.getIn(path, true);
    const range = isScalar(node) || isMap(node) || isSeq(node) ? node.range : undefined;
    // +1: the front matter starts after the opening "---" line
    return range ? counter.linePos(range[0]).line + 1 : undefined;
  };
  let data: unknown;
  try {
    // each alias can double what is built ("billion laughs"): the count is held to the limit
    data = doc.toJS({ maxAliasCount: limits.yamlAliases });
  } catch (error) {
    if (/alias/i.test((error as Error).message)) throw new InputLimitError('yamlAliases', `${file ?? 'front matter'}: the YAML front matter`, 'its aliases (*name) expand more than the limit allows');
    throw new FileFormatError(file ?? 'front matter', [`the YAML front matter cannot be read (${(error as Error).message}); fix it or remove it`]);
  }
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
  if (!isZip(bytes)) throw new FileFormatError(path, [`cannot be read as a Word document: ${knownBinaryKind(bytes) ? `this is ${knownBinaryKind(bytes)}` : 'a .docx is a ZIP archive, and this file is not one'}; save it again as .docx from Word or Google Docs, or export it as HTML`]);
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

const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xls', '.ods', '.csv', '.tsv', '.numbers'];

/** The format of a file whose name does not say: JSON, HTML, Markdown or plain text, by its first characters. */
function sniff(text: string): Format {
  const start = text.trimStart().slice(0, 2000);
  if (/^[[{]/.test(start)) return 'json';
  if (/^(<!doctype html|<html|<head|<body)/i.test(start) || (start.match(/<(p|div|li|h[1-6])\b/gi)?.length ?? 0) >= 3) return 'html';
  if (/^(---|\+\+\+)\s*$/m.test(start.split('\n')[0] ?? '') || /^#{1,6} |^[*-] |\*\*[^*]+\*\*/m.test(start)) return 'markdown';
  return 'text';
}

function refuse(name: string, problem: string): never {
  throw new FileFormatError(name, [problem]);
}

/** A JSON file: one document per posting it holds; anything else is refused with what it holds. */
function jsonDocuments(text: string, name: string, file: string): BlockDocument[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    refuse(name, `looks like JSON but cannot be read as JSON (${(error as Error).message}); a job description is a posting page, a Word or Google Doc, Markdown or text`);
  }
  const postings = findPostings(data);
  if (!postings.length) {
    const what = isFramework(data) ? 'a Trellis framework' : Array.isArray(data) ? `a JSON list of ${data.length} item(s)` : 'a JSON file';
    refuse(name, `this is ${what} with no job postings in it (no schema.org JobPosting, no objects with a title and a description), not a job description. To read a framework use trellis import; for a role give its posting`);
  }
  return postings.map((p) => postingDocument(p, file));
}

const isFramework = (data: unknown) => typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'trellis.framework';

/**
 * The documents of a job-description file: one (Markdown, HTML, Word, text, with or without a template extension or
 * any extension at all), or one per posting in a JSON file of postings. A file that is not a job description (an
 * image, a spreadsheet, a calendar page, JSON that holds no postings) is refused, naming what it looks like.
 */
export async function readJobDescriptionDocuments(path: string, name: string = path): Promise<BlockDocument[]> {
  const extension = extname(path).toLowerCase();
  if (SPREADSHEET_EXTENSIONS.includes(extension)) {
    refuse(name, `this is a spreadsheet (${extension}), not a job description: a grid of competencies and levels is a framework (trellis import ${basename(path)}); for a role give its posting (.md, .html, .docx, .txt or JSON postings)`);
  }
  const file = basename(path);
  const named = formatFromName(file);
  // a file with an extension Trellis does not read (.pdf, .rtf, .pages) is named as such; only a file with none is sniffed
  if (!named && extname(file)) refuse(name, `"${extname(file).toLowerCase()}" is not a job-description format Trellis reads; use ${DOCUMENT_EXTENSIONS.join(', ')}, a template of one (.html.md.erb), JSON postings or a file without an extension (from Google Docs: File > Download > .docx or .html)`);
  // held to the size limit before it is read
  const bytes = await readInputBytes(path, name);
  if (named === 'docx') return [checkedSize(await docxDocument(bytes, name, file), name)];
  // one sniffer (./sniff) for every input; NUL bytes in what decodes as text are refused at their line below
  const binary = knownBinaryKind(bytes);
  if (binary) refuse(name, `this is ${binary}, not a job description: give the posting's page (.html), a Word or Google Doc (.docx), Markdown or text`);
  // one decoder for every text input: UTF-16 and Windows-1252 read as saved, NUL and control characters refused at their line
  const text = decodeInputText(bytes, name, 'a job description').text;
  const format = named ?? sniff(text);
  if (format === 'json') return jsonDocuments(text, name, file);
  if (format === 'text' || !named) {
    const table = delimitedTableShape(text);
    if (table && format === 'text') refuse(name, `this looks like a spreadsheet saved as text (${table.columns} columns separated by ${table.delimiter === 'tab' ? 'tabs' : `"${table.delimiter}"`}, ${table.rows} rows), not a job description: a grid of competencies is a framework (trellis import); for a role give its posting`);
  }
  const html = format === 'html' && named && SERVER_PAGE_EXTENSIONS.includes(extname(file.toLowerCase())) ? blankServerTags(text) : text;
  const doc = format === 'html' ? htmlToBlocks(html, file, { positions: htmlPositions(html) }) : format === 'text' ? (questionnaireToBlocks(text, file) ?? textToBlocks(text, file)) : markdownDocument(text, file);
  if (format === 'markdown' && !doc.blocks.length) {
    const front = frontMatterData(text.replace(/^\uFEFF/, ''), file);
    const postings = front ? frontMatterPostings(text, front.data, file) : [];
    if (postings.length) return postings.map((p) => checkedSize(p, name));
  }
  checkedSize(doc, name);
  const notJd = notAJobDescription(doc);
  if (notJd) refuse(name, notJd);
  return [doc];
}

/**
 * Reads one job-description document (any format readJobDescriptionDocuments reads); a file of several postings is
 * refused here, for callers that take one document.
 */
export async function readDocumentFile(path: string, name: string = path): Promise<BlockDocument> {
  const docs = await readJobDescriptionDocuments(path, name);
  if (docs.length !== 1) refuse(name, `holds ${docs.length} job postings; give one posting, or use trellis role, which reads each posting as its own role`);
  return docs[0]!;
}

/** A job description is a few pages: one of tens of thousands of blocks is refused before the reader's heavier work. */
function checkedSize(doc: BlockDocument, name: string): BlockDocument {
  if (doc.blocks.length > limits.documentBlocks) throw new InputLimitError('documentBlocks', name, `the document has ${doc.blocks.length} headings, paragraphs and list items`);
  return doc;
}
