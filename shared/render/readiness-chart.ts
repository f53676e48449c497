// The readiness-over-time chart as geometry: where the grid, the time ticks, the approval day and the line fall.
// The SVG in the report and the PNG in the Google Doc are both drawn from this one model, so they show the same.
import type { ReadinessPoint } from '../plan/progress';
import type { IndexedImage } from './png';
import { encodePng } from './png';

const DAY = 86_400_000;

export interface TimeAxis {
  x: (date: string) => number;
  ticks: { x: number; label: string }[];
}

/** Dates onto x from x0 to x0 + width, with a tick a month, a quarter or a year as the span asks. */
export function timeAxis(dates: string[], x0: number, width: number): TimeAxis {
  const times = dates.map((d) => Date.parse(`${d}T00:00:00Z`));
  const min = Math.min(...times);
  const max = Math.max(...times, min + DAY);
  const x = (date: string) => x0 + ((Date.parse(`${date}T00:00:00Z`) - min) / (max - min)) * width;
  const months = (max - min) / (30 * DAY);
  const step = months > 30 ? 12 : months > 8 ? 3 : 1;
  const ticks: { x: number; label: string }[] = [];
  const start = new Date(min);
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d.getTime() <= max; d.setUTCMonth(d.getUTCMonth() + step)) {
    if (d.getTime() >= min) ticks.push({ x: x0 + ((d.getTime() - min) / (max - min)) * width, label: d.toISOString().slice(0, 7) });
  }
  return { x, ticks };
}

export interface ReadinessChart {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  /** Horizontal lines at 0, 25, 50, 75 and 100%. */
  grid: { y: number; label: string }[];
  ticks: { x: number; label: string }[];
  approved?: { x: number; date: string };
  line: { x: number; y: number; date: string; readiness: number }[];
}

/** The chart's geometry; undefined when there is no point to draw. */
export function readinessChart(points: readonly ReadinessPoint[], options: { approvedOn?: string }): ReadinessChart | undefined {
  if (!points.length) return undefined;
  const plot = { left: 44, top: 30, width: 620, height: 160 };
  const { x, ticks } = timeAxis([...points.map((p) => p.date), ...(options.approvedOn ? [options.approvedOn] : [])], plot.left, plot.width);
  const y = (r: number) => plot.top + plot.height - r * plot.height;
  return {
    width: plot.left + plot.width + 20,
    height: plot.top + plot.height + 40,
    plot,
    grid: [0, 0.25, 0.5, 0.75, 1].map((r) => ({ y: y(r), label: `${Math.round(r * 100)}%` })),
    ticks,
    ...(options.approvedOn ? { approved: { x: x(options.approvedOn), date: options.approvedOn } } : {}),
    line: points.map((p) => ({ x: x(p.date), y: y(p.readiness), date: p.date, readiness: p.readiness })),
  };
}

/** The colours of the raster chart, by palette index. */
export const CHART_PALETTE = [
  [255, 255, 255], // 0 background
  [237, 242, 247], // 1 grid
  [203, 213, 224], // 2 axis and ticks
  [11, 110, 79], // 3 readiness line and dots
  [151, 90, 22], // 4 approval day
  [74, 85, 104], // 5 labels
] as const;
export const CHART_INK = { background: 0, grid: 1, axis: 2, line: 3, approved: 4, text: 5 } as const;

/** Pixels of palette indexes with the few strokes a chart needs. */
class Raster {
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

function drawLabel(r: Raster, text: string, x: number, y: number, ink: number): void {
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

/** The chart drawn as pixels: grid, axes with their labels, the approval day, the line (words are in the Doc's text). */
export function rasteriseReadinessChart(chart: ReadinessChart): IndexedImage {
  const r = new Raster(Math.round(chart.width), Math.round(chart.height));
  const { plot } = chart;
  for (const g of chart.grid) r.line(plot.left, g.y, plot.left + plot.width, g.y, 1, CHART_INK.grid);
  r.line(plot.left, plot.top + plot.height, plot.left + plot.width, plot.top + plot.height, 1, CHART_INK.axis);
  r.line(plot.left, plot.top, plot.left, plot.top + plot.height, 1, CHART_INK.axis);
  for (const t of chart.ticks) r.line(t.x, plot.top + plot.height, t.x, plot.top + plot.height + 5, 1, CHART_INK.axis);
  for (const g of chart.grid) drawLabel(r, g.label, plot.left - 6 - labelWidth(g.label), g.y - 5, CHART_INK.text);
  // tick labels that would overlap the one before are left out
  let lastEnd = -Infinity;
  for (const t of chart.ticks) {
    const x = Math.min(Math.max(0, t.x - labelWidth(t.label) / 2), r.width - labelWidth(t.label));
    if (x < lastEnd + 8) continue;
    drawLabel(r, t.label, x, plot.top + plot.height + 9, CHART_INK.text);
    lastEnd = x + labelWidth(t.label);
  }
  if (chart.approved) r.line(chart.approved.x, plot.top - 6, chart.approved.x, plot.top + plot.height, 1, CHART_INK.approved, [4, 3]);
  for (let i = 1; i < chart.line.length; i++) r.line(chart.line[i - 1]!.x, chart.line[i - 1]!.y, chart.line[i]!.x, chart.line[i]!.y, 2, CHART_INK.line);
  if (chart.line.length <= 120) for (const p of chart.line) r.dot(p.x, p.y, 3, CHART_INK.line);
  return { width: r.width, height: r.height, palette: CHART_PALETTE, pixels: r.pixels };
}

/** Readiness over time as a PNG file, for a Google Doc; undefined when there is no point to draw. */
export function readinessChartPng(points: readonly ReadinessPoint[], options: { approvedOn?: string }): { png: Uint8Array; width: number; height: number } | undefined {
  const chart = readinessChart(points, options);
  if (!chart) return undefined;
  const image = rasteriseReadinessChart(chart);
  return { png: encodePng(image), width: image.width, height: image.height };
}
