// Reads a Markdown job description (as people and wikis write it) into the neutral block tree, keeping line numbers.
import { InputLimitError, limits } from '../limits';
import { Lexer, type Token, type Tokens } from 'marked';
import { plainInlineTokens } from './markdown-inline';
import type { Block, BlockDocument, TableCell, TextRun } from './blocks';
import { jsonLdPostingTitle } from './job-posting';
import { cleanText, decodeEntities, lineCounter, pushRun, runsText } from './text-runs';

/**
 * Front matter (YAML between `---`, TOML between `+++`) is metadata, not prose: it is blanked out (so line numbers
 * stay true) and the posting's name in it (`title`, `role_name`, `job_title`) becomes the document title.
 */
function stripFrontMatter(src: string): { body: string; title?: string } {
  const m = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(?:\n|$)/.exec(src);
  if (!m) return { body: src };
  const names = [...m[2]!.matchAll(/^(role_name|job_title|jobtitle|title)\s*[:=]\s*(.+)$/gim)].map((f) => ({ key: f[1]!.toLowerCase(), value: f[2]!.trim().replace(/^["']|["']$/g, '').trim() }));
  const title = (names.find((n) => n.key !== 'title') ?? names[0])?.value;
  const blanked = m[0].replace(/[^\n]/g, '');
  return { body: blanked + src.slice(m[0].length), title: title || undefined };
}

/**
 * Template tags (ERB `<% %>`, Liquid/Jinja `{% %}` and `{{ }}`, Hugo shortcodes `{{< >}}`) are page machinery: each is
 * blanked out, its newlines kept so every line number stays true.
 */
export function stripTemplateTags(src: string): string {
  return src.replace(/<%[\s\S]*?%>|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, (tag) => tag.replace(/[^\n]/g, ' '));
}

/** Inline tokens to text runs: `**x**`/`__x__` are bold, `*x*`/`_x_` italic, links keep their text, inline HTML is dropped. */
function inlineRuns(tokens: Token[] | undefined, runs: TextRun[], bold = false, italic = false): void {
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        inlineRuns((token as Tokens.Strong).tokens, runs, true, italic);
        break;
      case 'em':
        inlineRuns((token as Tokens.Em).tokens, runs, bold, true);
        break;
      case 'del':
      case 'link':
        inlineRuns((token as Tokens.Link).tokens, runs, bold, italic);
        break;
      case 'codespan':
        pushRun(runs, decodeEntities((token as Tokens.Codespan).text), bold, italic);
        break;
      case 'br':
        pushRun(runs, '\n', bold, italic);
        break;
      case 'html':
      case 'image':
        break;
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length) inlineRuns(t.tokens, runs, bold, italic);
        else pushRun(runs, decodeEntities(t.text), bold, italic);
        break;
      }
      default:
        if ('text' in token && typeof token.text === 'string') pushRun(runs, decodeEntities(token.text), bold, italic);
    }
  }
}

/** Hugo/Jekyll shortcodes and template tags are page machinery, not content. */
const TEMPLATE_TAG = /^\s*(\{\{[<%][\s\S]*?[%>]\}\}|\{%[\s\S]*?%\})\s*$/;

/**
 * marked's lexer in its two passes: the block pass, then the inline pass only for text that needs it (plain words and
 * **bold** runs are read directly; links, code, emphasis and the rest by marked).
 */
function lexMarkdown(body: string): Token[] {
  const lexer = new Lexer({ gfm: true });
  const tokens = lexer.blockTokens(body, lexer.tokens);
  // the queue of text the block pass leaves for the inline pass (what marked's own lex() walks); should a later marked
  // keep it elsewhere, the whole document is lexed the usual way
  const queue = (lexer as unknown as { inlineQueue?: unknown }).inlineQueue;
  if (!Array.isArray(queue)) return new Lexer({ gfm: true }).lex(body);
  for (const { src, tokens: inline } of queue as { src: string; tokens: Token[] }[]) {
    const plain = plainInlineTokens(src);
    if (plain) inline.push(...plain);
    else lexer.inlineTokens(src, inline);
  }
  queue.length = 0;
  return tokens;
}

export function markdownToBlocks(markdown: string, file?: string): BlockDocument {
  // zero-width spaces pasted from Word or Google Docs sit between words; removing them keeps every line number
  const normalised = stripTemplateTags(markdown.replace(/\r\n?/g, '\n').replace(/[\u200b\u200c\u200d\u2060]/g, ''));
  const { body, title } = stripFrontMatter(normalised);
  checkMarkdownNesting(body, file);
  const lineAt = lineCounter(body);
  const blocks: Block[] = [];
  const jsonLd: string[] = [];
  let tokens: Token[];
  try {
    tokens = lexMarkdown(body);
  } catch {
    // marked should not throw on any text; if it ever does, plain paragraphs are better than nothing
    tokens = body.split(/\n{2,}/).map((raw) => ({ type: 'paragraph', raw, text: raw, tokens: [{ type: 'text', raw, text: raw }] }) as Token);
  }

  /** Finds where a token's raw text starts, searching forward from `from`; falls back to `from`. */
  const locate = (raw: string, from: number): number => {
    if (!raw) return from;
    const at = body.indexOf(raw, from);
    return at >= 0 ? at : from;
  };

  const addTextBlock = (type: 'paragraph' | 'heading', runs: TextRun[], offset: number, level = 1) => {
    const text = runsText(runs);
    if (!text || TEMPLATE_TAG.test(text)) return;
    if (type === 'heading') blocks.push({ type: 'heading', level, text, line: lineAt(offset) });
    else blocks.push({ type: 'paragraph', text, runs, line: lineAt(offset) });
  };

  const walkList = (list: Tokens.List, depth: number, offset: number) => {
    let cursor = offset;
    for (const item of list.items) {
      const at = locate(item.raw, cursor);
      cursor = at + Math.max(1, item.raw.length - 1);
      const runs: TextRun[] = [];
      const nested: Tokens.List[] = [];
      for (const child of item.tokens) {
        if (child.type === 'list') nested.push(child as Tokens.List);
        else if (child.type === 'paragraph' || child.type === 'text') {
          if (runs.length) pushRun(runs, ' ');
          inlineRuns(child.type === 'paragraph' ? (child as Tokens.Paragraph).tokens : (child as Tokens.Text).tokens ?? [child], runs);
        }
      }
      // a sentence typed on its own line under a bullet, its marker forgotten, is an item of its own
      for (const part of nested.length ? [runs] : forgottenBullets(item.raw, runs)) {
        const text = runsText(part);
        if (text) blocks.push({ type: 'list-item', text, runs: part, depth, ordered: list.ordered, line: lineAt(at) });
      }
      let inner = at;
      for (const sub of nested) {
        inner = locate(sub.raw, inner);
        walkList(sub, depth + 1, inner);
      }
    }
  };

  const walk = (list: Token[], start: number) => {
    let cursor = start;
    for (const token of list) {
      const at = locate(token.raw, cursor);
      cursor = at + token.raw.length;
      switch (token.type) {
        case 'heading': {
          const runs: TextRun[] = [];
          inlineRuns((token as Tokens.Heading).tokens, runs);
          addTextBlock('heading', runs, at, (token as Tokens.Heading).depth);
          break;
        }
        case 'paragraph': {
          const runs: TextRun[] = [];
          inlineRuns((token as Tokens.Paragraph).tokens, runs);
          addTextBlock('paragraph', runs, at);
          break;
        }
        case 'text': {
          const runs: TextRun[] = [];
          inlineRuns((token as Tokens.Text).tokens ?? [token], runs);
          addTextBlock('paragraph', runs, at);
          break;
        }
        case 'code':
          addTextBlock('paragraph', [{ text: cleanText((token as Tokens.Code).text) }], at);
          break;
        case 'html': {
          // block HTML (iframes, <picture>, anchors): keep only its visible text; a script is machinery, though a
          // JSON-LD JobPosting in one names the posting
          const raw = (token as Tokens.HTML).text;
          for (const m of raw.matchAll(JSON_LD_SCRIPT)) jsonLd.push(m[1]!);
          // a description list (GOV.UK's summary list: "Grade | HEO") is label and value, one pair a line
          const pairs = /<dt\b/i.test(raw) ? descriptionPairs(raw.replace(INVISIBLE_ELEMENT, ' ')) : [];
          if (pairs.length) {
            const lines = pairs.map(([label, value]) => (value ? `${label}: ${value}` : label)).join('\n');
            addTextBlock('paragraph', [{ text: lines }], at);
            break;
          }
          const text = decodeEntities(raw.replace(INVISIBLE_ELEMENT, ' ').replace(/<[^>]*>/g, ' '));
          addTextBlock('paragraph', [{ text: cleanText(text) }], at);
          break;
        }
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens, at);
          break;
        case 'list':
          walkList(token as Tokens.List, 0, at);
          break;
        case 'table': {
          const table = token as Tokens.Table;
          const cell = (c: Tokens.TableCell, header: boolean): TableCell => {
            const runs: TextRun[] = [];
            inlineRuns(c.tokens, runs);
            return header ? { text: runsText(runs), header: true } : { text: runsText(runs) };
          };
          const rows = [table.header.map((c) => cell(c, true)), ...table.rows.map((r) => r.map((c) => cell(c, false)))];
          blocks.push({ type: 'table', rows, line: lineAt(at) });
          break;
        }
        default:
          // hr, space, def (reference links): no content
          break;
      }
    }
  };
  walk(tokens, 0);

  const doc: BlockDocument = { blocks };
  if (file !== undefined) doc.file = file;
  // the posting's own structured data names it before the page's front matter does (that is often the post's headline)
  const named = jsonLdPostingTitle(jsonLd) ?? title;
  if (named !== undefined) doc.title = named;
  return doc;
}

