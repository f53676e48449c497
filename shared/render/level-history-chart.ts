// Each competency's level over time as a PNG for the plan's Google Doc: one row per competency, numbered as in
// the table beneath it, with the manager's levels solid, the self levels dashed and the required level dotted,
// on the same time axis and level scale as the report's SVG (progress-svg.ts).
import type { CompetencyHistory, LevelPoint } from '../plan/progress';
import { encodePng, type IndexedImage } from './png';
import { drawLabel, labelWidth, Raster } from './raster';
import { timeAxis } from './readiness-chart';

export const LEVEL_PALETTE = [
  [255, 255, 255], // 0 background
  [237, 242, 247], // 1 row rule
  [183, 121, 31], // 2 required level
  [49, 130, 206], // 3 self levels
  [11, 110, 79], // 4 manager levels
  [74, 85, 104], // 5 labels
] as const;
export const LEVEL_INK = { background: 0, rule: 1, required: 2, self: 3, manager: 4, text: 5 } as const;

export interface LevelHistoryChart {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number };
  rowHeight: number;
  ticks: { x: number; label: string }[];
  rows: { number: string; top: number; requiredY: number; self: { x: number; y: number }[]; manager: { x: number; y: number }[] }[];
}

/** The corners of a step line: level held until the next assessment, then to the chart's right edge. */
function stepCorners(points: readonly LevelPoint[], x: (d: string) => number, y: (l: number) => number, end: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  points.forEach((p, i) => {
    if (i) out.push({ x: x(p.date), y: y(points[i - 1]!.level) });
    out.push({ x: x(p.date), y: y(p.level) });
  });
  if (points.length) out.push({ x: end, y: y(points[points.length - 1]!.level) });
  return out;
}

/** The chart's geometry; undefined when no level was recorded. */
export function levelHistoryChart(competencies: readonly CompetencyHistory[], options: { minRank: number; maxRank: number }): LevelHistoryChart | undefined {
  const dates = competencies.flatMap((c) => [...c.self, ...c.manager].map((p) => p.date));
  if (!dates.length) return undefined;
  const plot = { left: 40, top: 26, width: 580 };
  const rowHeight = 40;
  const { x, ticks } = timeAxis(dates, plot.left, plot.width);
  const span = Math.max(1, options.maxRank - options.minRank);
  const end = plot.left + plot.width;
  return {
    width: plot.left + plot.width + 16,
    height: plot.top + competencies.length * rowHeight + 8,
    plot,
    rowHeight,
    ticks,
    rows: competencies.map((c, i) => {
      const top = plot.top + i * rowHeight;
      const y = (level: number) => top + rowHeight - 8 - ((level - options.minRank) / span) * (rowHeight - 14);
      return { number: String(i + 1), top, requiredY: y(c.required), self: stepCorners(c.self, x, y, end), manager: stepCorners(c.manager, x, y, end) };
    }),
  };
}

export function rasteriseLevelHistory(chart: LevelHistoryChart): IndexedImage {
  const r = new Raster(Math.round(chart.width), Math.round(chart.height));
  const { plot } = chart;
  const end = plot.left + plot.width;
  let lastEnd = -Infinity;
  for (const t of chart.ticks) {
    const x = Math.min(Math.max(plot.left, t.x - labelWidth(t.label) / 2), r.width - labelWidth(t.label));
    if (x < lastEnd + 8) continue;
    drawLabel(r, t.label, x, 6, LEVEL_INK.text);
    lastEnd = x + labelWidth(t.label);
  }
  const path = (corners: { x: number; y: number }[], thickness: number, ink: number, dash?: readonly [number, number]) => {
    for (let i = 1; i < corners.length; i++) r.line(corners[i - 1]!.x, corners[i - 1]!.y, corners[i]!.x, corners[i]!.y, thickness, ink, dash);
  };
  for (const row of chart.rows) {
    drawLabel(r, row.number, plot.left - 10 - labelWidth(row.number), row.top + chart.rowHeight / 2 - 5, LEVEL_INK.text);
    r.line(plot.left, row.top + chart.rowHeight - 2, end, row.top + chart.rowHeight - 2, 1, LEVEL_INK.rule);
    r.line(plot.left, row.requiredY, end, row.requiredY, 1, LEVEL_INK.required, [2, 3]);
    // a 2-pixel pen covers a pixel either side of its path: gaps of 5 leave about 2 clear
    path(row.self, 2, LEVEL_INK.self, [6, 5]);
    path(row.manager, 2, LEVEL_INK.manager);
  }
  return { width: r.width, height: r.height, palette: LEVEL_PALETTE, pixels: r.pixels };
}

/** Each competency's level history as a PNG file; undefined when no level was recorded. */
export function levelHistoryChartPng(competencies: readonly CompetencyHistory[], options: { minRank: number; maxRank: number }): { png: Uint8Array; width: number; height: number } | undefined {
  const chart = levelHistoryChart(competencies, options);
  if (!chart) return undefined;
  const image = rasteriseLevelHistory(chart);
  return { png: encodePng(image), width: image.width, height: image.height };
}
