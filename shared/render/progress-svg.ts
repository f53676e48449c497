// Progress over time as accessible SVG: readiness for the target role, and each competency's level history
// (self and manager) against the level the role requires. Every label is escaped text.
import type { CompetencyHistory, LevelPoint, ReadinessPoint } from '../plan/progress';
import { html, type SafeHtml } from './html';
import { readinessChart, timeAxis } from './readiness-chart';

const STYLE = `.progress text{font:12px system-ui,sans-serif;fill:#1c2430}.progress .axis{stroke:#cbd5e0}.progress .grid{stroke:#edf2f7}.progress .tick{fill:#718096;font-size:10px}
.progress .line{fill:none;stroke:#0b6e4f;stroke-width:2}.progress .dot{fill:#0b6e4f}.progress .approved{stroke:#975a16;stroke-dasharray:4 3}
.progress .self{fill:none;stroke:#3182ce;stroke-width:1.5;stroke-dasharray:5 3}.progress .manager{fill:none;stroke:#0b6e4f;stroke-width:2}.progress .required{stroke:#b7791f;stroke-dasharray:2 3}`;

/** Readiness for the target role at each assessment date, with the approval day marked. */
export function readinessOverTimeSvg(points: readonly ReadinessPoint[], options: { approvedOn?: string; roleTitle: string }): SafeHtml {
  const chart = readinessChart(points, options);
  if (!chart) return html`<p class="muted">No assessment recorded yet: readiness over time starts with the first one.</p>`;
  const { plot } = chart;
  const left = plot.left;
  const path = chart.line.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const desc = points.map((p) => `${p.date}: ${Math.round(p.readiness * 100)}%`).join('; ');
  return html`<svg class="progress readiness-over-time" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" role="img" aria-labelledby="rot-title rot-desc">
<title id="rot-title">Readiness for ${options.roleTitle} over time</title><desc id="rot-desc">${desc}</desc><style>${STYLE}</style>
${chart.grid.map((g) => html`<line class="grid" x1="${left}" x2="${left + plot.width}" y1="${g.y}" y2="${g.y}"/><text class="tick" x="${left - 6}" y="${g.y + 4}" text-anchor="end">${g.label}</text>`)}
${chart.ticks.map((t) => html`<text class="tick" x="${t.x}" y="${plot.top + plot.height + 16}" text-anchor="middle">${t.label}</text>`)}
${chart.approved ? html`<line class="approved" x1="${chart.approved.x}" x2="${chart.approved.x}" y1="${plot.top - 6}" y2="${plot.top + plot.height}"/><text class="tick" x="${chart.approved.x + 4}" y="${plot.top - 10}">approved ${chart.approved.date}</text>` : ''}
<path class="line" d="${path}"/>
${chart.line.length <= 120 ? chart.line.map((p) => html`<circle class="dot" cx="${p.x}" cy="${p.y}" r="3"><title>${p.date}: ${Math.round(p.readiness * 100)}%</title></circle>`) : ''}
<text x="${left}" y="${chart.height - 4}">Share of the role's weighted requirements reached (latest manager level, else self)</text>
</svg>`;
}

function steps(points: readonly LevelPoint[], x: (d: string) => number, y: (l: number) => number, end: number): string {
  return points.map((p, i) => `${i ? `H${x(p.date).toFixed(1)} V` : `M${x(p.date).toFixed(1)},`}${y(p.level).toFixed(1)}`).join(' ') + (points.length ? ` H${end}` : '');
}

/** One small chart per competency: self (dashed) and manager (solid) levels over time, the required level dotted. */
export function levelHistorySvg(competencies: readonly CompetencyHistory[], options: { minRank: number; maxRank: number }): SafeHtml {
  const label = 200, width = 460, rowH = 54, top = 24;
  const dates = competencies.flatMap((c) => [...c.self, ...c.manager].map((p) => p.date));
  if (!dates.length) return html`<p class="muted">No levels recorded yet.</p>`;
  const { x, ticks } = timeAxis(dates, label, width);
  const height = top + competencies.length * rowH + 36;
  const span = Math.max(1, options.maxRank - options.minRank);
  const rows = competencies.map((c, i) => {
    const y0 = top + i * rowH;
    const y = (level: number) => y0 + rowH - 10 - ((level - options.minRank) / span) * (rowH - 18);
    const last = (pts: readonly LevelPoint[]) => pts[pts.length - 1];
    const said = [last(c.self) ? `self ${last(c.self)!.levelName}` : 'no self level', last(c.manager) ? `manager ${last(c.manager)!.levelName}` : 'no manager level'].join(', ');
    return html`<g class="competency"><title>${c.competency}: ${said}; requires ${c.requiredName}</title>
<text x="${label - 8}" y="${y0 + rowH / 2}" text-anchor="end">${c.competency.length > 28 ? `${c.competency.slice(0, 27)}…` : c.competency}</text>
<line class="grid" x1="${label}" x2="${label + width}" y1="${y0 + rowH - 4}" y2="${y0 + rowH - 4}"/>
<line class="required" x1="${label}" x2="${label + width}" y1="${y(c.required)}" y2="${y(c.required)}"/>
${c.self.length ? html`<path class="self" d="${steps(c.self, x, y, label + width)}"/>` : ''}
${c.manager.length ? html`<path class="manager" d="${steps(c.manager, x, y, label + width)}"/>` : ''}
<text class="tick" x="${label + width + 6}" y="${y0 + rowH / 2}">${last(c.manager)?.levelName ?? last(c.self)?.levelName ?? '—'}</text></g>`;
  });
  return html`<svg class="progress level-history" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${label + width + 110} ${height}" width="${label + width + 110}" height="${height}" role="img" aria-labelledby="lh-title">
<title id="lh-title">Each competency's level over time: self and manager</title><style>${STYLE}</style>
${ticks.map((t) => html`<text class="tick" x="${t.x}" y="${top - 8}" text-anchor="middle">${t.label}</text>`)}
${rows}
<text x="${label}" y="${height - 6}">Solid: manager level · dashed: self level · dotted: level the role requires</text>
</svg>`;
}
