// The side-by-side view of a move: what the role you hold asks, what the next one asks, and what changes.
import { roleDiff } from '../../gap/gap';
import type { Framework, TransitionType } from '../../model/framework';
import type { Role } from '../../model/role';
import { html, type SafeHtml } from '../html';
import { descriptorAt } from '../../model/competency';
import { indexFramework } from '../../model/framework';
import type { SiteMap } from './site-map';

const CHANGE_LABEL = { added: 'new', raised: 'raised', lowered: 'lowered', removed: 'no longer asked', same: 'same' } as const;
export const MOVE_LABEL: Record<TransitionType, string> = { promotion: 'Promotion', lateral: 'Lateral move', exploratory: 'Exploratory project' };

/** The comparison table and the two roles side by side; `full` adds summaries and responsibilities. */
export function roleComparison(framework: Framework, map: SiteMap, from: Role, to: Role, full: boolean): SafeHtml {
  const diff = roleDiff(framework, from, to);
  const index = indexFramework(framework);
  // what the level asked of the next role looks like, when the ladder says and the level changes
  const looksLike = (id: string, level: number | null) => {
    const c = index.competencyById.get(id);
    return c && level !== null ? descriptorAt(c, level) : undefined;
  };
  const changed = diff.items.filter((i) => i.change !== 'same');
  const side = (role: Role, label: string) => html`<section aria-label="${label}: ${role.title}"><p class="muted">${label}</p><h3><a href="${map.role(role.id)}">${role.title}</a></h3>
${role.summary ? html`<p>${role.summary}</p>` : ''}
${role.responsibilities.length ? html`<ul>${role.responsibilities.map((r) => html`<li>${r}</li>`)}</ul>` : html`<p class="muted">No responsibilities listed.</p>`}</section>`;
  return html`${full ? html`<div class="compare">${side(from, 'From')}${side(to, 'To')}</div>` : ''}
<p>${changed.length ? `${changed.length} competenc${changed.length === 1 ? 'y changes' : 'ies change'}` : 'The competency levels stay the same'}${diff.responsibilitiesAdded.length ? `, and ${diff.responsibilitiesAdded.length} responsibilit${diff.responsibilitiesAdded.length === 1 ? 'y is' : 'ies are'} added` : ''}.</p>
<table><caption class="muted">Competency levels: ${from.title} and ${to.title} side by side</caption>
<thead><tr><th scope="col">Competency</th><th scope="col">${from.title}</th><th scope="col">${to.title}</th><th scope="col">Change</th></tr></thead><tbody>
${diff.items.map((i) => html`<tr><th scope="row">${i.competency}</th><td>${i.fromName}</td><td>${i.toName}${i.change !== 'same' && looksLike(i.competencyId, i.to) ? html`<div class="looks-like">${looksLike(i.competencyId, i.to)}</div>` : ''}</td><td><span class="change ${i.change}">${CHANGE_LABEL[i.change]}</span></td></tr>`)}
</tbody></table>
${diff.responsibilitiesAdded.length ? html`<p><strong>New responsibilities:</strong></p><ul>${diff.responsibilitiesAdded.map((r) => html`<li>${r}</li>`)}</ul>` : ''}`;
}
