// The career lattice drawn as SVG: tracks side by side, seniority rising upwards, promotions, lateral moves
// and exploratory projects as different lines, and a route highlighted from the current role to the target.
import { indexFramework, tracksOf, type Framework, type TransitionType } from '../model/framework';
import type { Role } from '../model/role';
import { html, type SafeHtml } from './html';

export interface LatticeDrawing {
  /** Role ids of the route to highlight, in order. */
  route?: string[];
  currentRoleId?: string;
  targetRoleId?: string;
  /** Only these tracks (default: every track, or the route's tracks and their neighbours when the framework is large). */
  tracks?: string[];
  /** Links on each role box (the published site links to role pages). */
  href?: (role: Role) => string | undefined;
  title?: string;
}

const BOX_W = 170;
const BOX_H = 52;
const COL_W = 210;
const ROW_H = 86;
const PAD = 24;
const STYLE: Record<TransitionType, { dash: string; label: string }> = {
  promotion: { dash: '', label: 'promotion' },
  lateral: { dash: '6 4', label: 'lateral move' },
  exploratory: { dash: '2 4', label: 'exploratory project' },
};

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A role title on at most two lines of a box, broken between words ("Senior Engineering" / "Manager"). */
export function titleLines(title: string, max = 22): string[] {
  if (title.length <= max) return [title];
  const words = title.split(/\s+/);
  let first = '';
  while (words.length && `${first} ${words[0]}`.trim().length <= max) first = `${first} ${words.shift()}`.trim();
  if (!first) return [shorten(title, max)];
  return [first, shorten(words.join(' '), max)].filter(Boolean);
}

/** Where each role's box sits and the path each move takes: what the drawing is made of, and what tests measure. */
export interface LatticeLayout {
  trackNames: string[];
  boxes: Map<string, { x: number; y: number; w: number; h: number; role: Role; level: number }>;
  edges: { from: string; to: string; type: TransitionType; points: [number, number][] }[];
  width: number;
  height: number;
}

/**
 * The level of each role across tracks: its rank on its track, shifted so that a lateral move ("another track at a
 * similar level") lands at the level it leaves from. Engineering Manager reached laterally from Senior Engineer sits
 * beside Senior Engineer, not beside Engineer I.
 */