/**
 * A list item's runs split where a line of its own starts flush left with a capital after a line that ended a sentence
 * ("* Develop a deep understanding of X.\nCommunicate with customers …"): Markdown joins such a line to the bullet
 * above, but the person typing it forgot a marker. A wrapped line (indented, or continuing a sentence) stays joined.
 */
function forgottenBullets(raw: string, runs: TextRun[]): TextRun[][] {
  const lines = raw.replace(/\n+$/, '').split('\n');
  if (lines.length < 2) return [runs];
  const splitAfter = new Set<number>();
  for (let i = 1; i < lines.length; i++) if (/^\p{Lu}/u.test(lines[i]!) && /[.!?]["”’)]?\s*$/.test(lines[i - 1]!) && lines[i]!.trim().split(/\s+/).length >= 4) splitAfter.add(i - 1);
  const joined = runs.map((r) => r.text).join('');
  if (!splitAfter.size || (joined.match(/\n/g) ?? []).length !== lines.length - 1) return [runs];
  const parts: TextRun[][] = [[]];
  let newline = 0;
  for (const run of runs) {
    const pieces = run.text.split('\n');
    pieces.forEach((piece, k) => {
      if (k > 0) {
        if (splitAfter.has(newline)) parts.push([]);
        else if (piece || k < pieces.length - 1) parts[parts.length - 1]!.push({ ...run, text: '\n' });
        newline++;
      }
      if (piece) parts[parts.length - 1]!.push({ ...run, text: piece });
    });
  }
  return parts.filter((p) => p.length);
}

/** The label and value of each `<dt>`/`<dd>` pair of a description list, as visible text. */
function descriptionPairs(html: string): [string, string][] {
  const visible = (fragment: string) => cleanText(decodeEntities(fragment.replace(/<[^>]*>/g, ' ')));
  const pairs: [string, string][] = [];
  for (const m of html.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt\s*>\s*((?:<dd\b[^>]*>[\s\S]*?<\/dd\s*>\s*)*)/gi)) {
    const values = [...m[2]!.matchAll(/<dd\b[^>]*>([\s\S]*?)<\/dd\s*>/gi)].map((d) => visible(d[1]!)).filter(Boolean);
    const label = visible(m[1]!);
    if (label) pairs.push([label, values.join(', ')]);
  }
  return pairs;
}

const JSON_LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const INVISIBLE_ELEMENT = /<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi;

/** Leading list markers and quote marks of a line ("- > 1. "), each one level of nesting for marked's recursive lexer. */
const NESTING_PREFIX = /^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$))+/;

