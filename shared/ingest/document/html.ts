// Reads an HTML job description (a web page, mammoth's DOCX output, or a Google Docs "Download as HTML") into the block tree.
import { Parser } from 'htmlparser2';
import { InputLimitError, limits } from '../limits';
import { TextTableCell, type Block, type BlockDocument, type TableCell, type TextRun } from './blocks';
import { jsonLdPostingTitle, jsonLdPostings, postingDocument } from './job-posting';
import { cleanText, lineCounter, pushRun, runsText } from './text-runs';

/** Elements whose text is never content. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'td', 'th', 'tr', 'table', 'ul', 'ol', 'br', 'hr']);

/**
 * Google Docs styles by class: `.c3{font-weight:700}` in the <style> block makes every span with
 * class c3 bold. Returns the classes that mean bold and italic.
 */
export function styledClasses(css: string): { bold: Set<string>; italic: Set<string> } {
  const bold = new Set<string>();
  const italic = new Set<string>();
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls = rule[2]!.toLowerCase();
    const isBold = /font-weight\s*:\s*(bold|[6-9]00)\b/.test(decls);
    const isItalic = /font-style\s*:\s*italic/.test(decls);
    if (!isBold && !isItalic) continue;
    for (const selector of rule[1]!.split(',')) {
      const cls = /^\s*(?:[a-z0-9]*)\.([\w-]+)\s*$/i.exec(selector);
      if (!cls) continue;
      if (isBold) bold.add(cls[1]!);
      if (isItalic) italic.add(cls[1]!);
    }
  }
  return { bold, italic };
}

/** Google Docs keeps list nesting in a class: `<ul class="lst-kix_abc123-2 start">` is depth 2. */
function kixDepth(className: string | undefined): number | undefined {
  const m = className ? /\blst-kix_[\w]+-(\d+)\b/.exec(className) : null;
  return m ? Number(m[1]) : undefined;
}

interface OpenElement {
  tag: string;
  bold: boolean;
  italic: boolean;
}

/**
 * A cell while its table is read: already the table cell it becomes (spans only when above 1), so a
 * 200,000-cell table is laid out without a second object per cell. `line`: where the cell starts (a line, or in a
 * word-processor document the number of its first paragraph).
 */
type PendingCell = TableCell;

interface OpenTable {
  rows: PendingCell[][];
  line: number;
  cell?: PendingCell;
  /** The table's <caption> (a ladder's group name, say), while and after it is read. */
  caption?: string;
  inCaption?: boolean;
}

/** Lays merged cells out on a grid: each covered position gets a `merged` placeholder so rows keep their width. */
export function expandTable(rows: PendingCell[][]): TableCell[][] {
  const grid: TableCell[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      const colspan = Math.min(Math.max(1, cell.colspan ?? 1), 1000);
      const rowspan = Math.min(Math.max(1, cell.rowspan ?? 1), rows.length - r);
      const out = cell;
      if (colspan > 1) out.colspan = colspan;
      else if (out.colspan !== undefined) delete out.colspan;
      if (rowspan > 1) out.rowspan = rowspan;
      else if (out.rowspan !== undefined) delete out.rowspan;
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) {
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? out : { text: '', merged: true };
        }
      }
      c += colspan;
      if (c > limits.columns) throw new InputLimitError('columns', `table row ${r + 1}${cell.line !== undefined ? ` (at line ${cell.line})` : ''}`, `its cells span ${c} columns`);
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  // a full row is kept as it is (a 1,000-column ladder is not copied row by row); a short one is filled out
  return grid.map((row) => (row.length === width && !row.includes(undefined as unknown as TableCell) ? row : Array.from({ length: width }, (_, i) => row[i] ?? { text: '' })));
}

export interface HtmlOptions {
  /**
   * What a block's `line` counts. 'lines' (default): lines of the HTML source. 'paragraphs': the
   * paragraphs of the word-processor document the HTML was converted from (mammoth puts a whole .docx
   * on one line), each heading, paragraph, list item and paragraph in a table cell counting one.
   */
  positions?: 'lines' | 'paragraphs';
}