function levelsAcrossTracks(framework: Framework, trackNames: string[], allTracks: Map<string, Role[]>): Map<string, number> {
  const index = indexFramework(framework);
  const offset = new Map(trackNames.map((t) => [t, 0]));
  for (let pass = 0; pass < trackNames.length; pass++) {
    let moved = false;
    for (const t of index.transitions) {
      if (t.type !== 'lateral') continue;
      const from = index.roleById.get(t.from);
      const to = index.roleById.get(t.to);
      if (!from || !to || trackOf(from) === trackOf(to) || !offset.has(trackOf(from)) || !offset.has(trackOf(to))) continue;
      const want = from.rank + offset.get(trackOf(from))! - to.rank;
      if (want > offset.get(trackOf(to))!) {
        offset.set(trackOf(to), want);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const level = new Map<string, number>();
  for (const track of trackNames) for (const r of allTracks.get(track) ?? []) level.set(r.id, r.rank + (offset.get(track) ?? 0));
  return level;
}

export function latticeLayout(framework: Framework, drawing: LatticeDrawing = {}): LatticeLayout {
  const index = indexFramework(framework);
  const allTracks = tracksOf(framework);
  let trackNames = drawing.tracks ?? [...allTracks.keys()];
  if (!drawing.tracks && trackNames.length > 8 && drawing.route?.length) {
    // a large framework: the route's tracks and those one move away from it
    const onRoute = new Set(drawing.route);
    const wanted = new Set<string>();
    for (const id of drawing.route) wanted.add(trackOf(index.roleById.get(id)!));
    for (const t of index.transitions) if (onRoute.has(t.from)) wanted.add(trackOf(index.roleById.get(t.to)!));
    trackNames = trackNames.filter((t) => wanted.has(t));
  }
  const levels = levelsAcrossTracks(framework, trackNames, allTracks);
  const minLevel = Math.min(1, ...levels.values());
  const maxLevel = Math.max(1, ...levels.values());
  const rows = maxLevel - minLevel + 1;
  const boxes: LatticeLayout['boxes'] = new Map();
  trackNames.forEach((track, col) => {
    const byLevel = new Map<number, Role[]>();
    for (const r of allTracks.get(track) ?? []) byLevel.set(levels.get(r.id)!, [...(byLevel.get(levels.get(r.id)!) ?? []), r]);
    for (const [level, same] of byLevel) {
      same.forEach((role, i) => {
        // roles of one level on one track (a fork) fan out a little, inside the column's gutters
        const offset = (i - (same.length - 1) / 2) * 12;
        boxes.set(role.id, { x: PAD + col * COL_W + offset, y: PAD + 28 + (maxLevel - level) * ROW_H + offset, w: BOX_W, h: BOX_H, role, level });
      });
    }
  });
  const width = PAD * 2 + Math.max(1, trackNames.length) * COL_W - (COL_W - BOX_W);
  const height = PAD * 2 + 28 + rows * ROW_H - (ROW_H - BOX_H) + 30;
  const colOf = (id: string) => trackNames.indexOf(trackOf(index.roleById.get(id)!));
  const edges = index.transitions
    .filter((t) => boxes.has(t.from) && boxes.has(t.to))
    .map((t) => ({ from: t.from, to: t.to, type: t.type, points: edgePath(boxes.get(t.from)!, boxes.get(t.to)!, colOf(t.from), colOf(t.to)) }));
  return { trackNames, boxes, edges, width, height };
}

/**
 * A move's path, in straight segments that keep to the lanes between rows and the gutters between columns, so it
 * never runs behind another role's box and always ends at the box it leads to: up a track, a straight line; across
 * tracks, out of the top of the box, along the lane above it, down or up the gutter beside the target's column,
 * along the lane under (or over) the target, and into it.
 */
function edgePath(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }, colA: number, colB: number): [number, number][] {
  const ax = a.x + a.w / 2;
  const bx = b.x + b.w / 2;
  const gap = (ROW_H - BOX_H) / 2;
  if (colA === colB) {
    // along one track: between adjacent levels, straight; the box's top and the other's bottom
    return b.y < a.y ? [[ax, a.y], [bx, b.y + b.h]] : [[ax, a.y + a.h], [bx, b.y]];
  }
  const laneA = a.y - gap;
  const up = b.y <= a.y;
  const laneB = up ? b.y + b.h + gap : b.y - gap;
  const endY = up ? b.y + b.h : b.y;
  // the gutter on the side of the target's column that faces the origin
  const gutterX = colB > colA ? PAD + colB * COL_W - (COL_W - BOX_W) / 2 : PAD + colB * COL_W + BOX_W + (COL_W - BOX_W) / 2;
  if (Math.abs(laneA - laneB) < 0.5 && !up) return [[ax, a.y], [ax, laneA], [bx, laneA], [bx, endY]];
  return [[ax, a.y], [ax, laneA], [gutterX, laneA], [gutterX, laneB], [bx, laneB], [bx, endY]];
}

export function latticeSvg(framework: Framework, drawing: LatticeDrawing = {}): SafeHtml {
  const index = indexFramework(framework);
  const layout = latticeLayout(framework, drawing);
  const { trackNames, width, height } = layout;
  const pos = layout.boxes;
  const routeEdges = new Set<string>();
  const route = drawing.route ?? [];
  for (let i = 0; i + 1 < route.length; i++) routeEdges.add(`${route[i]}>${route[i + 1]}`);
  const onRoute = new Set(route);

  const edges = layout.edges.map((e) => {
    const a = pos.get(e.from)!;
    const b = pos.get(e.to)!;
    const highlighted = routeEdges.has(`${e.from}>${e.to}`);
    const d = e.points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join(' ');
    return html`<path class="edge ${e.type}${highlighted ? ' on-route' : ''}" d="${d}" stroke-dasharray="${STYLE[e.type].dash}" marker-end="url(#arrow${highlighted ? '-route' : ''})"><title>${STYLE[e.type].label}: ${a.role.title} → ${b.role.title}</title></path>`;
  });

  const nodes = [...pos.values()].map(({ x, y, role }) => {
    const cls = ['role', onRoute.has(role.id) ? 'on-route' : '', role.id === drawing.currentRoleId ? 'current' : '', role.id === drawing.targetRoleId ? 'target' : ''].filter(Boolean).join(' ');
    const label = role.id === drawing.currentRoleId ? 'you are here' : role.id === drawing.targetRoleId ? 'target' : '';
    const box = html`<g class="${cls}"><title>${role.title}${label ? ` (${label})` : ''}</title><rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="8"/>${titleText(role.title, x + BOX_W / 2, y, !!label)}${label ? html`<text class="tag" x="${x + BOX_W / 2}" y="${y + BOX_H - 7}" text-anchor="middle">${label}</text>` : ''}</g>`;
    const href = drawing.href?.(role);
    return href ? html`<a href="${href}">${box}</a>` : box;
  });
  const headers = trackNames.map((t, col) => html`<text class="track" x="${PAD + col * COL_W + BOX_W / 2}" y="${PAD + 12}" text-anchor="middle">${shorten(t || 'Roles', 28)}</text>`);
  const routeText = route.map((id) => index.roleById.get(id)?.title ?? id).join(' → ');
  const title = drawing.title ?? 'Career lattice';
  const desc = `${trackNames.length} track(s): ${trackNames.join(', ')}. ${index.transitions.length} moves.${routeText ? ` Highlighted route: ${routeText}.` : ''}`;
  const legendY = height - 14;
  return html`<svg class="lattice" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.max(width, 520)} ${height}" width="${Math.max(width, 520)}" height="${height}" role="img" aria-labelledby="lattice-title lattice-desc">
<title id="lattice-title">${title}</title><desc id="lattice-desc">${desc}</desc>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a94a6"/></marker><marker id="arrow-route" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#0b6e4f"/></marker></defs>
<style>.lattice .edge{fill:none;stroke:#8a94a6;stroke-width:1.5}.lattice .edge.on-route{stroke:#0b6e4f;stroke-width:3.5}.lattice .role rect{fill:#fff;stroke:#8a94a6;stroke-width:1.2}.lattice .role.on-route rect{fill:#e3f4ec;stroke:#0b6e4f;stroke-width:2}.lattice .role.current rect{stroke-width:3}.lattice .role.target rect{fill:#0b6e4f}.lattice .role.target text{fill:#fff}.lattice text{font:13px system-ui,sans-serif;fill:#1c2430}.lattice .tag{font-size:10px;fill:#0b6e4f;font-weight:600}.lattice .track{font-weight:700;fill:#4a5568}.lattice .legend{font-size:11px;fill:#4a5568}</style>
${headers}${edges}${nodes}
<g class="legend"><line x1="${PAD}" y1="${legendY}" x2="${PAD + 30}" y2="${legendY}" stroke="#8a94a6" stroke-width="1.5"/><text class="legend" x="${PAD + 36}" y="${legendY + 4}">promotion</text><line x1="${PAD + 120}" y1="${legendY}" x2="${PAD + 150}" y2="${legendY}" stroke="#8a94a6" stroke-width="1.5" stroke-dasharray="6 4"/><text class="legend" x="${PAD + 156}" y="${legendY + 4}">lateral move</text><line x1="${PAD + 250}" y1="${legendY}" x2="${PAD + 280}" y2="${legendY}" stroke="#8a94a6" stroke-width="1.5" stroke-dasharray="2 4"/><text class="legend" x="${PAD + 286}" y="${legendY + 4}">exploratory project</text></g>
</svg>`;
}

/** The title's lines centred in the box, above the tag line when there is one. */
function titleText(title: string, cx: number, y: number, tagged: boolean): SafeHtml {
  const lines = titleLines(title);
  const room = tagged ? BOX_H - 14 : BOX_H;
  const top = y + room / 2 - ((lines.length - 1) * 15) / 2 + 4.5;
  return html`<text x="${cx}" y="${top}" text-anchor="middle">${lines.map((line, i) => html`<tspan x="${cx}" dy="${i ? 15 : 0}">${line}</tspan>`)}</text>`;
}

function trackOf(role: Role): string {
  return role.track || role.family || '';
}
