// A block tree as a plain HTML document: what Google Drive converts into a readable Google Doc (the add-on's plan
// document), and a simple page anywhere else. Every text is escaped.
import type { Block, BlockDocument } from '../ingest/document/blocks';
import { html, trusted, type SafeHtml } from './html';

function listHtml(items: Extract<Block, { type: 'list-item' }>[]): SafeHtml {
  // nesting: each deeper run of items becomes a list inside the previous item
  const render = (from: number, depth: number): { out: SafeHtml[]; next: number } => {
    const out: SafeHtml[] = [];
    let i = from;
    while (i < items.length && items[i]!.depth >= depth) {
      const item = items[i]!;
      if (item.depth > depth) {
        const nested = render(i, item.depth);
        out.push(html`<li>${nested.out.length ? html`<ul>${nested.out}</ul>` : ''}</li>`);
        i = nested.next;
        continue;
      }
      const child = i + 1 < items.length && items[i + 1]!.depth > depth ? render(i + 1, items[i + 1]!.depth) : undefined;
      out.push(html`<li>${item.text}${child ? html`<ul>${child.out}</ul>` : ''}</li>`);
      i = child ? child.next : i + 1;
    }
    return { out, next: i };
  };
  const ordered = items[0]?.ordered ?? false;
  const body = render(0, Math.min(...items.map((i) => i.depth))).out;
  return ordered ? html`<ol>${body}</ol>` : html`<ul>${body}</ul>`;
}

function blockHtml(block: Exclude<Block, { type: 'list-item' }>): SafeHtml {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, block.level));
      return html`${trusted(`<h${level}>`)}${block.text}${trusted(`</h${level}>`)}`;
    }
    case 'paragraph':
      return html`<p>${block.text}</p>`;
    case 'table':
      return html`<table border="1" cellpadding="4">${block.rows.map(
        (row) => html`<tr>${row.filter((c) => !c.merged).map((c) => (c.header ? html`<th>${c.text}</th>` : html`<td>${c.text}</td>`))}</tr>`,
      )}</table>`;
  }
}

export function blocksToHtml(doc: BlockDocument): string {
  const parts: SafeHtml[] = [];
  for (let i = 0; i < doc.blocks.length; ) {
    const block = doc.blocks[i]!;
    if (block.type === 'list-item') {
      const run: Extract<Block, { type: 'list-item' }>[] = [];
      while (i < doc.blocks.length && doc.blocks[i]!.type === 'list-item') run.push(doc.blocks[i++] as Extract<Block, { type: 'list-item' }>);
      parts.push(listHtml(run));
    } else {
      parts.push(blockHtml(block));
      i++;
    }
  }
  return html`<!doctype html><html><head><meta charset="utf-8"><title>${doc.title ?? ''}</title></head><body>${parts}</body></html>`.value;
}
