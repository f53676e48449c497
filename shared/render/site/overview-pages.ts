// The home page (the whole lattice, every track and every move across tracks), each track's page (its ladder
// as a diagram and level by level), each move's side-by-side page, and the competency reference.
import { indexFramework, tracksOf, type Framework, type Transition } from '../../model/framework';
import { levelName } from '../../model/scale';
import { html, type SafeHtml } from '../html';
import { latticeSvg } from '../lattice-svg';
import { MOVE_LABEL, roleComparison } from './role-comparison';
import type { SiteMap } from './site-map';
import { trackOf } from './site-map';

function moveLink(framework: Framework, map: SiteMap, t: Transition): SafeHtml {
  const index = indexFramework(framework);
  const from = index.roleById.get(t.from)!;
  const to = index.roleById.get(t.to)!;
  return html`<li><a href="${map.role(from.id)}">${from.title}</a> → <a href="${map.role(to.id)}">${to.title}</a> <span class="kind">${MOVE_LABEL[t.type].toLowerCase()}</span>${t.note ? html` — ${t.note}` : ''} · <a href="${map.move(from.id, to.id)}">what changes</a></li>`;
}

export function indexPageBody(framework: Framework, map: SiteMap): SafeHtml {
  const index = indexFramework(framework);
  const tracks = tracksOf(framework);
  const across = index.transitions.filter((t) => t.type !== 'promotion');
  return html`<h1>${framework.name} career paths</h1>
<p class="sub">${framework.roles.length} roles on ${tracks.size} track${tracks.size === 1 ? '' : 's'} · ${framework.competencies.length} competencies · version ${framework.version}</p>
<p>Careers here are a lattice, not only a ladder: promotions lead up a track, lateral moves lead across to another track at a similar level, and exploratory projects let you try other work before deciding. Pick any role to see what it asks, what changes at the next level, and how to <a href="${map.startGuide}">start a plan</a> towards it.</p>
<div class="figure">${latticeSvg(framework, { href: (r) => map.role(r.id), title: `${framework.name} career lattice: every track, each role linked to its page` })}</div>
<h2>Tracks</h2>
<ul class="tracklist">${[...tracks].map(([track, roles]) => html`<li><a href="${map.track(track)}"><strong>${map.trackName(track)}</strong></a>: ${roles.map((r, i) => html`${i ? ' → ' : ''}<a href="${map.role(r.id)}">${r.title}</a>`)}</li>`)}</ul>
<h2>Moves across tracks</h2>
${across.length ? html`<ul class="moves">${across.map((t) => moveLink(framework, map, t))}</ul>` : html`<p class="muted">The framework lists no lateral moves or exploratory projects yet.</p>`}
<h2>Reference</h2>
<ul><li><a href="${map.competencies}">Every competency and the levels each role asks for</a></li><li><a href="${map.startGuide}">How to start a career plan</a></li><li><a href="${map.frameworkFile}" download>The framework file</a> (for <code>trellis plan</code> and other tools)</li></ul>`;
}