/** Elements that are one paragraph of a word-processor document. */
const PARAGRAPH_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function htmlToBlocks(html: string, file?: string, options: HtmlOptions = {}): BlockDocument {
  const byParagraph = options.positions === 'paragraphs';
  const sourceLine = lineCounter(html);
  let paragraphs = 0;
  /** Where the element opening at `offset` sits: its line, or the number of the paragraph it is (or the next one, for a table). */
  const lineAt = (offset: number, tag?: string) => (byParagraph ? (tag && PARAGRAPH_TAGS.has(tag) ? paragraphs : paragraphs + 1) : sourceLine(offset));
  const blocks: Block[] = [];
  const stack: OpenElement[] = [];
  const lists: { ordered: boolean; kix?: number }[] = [];
  const tables: OpenTable[] = [];
  let css = '';
  let classes = { bold: new Set<string>(), italic: new Set<string>() };
  let title = '';
  let ogTitle = '';
  const jsonLd: string[] = [];
  let inJsonLd = false;
  let skipDepth = 0;
  let inTitle = false;
  let current: { kind: 'paragraph' | 'heading' | 'list-item'; level: number; runs: TextRun[]; line: number; depth: number; ordered: boolean } | undefined;

  const flush = () => {
    if (!current) return;
    const { kind, runs, line, level, depth, ordered } = current;
    const text = runsText(runs);
    current = undefined;
    if (!text) return; // Google Docs exports empty <p> for blank lines
    if (kind === 'heading') blocks.push({ type: 'heading', level, text, line });
    else if (kind === 'list-item') blocks.push({ type: 'list-item', text, runs, depth, ordered, line });
    else blocks.push({ type: 'paragraph', text, runs, line });
  };

  const start = (kind: 'paragraph' | 'heading' | 'list-item', line: number, level = 1) => {
    flush();
    const list = lists[lists.length - 1];
    current = { kind, level, runs: [], line, depth: list ? (list.kix ?? lists.length - 1) : 0, ordered: list?.ordered ?? false };
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase();
        // elements left open nest deeper and deeper; the parser's work per tag grows with the depth
        if (stack.length >= limits.nestingDepth) throw new InputLimitError('nestingDepth', `${file ?? 'HTML'}, ${byParagraph ? `paragraph ${paragraphs + 1}` : `line ${sourceLine(parser.startIndex)}`}`, `elements are nested more than ${limits.nestingDepth} deep (${tag} inside ${stack.length} open elements)`);
        // a paragraph inside a list item is part of that item, not a paragraph of its own
        if (byParagraph && skipDepth === 0 && PARAGRAPH_TAGS.has(tag) && !(tag === 'p' && stack.some((e) => e.tag === 'li'))) paragraphs++;
        const line = lineAt(parser.startIndex, tag);
        if (tag === 'meta' && /^(og:title|twitter:title)$/i.test(attrs.property ?? attrs.name ?? '') && !ogTitle) ogTitle = attrs.content ?? '';
        if (tag === 'script' && /ld\+json/i.test(attrs.type ?? '')) {
          inJsonLd = true;
          jsonLd.push('');
        }
        if (skipDepth > 0 || SKIPPED.has(tag)) {
          if (SKIPPED.has(tag)) skipDepth++;
          stack.push({ tag, bold: false, italic: false });
          return;
        }
        if (tag === 'title') inTitle = true;
        const parent = stack[stack.length - 1];
        const cls = (attrs.class ?? '').split(/\s+/).filter(Boolean);
        const style = (attrs.style ?? '').toLowerCase();
        const bold = (parent?.bold ?? false) || tag === 'b' || tag === 'strong' || cls.some((c) => classes.bold.has(c)) || /font-weight\s*:\s*(bold|[6-9]00)\b/.test(style);
        const boldOff = /font-weight\s*:\s*(normal|[1-4]00)\b/.test(style);
        const italic = (parent?.italic ?? false) || tag === 'i' || tag === 'em' || cls.some((c) => classes.italic.has(c)) || /font-style\s*:\s*italic/.test(style);
        stack.push({ tag, bold: bold && !boldOff, italic });

        const table = tables[tables.length - 1];
        if (tag === 'table') {
          flush();
          tables.push({ rows: [], line });
          return;
        }
        if (table && tag === 'tr') {
          table.rows.push([]);
          return;
        }
        if (table && (tag === 'td' || tag === 'th')) {
          if (!table.rows.length) table.rows.push([]);
          const cell: PendingCell = new TextTableCell('', line);
          const colspan = Number(attrs.colspan) || 1;
          const rowspan = Number(attrs.rowspan) || 1;
          if (colspan > 1) cell.colspan = colspan;
          if (rowspan > 1) cell.rowspan = rowspan;
          if (tag === 'th') cell.header = true;
          table.rows[table.rows.length - 1]!.push(cell);
          table.cell = cell;
          return;
        }
        if (table && tag === 'caption') {
          table.inCaption = true;
          table.caption ??= '';
          return;
        }
        if (table) {
          // paragraphs and lists inside a cell become lines of the cell's text
          if (table.cell && BLOCK_TAGS.has(tag) && table.cell.text && !table.cell.text.endsWith('\n')) table.cell.text += '\n';
          return;
        }
        if (tag === 'ul' || tag === 'ol') {
          flush();
          const kix = kixDepth(attrs.class);
          lists.push(kix === undefined ? { ordered: tag === 'ol' } : { ordered: tag === 'ol', kix });
        } else if (/^h[1-6]$/.test(tag)) start('heading', line, Number(tag[1]));
        else if (tag === 'p' && cls.includes('title')) start('heading', line, 1);
        else if (tag === 'p' && cls.includes('subtitle')) start('heading', line, 2);
        else if (tag === 'li') start('list-item', line);
        else if (current?.kind === 'list-item' && (tag === 'p' || tag === 'div')) pushRun(current.runs, ' ');
        else if (tag === 'p' || tag === 'div' || tag === 'blockquote' || tag === 'pre' || tag === 'dt' || tag === 'dd') start('paragraph', line);
        else if (tag === 'br' && current) pushRun(current.runs, '\n');
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (stack[stack.length - 1]?.tag === 'style') css += text;
          if (inJsonLd) jsonLd[jsonLd.length - 1] += text;
          return;
        }
        if (inTitle) {
          title += text;
          return;
        }
        const table = tables[tables.length - 1];
        if (table) {
          if (table.cell) table.cell.text += text;
          else if (table.inCaption) table.caption += text;
          return;
        }
        const top = stack[stack.length - 1];
        if (!current) {
          if (!text.trim()) return;
          // loose text outside any block element: treat it as a paragraph
          start('paragraph', lineAt(parser.startIndex));
        }
        pushRun(current!.runs, text, top?.bold ?? false, top?.italic ?? false);
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        // pop back to the matching element (htmlparser2 closes implied tags for us)
        let popped: OpenElement | undefined;
        while (stack.length) {
          popped = stack.pop();
          if (popped!.tag === tag) break;
        }
        if (SKIPPED.has(tag)) {
          skipDepth = Math.max(0, skipDepth - 1);
          if (tag === 'script') inJsonLd = false;
          if (tag === 'style') {
            classes = styledClasses(css);
          }
          return;
        }
        if (skipDepth > 0) return;
        if (tag === 'title') {
          inTitle = false;
          return;
        }
        const table = tables[tables.length - 1];
        if (table) {
          if (tag === 'td' || tag === 'th') table.cell = undefined;
          if (tag === 'caption') table.inCaption = false;
          if (tag === 'table') {
            tables.pop();
            // cleaned in place: a 200,000-cell table is not copied once more before it is laid out
            for (const row of table.rows) for (const c of row) c.text = c.text.includes('\n') ? c.text.split('\n').map(cleanText).filter(Boolean).join('\n') : cleanText(c.text);
            const rows = expandTable(table.rows);
            table.rows = [];
            const outer = tables[tables.length - 1];
            if (outer?.cell) outer.cell.text += `\n${rows.map((r) => r.map((c) => c.text).join(' ')).join('\n')}`;
            else if (rows.length) blocks.push({ type: 'table', rows, line: table.line, ...(table.caption && cleanText(table.caption) ? { caption: cleanText(table.caption) } : {}) });
          }
          return;
        }
        if (tag === 'ul' || tag === 'ol') {
          flush();
          lists.pop();
        } else if (current?.kind === 'list-item' && (tag === 'p' || tag === 'div')) {
          // a paragraph inside a list item (mammoth, some editors) is part of the item
        } else if (/^h[1-6]$/.test(tag) || tag === 'p' || tag === 'li' || tag === 'div' || tag === 'blockquote' || tag === 'pre' || tag === 'dt' || tag === 'dd') flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html.replace(/[\u200b\u200c\u200d\u2060]/g, ''));
  parser.end();
  flush();

  // a page carrying schema.org JobPosting data says in it what the posting is: title, description, qualifications
  const postings = jsonLdPostings(jsonLd);
  if (postings.length === 1) return postingDocument(postings[0]!, file);

  const doc: BlockDocument = { blocks };
  if (file !== undefined) doc.file = file;
  if (byParagraph) doc.positions = 'paragraphs';
  // JSON-LD too broken to read as a posting still names it
  const cleanTitle = (postings.length ? '' : jsonLdPostingTitle(jsonLd)) || cleanText(ogTitle) || cleanText(title);
  if (cleanTitle) doc.title = cleanTitle;
  return doc;
}
