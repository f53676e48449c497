// Current against required levels, one bar pair per competency, as accessible SVG.
import type { GapAnalysis } from '../gap/gap';
import { html, type SafeHtml } from './html';

export function gapChartSvg(analysis: GapAnalysis, maxRank: number, title = `Current and required levels for ${analysis.roleTitle}`): SafeHtml {
  const rows = [...analysis.items].sort((a, b) => b.weightedGap - a.weightedGap || a.competency.localeCompare(b.competency));
  const labelW = 210;
  const barW = 320;
  const rowH = 28;
  const top = 34;
  const width = labelW + barW + 150;
  const height = top + rows.length * rowH + 24;
  const scaleX = (rank: number | null) => (rank === null ? 0 : Math.max(0, (rank / Math.max(1, maxRank)) * barW));
  const ticks = Array.from({ length: Math.max(1, Math.floor(maxRank)) + 1 }, (_, i) => i);
  const bars = rows.map((item, i) => {
    const y = top + i * rowH;
    const status = item.status === 'not-assessed' ? 'not assessed' : item.status === 'met' ? 'met' : `${item.gap} step${item.gap === 1 ? '' : 's'} to go`;
    return html`<g class="row ${item.status}"><title>${item.competency}: current ${item.currentName}, required ${item.requiredName} (${status})</title>
<text class="label" x="${labelW - 8}" y="${y + 17}" text-anchor="end">${item.competency.length > 30 ? `${item.competency.slice(0, 29)}…` : item.competency}</text>
<rect class="required" x="${labelW}" y="${y + 4}" width="${scaleX(item.required)}" height="18" rx="3"/>
<rect class="current" x="${labelW}" y="${y + 8}" width="${scaleX(item.current)}" height="10" rx="2"/>
<text class="status" x="${labelW + barW + 8}" y="${y + 17}">${status}</text></g>`;
  });
  const axis = ticks.map((t) => html`<line class="tick" x1="${labelW + scaleX(t)}" y1="${top - 4}" x2="${labelW + scaleX(t)}" y2="${height - 20}"/><text class="tick-label" x="${labelW + scaleX(t)}" y="${top - 8}" text-anchor="middle">${t}</text>`);
  const desc = rows.map((r) => `${r.competency}: ${r.currentName} of ${r.requiredName}`).join('; ');
  return html`<svg class="gap-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="gap-title gap-desc">
<title id="gap-title">${title}</title><desc id="gap-desc">${desc || 'The role lists no required competencies.'}</desc>
<style>.gap-chart text{font:12px system-ui,sans-serif;fill:#1c2430}.gap-chart .required{fill:#fff;stroke:#0b6e4f;stroke-width:1.5}.gap-chart .current{fill:#0b6e4f}.gap-chart .not-assessed .required{stroke:#b7791f;stroke-dasharray:4 3}.gap-chart .status{fill:#4a5568}.gap-chart .tick{stroke:#e2e8f0}.gap-chart .tick-label{fill:#718096;font-size:10px}</style>
${axis}${bars}
<text class="legend" x="${labelW}" y="${height - 4}">Filled bar: current level · outlined bar: required level · dashed: not yet assessed</text>
</svg>`;
}