export function trackPageBody(framework: Framework, map: SiteMap, track: string): SafeHtml {
  const index = indexFramework(framework);
  const roles = tracksOf(framework).get(track) ?? [];
  const ids = new Set(roles.map((r) => r.id));
  const within = index.transitions.filter((t) => ids.has(t.from) && ids.has(t.to) && t.type === 'promotion');
  const out = index.transitions.filter((t) => ids.has(t.from) !== ids.has(t.to));
  return html`<h1>${map.trackName(track)} track</h1>
<p class="sub">${roles.length} role${roles.length === 1 ? '' : 's'}, from ${roles[0]?.title ?? '—'} to ${roles[roles.length - 1]?.title ?? '—'}</p>
<div class="figure">${latticeSvg(framework, { tracks: [track], href: (r) => map.role(r.id), title: `${map.trackName(track)} track: roles by level, each linked to its page` })}</div>
<h2>Roles, level by level</h2>
<table><thead><tr><th scope="col">Level</th><th scope="col">Role</th><th scope="col">Summary</th><th scope="col">Competencies</th></tr></thead><tbody>
${roles.map((r) => html`<tr><td>${r.rank}${r.level ? html` <span class="muted">${r.level}</span>` : ''}</td><td><a href="${map.role(r.id)}">${r.title}</a></td><td>${r.summary}</td><td>${r.competencies.length}</td></tr>`)}
</tbody></table>
<h2>What changes from one level to the next</h2>
${within.length ? html`<ul class="moves">${within.map((t) => moveLink(framework, map, t))}</ul>` : html`<p class="muted">This track has a single level.</p>`}
<h2>Moves to and from other tracks</h2>
${out.length ? html`<ul class="moves">${out.map((t) => moveLink(framework, map, t))}</ul>` : html`<p class="muted">No lateral moves or exploratory projects connect this track to another yet.</p>`}`;
}

export function movePageBody(framework: Framework, map: SiteMap, t: Transition): SafeHtml {
  const index = indexFramework(framework);
  const from = index.roleById.get(t.from)!;
  const to = index.roleById.get(t.to)!;
  return html`<h1>${from.title} → ${to.title}</h1>
<p class="sub">${MOVE_LABEL[t.type]}${trackOf(from) !== trackOf(to) ? ` from the ${map.trackName(trackOf(from))} track to ${map.trackName(trackOf(to))}` : ` in the ${map.trackName(trackOf(from))} track`}${t.note ? ` · ${t.note}` : ''}</p>
${roleComparison(framework, map, from, to, true)}
<p><a href="${map.role(to.id)}#start">Start a plan towards ${to.title}</a></p>`;
}

export function competenciesPageBody(framework: Framework, map: SiteMap): SafeHtml {
  const index = indexFramework(framework);
  const tracks = [...tracksOf(framework)];
  return html`<h1>Competencies</h1>
<p class="sub">The knowledge, skills and abilities the ${framework.name} roles ask for, and the levels they are measured on.</p>
<h2>Levels</h2>
${framework.scales.map((s) => html`<h3>${s.name}</h3><table><thead><tr><th scope="col">Level</th><th scope="col">Name</th><th scope="col">What it looks like</th></tr></thead><tbody>
<tr><td class="muted">below ${s.levels[0]!.rank}</td><td>${s.notYetName}</td><td class="muted">Not yet at the first level.</td></tr>
${s.levels.map((l) => html`<tr><td>${l.rank}</td><td>${l.name}</td><td>${l.description ?? ''}</td></tr>`)}</tbody></table>`)}
<h2>All competencies</h2>
<table><thead><tr><th scope="col">Competency</th><th scope="col">Kind</th><th scope="col">Category</th><th scope="col">Description</th></tr></thead><tbody>
${framework.competencies.map((c) => html`<tr><th scope="row" id="${`c-${c.id}`}">${c.name}</th><td>${c.kind}</td><td>${c.category}</td><td>${c.description}</td></tr>`)}
</tbody></table>
${tracks.map(([track, roles]) => {
  const used = framework.competencies.filter((c) => roles.some((r) => r.competencies.some((rc) => rc.competencyId === c.id)));
  return html`<h2>${map.trackName(track)}: levels by role</h2><div class="figure"><table><thead><tr><th scope="col">Competency</th>${roles.map((r) => html`<th scope="col"><a href="${map.role(r.id)}">${r.title}</a></th>`)}</tr></thead><tbody>
${used.map((c) => html`<tr><th scope="row">${c.name}</th>${roles.map((r) => {
    const req = r.competencies.find((rc) => rc.competencyId === c.id);
    return html`<td>${req ? levelName(index.scaleOf(c.id), req.level) : '—'}</td>`;
  })}</tr>`)}
</tbody></table></div>`;
})}`;
}
