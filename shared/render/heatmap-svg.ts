// The skill-gap heatmap as accessible SVG: one row per person (or per manager's team), one column per
// competency, the steps still to climb written in each cell so the colour is never the only cue.
import { html, type SafeHtml } from './html';
import { textWidth } from './stacked-bars-svg';

export interface HeatmapSvgCell {
  /** Steps to climb (a mean for team rows); null where the competency is not required. */
  value: number | null;
  /** Unassessed: drawn hatched and marked "?". */
  notAssessed?: boolean;
  /** What a screen reader and a hover read. */
  label: string;
}

export interface HeatmapSvgInput {
  id: string;
  title: string;
  description: string;
  rowLabels: string[];
  columnLabels: string[];
  cells: HeatmapSvgCell[][];
}

const CELL = 30;
const HEADER_H = 150;
const ROW_LABEL_MAX = 44;
const LEGEND_W = 540;

/** Fill for a gap of `value` steps: pale green when met, deepening orange to red as the gap grows. */
export function gapColour(value: number): string {
  if (value <= 0) return '#e3f4ec';
  if (value < 1) return '#fdf1d8';
  if (value < 2) return '#f9d39b';
  if (value < 3) return '#f0a35e';
  return '#d9622b';
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function heatmapSvg(input: HeatmapSvgInput): SafeHtml {
  const LABEL_W = Math.round(Math.min(330, Math.max(120, ...input.rowLabels.map((l) => textWidth(shorten(l, ROW_LABEL_MAX)) + 16))));
  // the slanted column labels reach past the last column
  const width = Math.max(LABEL_W + Math.max(1, input.columnLabels.length) * CELL + 100, LEGEND_W);
  const height = HEADER_H + input.rowLabels.length * CELL + 40;
  const headers = input.columnLabels.map((label, c) => {
    const x = LABEL_W + c * CELL + CELL / 2;
    return html`<text class="col" transform="translate(${x + 4},${HEADER_H - 6}) rotate(-55)">${shorten(label, 24)}</text>`;
  });
  const hatch = `url(#${input.id}-hatch)`;
  const rows = input.rowLabels.map((label, r) => {
    const y = HEADER_H + r * CELL;
    const cells = input.cells[r]!.map((cell, c) => {
      const x = LABEL_W + c * CELL;
      if (cell.value === null) return html`<rect class="none" x="${x + 1}" y="${y + 1}" width="${CELL - 2}" height="${CELL - 2}"><title>${cell.label}</title></rect>`;
      const dark = cell.value >= 3;
      return html`<g class="cell"><title>${cell.label}</title><rect x="${x + 1}" y="${y + 1}" width="${CELL - 2}" height="${CELL - 2}" fill="${cell.notAssessed ? hatch : gapColour(cell.value)}"/><text x="${x + CELL / 2}" y="${y + CELL / 2 + 4}" text-anchor="middle" fill="${dark ? '#fff' : '#1c2430'}">${cell.notAssessed ? '?' : formatValue(cell.value)}</text></g>`;
    });
    return html`<g class="row"><text class="rowlabel" x="${LABEL_W - 8}" y="${y + CELL / 2 + 4}" text-anchor="end">${shorten(label, ROW_LABEL_MAX)}</text>${cells}</g>`;
  });
  const legendY = height - 18;
  const legend = [0, 0.5, 1, 2, 3].map((v, i) => html`<rect x="${10 + i * 78}" y="${legendY - 10}" width="14" height="14" fill="${gapColour(v)}" stroke="#cbd5e0"/><text x="${10 + i * 78 + 18}" y="${legendY + 1}">${v === 0 ? 'met' : v === 0.5 ? '< 1 step' : v === 3 ? '3+ steps' : `${v} step${v === 1 ? '' : 's'}`}</text>`);
  return html`<svg class="heatmap" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc">
<title id="${input.id}-title">${input.title}</title><desc id="${input.id}-desc">${input.description}</desc>
<defs><pattern id="${input.id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff7e6"/><line x1="0" y1="0" x2="0" y2="6" stroke="#d69e2e" stroke-width="2"/></pattern></defs>
<style>.heatmap text{font:12px system-ui,sans-serif}.heatmap .rowlabel,.heatmap .legend text{fill:#1c2430}.heatmap .col{font-size:11px;fill:#4a5568}.heatmap .none{fill:#f7f9fb}.heatmap .cell rect{stroke:#fff}</style>
${headers}${rows}
<g class="legend">${legend}<rect x="${10 + 5 * 78}" y="${legendY - 10}" width="14" height="14" fill="${hatch}" stroke="#cbd5e0"/><text x="${10 + 5 * 78 + 18}" y="${legendY + 1}">? not assessed</text></g>
</svg>`;
}
