// Horizontal stacked bars as accessible SVG (a title, a description, a <title> on every segment, counts written
// on the bars): the readiness distribution and the talent pipeline of the team report.
import { html, type SafeHtml } from './html';

export interface StackedBarSeries {
  name: string;
  colour: string;
  /** Text colour on the segment (dark fills need white). */
  ink?: string;
}

export interface StackedBarRow {
  label: string;
  /** One value per series. */
  values: number[];
}

export interface StackedBarsInput {
  id: string;
  title: string;
  description: string;
  series: StackedBarSeries[];
  rows: StackedBarRow[];
  /** What a value counts ("people"). */
  unit: string;
}

const LABEL_W = 230;
const BAR_W = 460;
const ROW_H = 30;
const TOP = 40;

export function stackedBarsSvg(input: StackedBarsInput): SafeHtml {
  const max = Math.max(1, ...input.rows.map((r) => r.values.reduce((s, v) => s + v, 0)));
  const width = LABEL_W + BAR_W + 70;
  const height = TOP + input.rows.length * ROW_H + 20;
  const legend = input.series.map((s, i) => html`<rect x="${LABEL_W + i * 120}" y="8" width="14" height="14" fill="${s.colour}"/><text x="${LABEL_W + i * 120 + 18}" y="19">${s.name}</text>`);
  const bars = input.rows.map((row, r) => {
    const y = TOP + r * ROW_H;
    let x = LABEL_W;
    const total = row.values.reduce((s, v) => s + v, 0);
    const segments = row.values.map((value, i) => {
      if (!value) return '';
      const w = (value / max) * BAR_W;
      const s = input.series[i]!;
      const seg = html`<g class="seg"><title>${row.label}: ${value} ${input.unit} ${s.name.toLowerCase()}</title><rect x="${x}" y="${y + 4}" width="${w}" height="${ROW_H - 8}" fill="${s.colour}"/>${w >= 18 ? html`<text x="${x + w / 2}" y="${y + ROW_H / 2 + 4}" text-anchor="middle" fill="${s.ink ?? '#1c2430'}">${value}</text>` : ''}</g>`;
      x += w;
      return seg;
    });
    return html`<g class="bar"><text class="label" x="${LABEL_W - 8}" y="${y + ROW_H / 2 + 4}" text-anchor="end">${row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label}</text>${segments}<text class="total" x="${x + 6}" y="${y + ROW_H / 2 + 4}">${total}</text></g>`;
  });
  return html`<svg class="bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${input.id}-title ${input.id}-desc">
<title id="${input.id}-title">${input.title}</title><desc id="${input.id}-desc">${input.description}</desc>
<style>.bars text{font:12px system-ui,sans-serif}.bars .label,.bars .legend text{fill:#1c2430}.bars .total{fill:#4a5568}</style>
<g class="legend">${legend}</g>${bars}
</svg>`;
}
