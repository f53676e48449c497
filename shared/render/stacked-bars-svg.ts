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
const LEGEND_ROW_H = 22;

/** Roughly how wide 12px text is: enough to keep labels from running into each other. */
export function textWidth(text: string, px = 12): number {
  return text.length * px * 0.56;
}

export function stackedBarsSvg(input: StackedBarsInput): SafeHtml {
  const max = Math.max(1, ...input.rows.map((r) => r.values.reduce((s, v) => s + v, 0)));
  const width = LABEL_W + BAR_W + 70;
  // legend entries flow left to right and wrap, each as wide as its text
  let lx = 10;
  let ly = 8;
  const legend = input.series.map((s) => {
    const w = 18 + textWidth(s.name) + 16;
    if (lx + w > width) {
      lx = 10;
      ly += LEGEND_ROW_H;
    }
    const item = html`<rect x="${lx}" y="${ly}" width="14" height="14" fill="${s.colour}" stroke="#cbd5e0"/><text x="${lx + 18}" y="${ly + 11}">${s.name}</text>`;
    lx += w;
    return item;
  });
  const top = ly + LEGEND_ROW_H + 10;
  const height = top + input.rows.length * ROW_H + 20;
  const bars = input.rows.map((row, r) => {
    const y = top + r * ROW_H;
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
