// A Google Doc's body as DocumentApp walks it, for a Doc Drive made by importing HTML: each heading or paragraph
// is a PARAGRAPH, each list item a LIST_ITEM, each table a TABLE, in order; images placed with Body.insertImage
// are kept beside it (and dropped when the Doc is imported again). Body.insertImage holds to what Google says of
// images in Docs: PNG, JPEG or GIF only (the InlineImage blob's type), and at most 25 megapixels.
import { parseDocument } from 'htmlparser2';
import { AppsScriptException } from './errors';

export type BodyElementType = 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE' | 'INLINE_IMAGE';

export interface BodyChild {
  type: BodyElementType;
  text: string;
}

export interface PlacedImage {
  /** The body index the image was inserted at, and the text of the element before it. */
  index: number;
  after: string;
  contentType: string;
  bytes: Uint8Array;
  width?: number;
  height?: number;
  altTitle?: string;
  altDescription?: string;
}

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = { name: string; children: ChildNode[] };

const textOf = (node: ChildNode): string => ('children' in node ? node.children.map(textOf).join('') : node.type === 'text' ? node.data : '');

/** The body's elements in order, from the imported HTML. */
export function bodyFromHtml(html: string): BodyChild[] {
  const out: BodyChild[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      const el = node as unknown as Element;
      if (/^(h[1-6]|p)$/.test(el.name)) out.push({ type: 'PARAGRAPH', text: textOf(node).trim() });
      else if (el.name === 'li') {
        out.push({ type: 'LIST_ITEM', text: el.children.filter((c) => !(c.type === 'tag' && /^(ul|ol)$/.test((c as unknown as Element).name))).map(textOf).join('').trim() });
        walk(el.children.filter((c) => c.type === 'tag' && /^(ul|ol)$/.test((c as unknown as Element).name)));
      } else if (el.name === 'table') out.push({ type: 'TABLE', text: textOf(node).trim() });
      else walk(el.children);
    }
  };
  walk(parseDocument(html).children);
  return out;
}

const SIGNATURES: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/gif': [0x47, 0x49, 0x46, 0x38],
};
export const MAX_IMAGE_PIXELS = 25_000_000;

/** Refuses what Docs refuses: a type other than PNG, JPEG or GIF, bytes that are not that type, an image over 25 MP. */
export function checkImageBlob(contentType: string | null, bytes: Uint8Array | undefined): void {
  const signature = contentType ? SIGNATURES[contentType] : undefined;
  if (!signature) throw new AppsScriptException(`Invalid image data: Docs take PNG, JPEG or GIF images, not ${contentType ?? 'a blob without a type'}`);
  if (!bytes || !signature.every((b, i) => bytes[i] === b)) throw new AppsScriptException(`Invalid image data: the blob is not a ${contentType} image`);
  if (contentType === 'image/png') {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const pixels = view.getUint32(16) * view.getUint32(20);
    if (pixels > MAX_IMAGE_PIXELS) throw new AppsScriptException(`Invalid image data: ${pixels} pixels is over the 25 megapixels an image in Docs may have`);
  }
}
