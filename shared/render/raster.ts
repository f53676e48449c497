// Pixels of palette indexes with the few strokes charts need (lines, dashes, dots) and a tiny font for the
// digits of their axes: what the PNG charts of the plan's Google Doc are drawn with.

/** Pixels of palette indexes with the few strokes a chart needs. */
export class Raster {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height);
  }
  set(x: number, y: number, ink: number): void {
    if (x >= 0 && y >= 0 && x < this.width && y < this.height) this.pixels[y * this.width + x] = ink;
  }
  dot(x: number, y: number, radius: number, ink: number): void {
    const r2 = radius * radius;
    for (let dy = -Math.ceil(radius); dy <= Math.ceil(radius); dy++) {
      for (let dx = -Math.ceil(radius); dx <= Math.ceil(radius); dx++) {
        const px = Math.round(x) + dx;
        const py = Math.round(y) + dy;
        if (dx * dx + dy * dy <= r2 && px >= 0 && py >= 0 && px < this.width && py < this.height) this.pixels[py * this.width + px] = ink;
      }
    }
  }
  /** A line of the given thickness; `dash` [on, off] in pixels along it. */
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, ink: number, dash?: readonly [number, number]): void {
    const length = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.ceil(length * 2));
    for (let i = 0; i <= steps; i++) {
      const along = (i / steps) * length;
      if (dash && along % (dash[0] + dash[1]) >= dash[0]) continue;
      this.dot(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps, thickness / 2, ink);
    }
  }
}

/**
 * Digits, '%' and '-' in a 3×5 pixel font: enough for the axes' labels (percentages, YYYY-MM), which a chart
 * without them could not be read by; words stay in the text around the image.
 */
const GLYPHS: Record<string, string[]> = {
  '0': ['111', '101', '101', '101', '111'],
  '1': ['010', '110', '010', '010', '111'],
  '2': ['111', '001', '111', '100', '111'],
  '3': ['111', '001', '111', '001', '111'],
  '4': ['101', '101', '111', '001', '001'],
  '5': ['111', '100', '111', '001', '111'],
  '6': ['111', '100', '111', '101', '111'],
  '7': ['111', '001', '010', '010', '010'],
  '8': ['111', '101', '111', '101', '111'],
  '9': ['111', '101', '111', '001', '111'],
  '%': ['101', '001', '010', '100', '101'],
  '-': ['000', '000', '111', '000', '000'],
};
const GLYPH_SCALE = 2;
/** Width of a label in pixels (each glyph 3 wide and a 1-pixel gap, scaled). */
export const labelWidth = (text: string) => text.length * 4 * GLYPH_SCALE - GLYPH_SCALE;

export function drawLabel(r: Raster, text: string, x: number, y: number, ink: number): void {
  [...text].forEach((ch, i) => {
    const glyph = GLYPHS[ch];
    if (!glyph) return;
    glyph.forEach((row, gy) => {
      for (let gx = 0; gx < 3; gx++) {
        if (row[gx] !== '1') continue;
        for (let dy = 0; dy < GLYPH_SCALE; dy++) for (let dx = 0; dx < GLYPH_SCALE; dx++) r.set(Math.round(x) + (i * 4 + gx) * GLYPH_SCALE + dx, Math.round(y) + gy * GLYPH_SCALE + dy, ink);
      }
    });
  });
}