/**
 * marked lexes nested lists and quotes by recursion, and spends time on every level: a document nested thousands
 * deep would overflow the stack or take minutes. The deepest line is measured first (indentation counts a level
 * per two columns) and refused past the limit, with the line named.
 */
export function checkMarkdownNesting(body: string, file?: string): void {
  let line = 0;
  let paragraph = 0;
  let paragraphLine = 1;
  // blocks counted before marked lexes them: tens of thousands take it longer than any job description should
  let blocks = 0;
  for (let start = 0; start <= body.length; ) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    line++;
    // a paragraph runs to the next blank line; marked's inline pass over one of megabytes takes minutes
    const head = body.slice(start, Math.min(end, start + 256));
    if (/^\s*$/.test(head)) paragraph = 0;
    else {
      if (paragraph === 0 || /^\s*(#|[-*+]\s|\d{1,9}[.)]\s|>)/.test(head)) {
        blocks++;
        if (blocks > limits.documentBlocks) throw new InputLimitError('documentBlocks', `${file ?? 'markdown'}, line ${line}`, `the document has more than ${limits.documentBlocks} headings, paragraphs and list items`);
      }
      if (paragraph === 0) paragraphLine = line;
      paragraph += end - start;
      if (paragraph > limits.paragraphCharacters) throw new InputLimitError('paragraphCharacters', `${file ?? 'markdown'}, line ${paragraphLine}`, `a paragraph of more than ${paragraph} characters`);
    }
    const text = body.slice(start, Math.min(end, start + 64 * 1024));
    const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    if (indent / 2 > limits.nestingDepth) throw new InputLimitError('nestingDepth', `${file ?? 'markdown'}, line ${line}`, `the line is indented ${indent} columns (${Math.floor(indent / 2)} levels)`);
    const prefix = NESTING_PREFIX.exec(text)?.[0];
    if (prefix) {
      const depth = prefix.match(/[-*+>]|\d{1,9}[.)]/g)!.length + Math.floor(indent / 2);
      if (depth > limits.nestingDepth) throw new InputLimitError('nestingDepth', `${file ?? 'markdown'}, line ${line}`, `lists or quotes are nested ${depth} deep`);
    }
    start = end + 1;
  }
}
