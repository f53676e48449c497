// Test support: reads a PNG back with Node's zlib (an independent inflater) and checks every chunk's CRC, so the
// tests of the hand-written encoder do not trust the encoder's own arithmetic.
import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  bitDepth: number;
  /** [r, g, b] of the pixel at (x, y). */
  rgb(x: number, y: number): [number, number, number];
  chunks: string[];
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function decodePng(file: Uint8Array): DecodedPng {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => file[i] === b)) throw new Error('not a PNG signature');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let o = 8;
  let width = 0, height = 0, bitDepth = 0, colourType = 0;
  let palette: Uint8Array = new Uint8Array(0);
  const idat: Uint8Array[] = [];
  const chunks: string[] = [];
  while (o < file.length) {
    const len = view.getUint32(o);
    const type = String.fromCharCode(...file.subarray(o + 4, o + 8));
    const data = file.subarray(o + 8, o + 8 + len);
    if (view.getUint32(o + 8 + len) !== crc(file.subarray(o + 4, o + 8 + len))) throw new Error(`${type}: CRC does not match`);
    chunks.push(type);
    if (type === 'IHDR') {
      const h = new DataView(data.buffer, data.byteOffset, data.byteLength);
      width = h.getUint32(0);
      height = h.getUint32(4);
      bitDepth = data[8]!;
      colourType = data[9]!;
    } else if (type === 'PLTE') palette = data;
    else if (type === 'IDAT') idat.push(data);
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  if (colourType !== 3 || bitDepth !== 8) throw new Error(`only 8-bit palette images are read here, not type ${colourType} depth ${bitDepth}`);
  if (raw.length !== height * (width + 1)) throw new Error(`${raw.length} bytes of image data for ${width}×${height}`);
  for (let y = 0; y < height; y++) if (raw[y * (width + 1)] !== 0) throw new Error(`row ${y} uses filter ${raw[y * (width + 1)]}`);
  return {
    width,
    height,
    colourType,
    bitDepth,
    chunks,
    rgb: (x, y) => {
      const index = raw[y * (width + 1) + 1 + x]!;
      return [palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!];
    },
  };
}
