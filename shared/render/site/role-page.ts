// A role's page: what it is, what it asks (competencies and levels, with what each level looks like), what
// changes at the next level, the other moves from here, and how to start a plan towards it.
import { indexFramework, type Framework } from '../../model/framework';
import type { Role } from '../../model/role';
import { levelName } from '../../model/scale';
import { html, type SafeHtml } from '../html';
import { MOVE_LABEL, roleComparison } from './role-comparison';
import { roleMoves, type RoleMove } from './role-moves';
import type { SiteMap } from './site-map';
import { trackOf } from './site-map';
import { startPlanSection } from './start-a-plan';
import { occupationScript } from './occupation-json-ld';
import { descriptorAt } from '../../model/competency';

function moveList(map: SiteMap, moves: RoleMove[], direction: 'to' | 'from', current: Role): SafeHtml {
  return html`<ul class="moves">${moves.map(({ transition: t, role }) => {
    const page = direction === 'to' ? map.move(current.id, role.id) : map.move(role.id, current.id);
    return html`<li><a href="${map.role(role.id)}">${role.title}</a> <span class="kind">${MOVE_LABEL[t.type].toLowerCase()} · ${map.trackName(trackOf(role))}</span>${t.note ? html` — ${t.note}` : ''} · <a href="${page}">what changes</a></li>`;
  })}</ul>`;
}

export function rolePageBody(framework: Framework, map: SiteMap, role: Role): SafeHtml {
  const index = indexFramework(framework);
  const moves = roleMoves(framework, role.id);
  const track = trackOf(role);
  const competencies = [...role.competencies].sort((a, b) => b.importance - a.importance || (index.competencyById.get(a.competencyId)?.name ?? '').localeCompare(index.competencyById.get(b.competencyId)?.name ?? ''));
  return html`${occupationScript(framework, role)}<h1>${role.title}</h1>
<p class="sub">${map.trackName(track)} track · level ${role.rank}${role.level ? ` (${role.level})` : ''}${role.family && role.family !== track ? ` · ${role.family}` : ''}${role.management ? ' · manages people' : ''}</p>
${role.summary ? html`<p>${role.summary}</p>` : ''}
${role.responsibilities.length ? html`<h2>Responsibilities</h2><ul>${role.responsibilities.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
${role.requirements.required.length || role.requirements.preferred.length ? html`<h2>Requirements</h2>
${role.requirements.required.length ? html`<p><strong>Required:</strong></p><ul>${role.requirements.required.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
${role.requirements.preferred.length ? html`<p><strong>Preferred:</strong></p><ul>${role.requirements.preferred.map((r) => html`<li>${r}</li>`)}</ul>` : ''}` : ''}
<h2>Competencies and levels</h2>
${competencies.length ? html`<table><thead><tr><th scope="col">Competency</th><th scope="col">Kind</th><th scope="col">Level asked</th><th scope="col">What that looks like</th><th scope="col">Importance</th></tr></thead><tbody>
${competencies.map((req) => {
  const c = index.competencyById.get(req.competencyId);
  const scale = index.scaleOf(req.competencyId);
  // the ladder's own words for this level of this competency, else the scale's words for the level
  const described = (c && descriptorAt(c, req.level)) ?? scale.levels.find((l) => l.rank === req.level)?.description;
  return html`<tr><th scope="row">${c?.name ?? req.competencyId}${c?.category ? html`<div class="kind">${c.category}</div>` : ''}</th><td>${c?.kind ?? ''}</td><td>${levelName(scale, req.level)} <span class="muted">(${req.level})</span></td><td>${described ?? ''}</td><td>${req.importance} of 5</td></tr>`;
})}
</tbody></table>` : html`<p class="muted">The framework lists no competencies for this role.</p>`}
<h2>What changes at the next level</h2>
${moves.promotions.length ? moves.promotions.map(({ role: next }) => html`<h3>${role.title} → <a href="${map.role(next.id)}">${next.title}</a></h3>${roleComparison(framework, map, role, next, false)}<p><a href="${map.move(role.id, next.id)}">The two roles side by side</a></p>`) : html`<p>This is the top of the ${map.trackName(track)} track${moves.lateral.length || moves.exploratory.length ? '; the moves below lead on' : ''}.</p>`}
<h2>Lateral moves and exploratory projects</h2>
${moves.lateral.length ? html`<p><strong>Lateral moves</strong> to another track at a similar level:</p>${moveList(map, moves.lateral, 'to', role)}` : html`<p class="muted">No lateral moves are listed from this role.</p>`}
${moves.exploratory.length ? html`<p><strong>Exploratory projects</strong>: try the work of another role before deciding:</p>${moveList(map, moves.exploratory, 'to', role)}` : html`<p class="muted">No exploratory projects are listed from this role.</p>`}
${moves.into.length ? html`<p><strong>Ways into this role:</strong></p>${moveList(map, moves.into, 'from', role)}` : html`<p class="muted">No move leads into this role: people join it directly.</p>`}
${startPlanSection(framework, map, role)}`;
}
