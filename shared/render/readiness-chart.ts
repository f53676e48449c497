// The readiness-over-time chart as geometry: where the grid, the time ticks, the approval day and the line fall.
// The SVG in the report and the PNG in the Google Doc are both drawn from this one model, so they show the same.
import type { ReadinessPoint } from '../plan/progress';
import type { IndexedImage } from './png';
import { encodePng } from './png';
import { drawLabel, labelWidth, Raster } from './raster';

export { labelWidth };

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
