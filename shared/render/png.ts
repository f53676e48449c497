// PNG files written by hand, for the charts the add-on puts into Google Docs: Docs take PNG, JPEG or GIF images,
// never SVG, and Apps Script has no image library. An indexed-colour image is stored in uncompressed ('stored')
// deflate blocks, which every PNG reader accepts; the checksums PNG and zlib ask for (CRC-32, Adler-32) are
// computed here, so the core stays pure (no Node zlib, no canvas).

/** An image of palette indexes, one byte a pixel, row by row. */
export interface IndexedImage {
  width: number;
  height: number;
  /** Colours as [r, g, b], at most 256. */
  palette: readonly (readonly [number, number, number])[];
  pixels: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the longest run before the sums must be reduced (zlib's NMAX)
  for (let i = 0; i < bytes.length; ) {
    const stop = Math.min(bytes.length, i + 5552);
    for (; i < stop; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of stored deflate blocks (at most 65,535 bytes each). */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  out[0] = 0x78; // deflate, 32 KB window
  out[1] = 0x01; // no preset dictionary, fastest; (0x78 << 8 | 0x01) is a multiple of 31 as zlib requires
  let o = 2;
  for (let b = 0; b < blocks; b++) {
    const from = b * 65535;
    const len = Math.min(65535, data.length - from);
    out[o++] = b === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00 (stored)
    out[o++] = len & 0xff;
    out[o++] = len >>> 8;
    out[o++] = ~len & 0xff;
    out[o++] = (~len >>> 8) & 0xff;
    out.set(data.subarray(from, from + len), o);
    o += len;
  }
  const adler = adler32(data);
  out[o++] = adler >>> 24;
  out[o++] = (adler >>> 16) & 0xff;
  out[o++] = (adler >>> 8) & 0xff;
  out[o++] = adler & 0xff;
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** The image as a PNG file (colour type 3: 8-bit palette indexes). */
export function encodePng(image: IndexedImage): Uint8Array {
  const { width, height, palette, pixels } = image;
  if (!(width >= 1 && height >= 1 && Number.isInteger(width) && Number.isInteger(height))) throw new Error(`a PNG needs a whole positive size, not ${width}×${height}`);
  if (pixels.length !== width * height) throw new Error(`${pixels.length} pixels for a ${width}×${height} image`);
  if (!palette.length || palette.length > 256) throw new Error(`a palette holds 1 to 256 colours, not ${palette.length}`);
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header[8] = 8; // bits per index
  header[9] = 3; // palette
  // compression, filter and interlace methods 0
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach(([r, g, b], i) => plte.set([r, g, b], i * 3));
  // each row starts with its filter type: 0, none
  const raw = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', zlibStored(raw)), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
