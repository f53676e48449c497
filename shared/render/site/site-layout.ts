// The frame every page of the published site shares: navigation across tracks, print-friendly styles, no
// external assets and no scripts.
import { tracksOf, type Framework } from '../../model/framework';
import { html, type SafeHtml } from '../html';
import { REPORT_CSS } from '../report';
import type { SiteMap } from './site-map';

const SITE_CSS = `
nav.site{background:#0b6e4f;padding:10px 28px}nav.site a{color:#fff;text-decoration:none;margin-right:18px;font-weight:600}nav.site a:hover{text-decoration:underline}
.crumbs{font-size:13px;color:#4a5568;margin:0 0 8px}.crumbs a{color:#0b6e4f}
.compare{display:grid;grid-template-columns:1fr 1fr;gap:18px}.compare>section{border:1px solid #e2e8f0;border-radius:10px;padding:12px 16px}
.change{display:inline-block;padding:1px 8px;border-radius:999px;font-size:12px;font-weight:600}
.change.added{background:#e3f4ec;color:#0b6e4f}.change.raised{background:#fdf1d8;color:#975a16}.change.lowered{background:#ebf4ff;color:#2c5282}
.change.removed{background:#edf2f7;color:#4a5568}.change.same{background:#fff;color:#718096;border:1px solid #e2e8f0}
.moves li{margin:4px 0}.kind{font-size:12px;color:#718096}.looks-like{font-size:13px;color:#4a5568;margin-top:2px}code,pre{font:13px ui-monospace,Menlo,Consolas,monospace;background:#f7f9fb;border-radius:6px}
pre{padding:10px 12px;overflow-x:auto;white-space:pre-wrap}.start{border:2px solid #0b6e4f;border-radius:10px;padding:4px 18px 12px;margin-top:28px}
.tracklist li{margin:6px 0}
@media (max-width:720px){.compare{grid-template-columns:1fr}}
@media print{nav.site{display:none}.start{border-width:1px}a{color:inherit}}
`;

export interface PageSpec {
  title: string;
  /** Links above the title, from the home page down. */
  crumbs?: { label: string; href: string }[];
  body: SafeHtml;
}

export function sitePage(framework: Framework, map: SiteMap, page: PageSpec): string {
  const tracks = [...tracksOf(framework).keys()];
  const nav = html`<nav class="site" aria-label="Career paths"><a href="${map.index}">${framework.name} career paths</a>${tracks.length <= 8 ? tracks.map((t) => html`<a href="${map.track(t)}">${map.trackName(t)}</a>`) : ''}<a href="${map.competencies}">Competencies</a><a href="${map.startGuide}">Start a plan</a></nav>`;
  const crumbs = page.crumbs?.length ? html`<p class="crumbs">${page.crumbs.map((c, i) => html`${i ? ' › ' : ''}<a href="${c.href}">${c.label}</a>`)}</p>` : '';
  const body = html`${nav}<main>${crumbs}${page.body}
<p class="muted">${framework.name}, version ${framework.version}${framework.source.name ? `, from ${framework.source.name}` : ''}. Published with Trellis.</p></main>`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${html`${page.title} · ${framework.name} career paths`}</title><style>${REPORT_CSS}${SITE_CSS}</style></head><body>${body}</body></html>\n`;
}
