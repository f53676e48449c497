// The plan report a person opens: one self-contained HTML page (no network, no external assets), printable.
import { byDueDate } from '../plan/dates';
import { indexFramework, type Framework } from '../model/framework';
import { notYetRank } from '../model/scale';
import type { Plan } from '../model/plan';
import { gapAnalysis } from '../gap/gap';
import { personLevels } from '../gap/levels';
import { findRoutes, type LatticeRoute } from '../lattice/routes';
import { nextActors } from '../workflow/workflow';
import { BUILT_IN_QUESTIONS, type Question } from '../prompts/bank';
import { chooseQuestions } from '../prompts/choose';
import { planPromptContext } from '../prompts/plan-context';
import { gapChartSvg } from './gap-chart';
import { html, percent, type SafeHtml } from './html';
import { latticeSvg } from './lattice-svg';
import { planProgress, progressSummary } from '../plan/progress';
import { levelHistorySvg, readinessOverTimeSvg } from './progress-svg';
import { STAGE_LABELS } from '../workflow/labels';

export const REPORT_CSS = `
:root{color-scheme:light}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1c2430;margin:0;background:#f7f9fb}
main{max-width:1040px;margin:0 auto;padding:24px 28px 60px;background:#fff}h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;border-bottom:1px solid #e2e8f0;padding-bottom:4px}
.sub{color:#4a5568;margin:0 0 16px}.pill{display:inline-block;padding:2px 10px;border-radius:999px;background:#e3f4ec;color:#0b6e4f;font-weight:600;font-size:13px}
.cards{display:flex;gap:14px;flex-wrap:wrap}.card{flex:1 1 180px;border:1px solid #e2e8f0;border-radius:10px;padding:12px 14px}.card b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #edf2f7;vertical-align:top}th{background:#f7f9fb}
.figure{overflow-x:auto}.muted{color:#718096}.warn{color:#975a16}.looks-like{font-size:12px;color:#4a5568;margin-top:2px}.q li{margin:6px 0}
@media print{body{background:#fff}main{padding:0}.figure{overflow:visible}h2{break-after:avoid}tr{break-inside:avoid}}
`;

export interface ReportOptions {
  /** The day the report is for (YYYY-MM-DD): picks the one-on-one questions. */
  today?: string;
  questions?: readonly Question[];
}

export function planReportHtml(plan: Plan, framework: Framework, options: ReportOptions = {}): string {
  const index = indexFramework(framework);
  const title = (id: string) => index.roleById.get(id)?.title ?? id;
  const target = index.roleById.get(plan.targetRoleId);
  const { levels, detail } = personLevels(framework, plan.assessment);
  const analysis = target ? gapAnalysis(framework, target, levels, detail) : undefined;
  let alternatives: LatticeRoute[] = [];
  try {
    alternatives = findRoutes(framework, levels, plan.currentRoleId, plan.targetRoleId).alternatives;
  } catch {
    // the plan's own route is shown regardless; alternatives are a bonus
  }
  const next = nextActors(plan);
  const today = options.today ?? plan.updatedAt.slice(0, 10);
  const questions = chooseQuestions(options.questions ?? BUILT_IN_QUESTIONS, { seriesId: plan.id, date: today, plan: planPromptContext(plan, framework) });
  const maxRank = Math.max(...framework.scales.flatMap((s) => s.levels.map((l) => l.rank)));
  const done = plan.milestones.filter((m) => m.status === 'done').length;
  const progress = planProgress(plan, framework);
  const ranks = framework.scales.flatMap((s) => [notYetRank(s), ...s.levels.map((l) => l.rank)]);
  const evidenceOf = (competencyId: string) => {
    const e = detail.get(competencyId);
    const a = e?.latestManager ?? e?.latestSelf;
    return a?.evidence ? `${a.evidence} (${a.source}, ${a.date.slice(0, 10)})` : '';
  };
  const profile = plan.profile;
  const swot: [string, string[]][] = [['Strengths', profile.swot.strengths], ['Weaknesses', profile.swot.weaknesses], ['Opportunities', profile.swot.opportunities], ['Threats', profile.swot.threats]];

  const body: SafeHtml = html`<main>
<header><h1>Career path: ${plan.employee.name}</h1>
<p class="sub">${title(plan.currentRoleId)} → <strong>${title(plan.targetRoleId)}</strong> · manager ${plan.manager.name} · <span class="pill">${STAGE_LABELS[plan.stage]}</span></p></header>
<section class="cards" aria-label="Summary">
<div class="card"><span class="muted">Readiness</span><b>${analysis ? percent(analysis.readiness) : '—'}</b></div>
<div class="card"><span class="muted">Gaps to close</span><b>${analysis?.gaps.length ?? 0}</b></div>
<div class="card"><span class="muted">Milestones done</span><b>${done} / ${plan.milestones.length}</b></div>
<div class="card"><span class="muted">Next</span><div>${next.who.map((p) => p.name).join(' or ') || '—'}: ${next.what}</div></div>
</section>
<h2>Objectives</h2>
${plan.profile.objectives.beyondCurrentRole.length ? html`<ul>${plan.profile.objectives.beyondCurrentRole.map((g) => html`<li>${g}</li>`)}</ul>` : html`<p class="muted">No goals beyond the current role stated yet.</p>`}
<p><strong>In five years:</strong> ${plan.profile.objectives.fiveYears || 'not stated yet'}</p>
<p><strong>Growth preference:</strong> ${profile.growthPreference}${profile.interests.length ? html` · <strong>Interests:</strong> ${profile.interests.join(', ')}` : ''}</p>
<p><strong>Career buddy:</strong> ${profile.careerBuddy ? `${profile.careerBuddy.name}${profile.careerBuddy.email ? ` <${profile.careerBuddy.email}>` : ''}` : 'none named yet'}</p>
<h3>SWOT</h3>
<table class="swot"><tbody>${swot.map(([k, v]) => html`<tr><th>${k}</th><td>${v.length ? v.join('; ') : html`<span class="muted">none noted</span>`}</td></tr>`)}</tbody></table>
<p><strong>Barriers:</strong> ${profile.barriers.length ? profile.barriers.join('; ') : 'none noted'}</p>
<h2>Route through the lattice</h2>
<p>${plan.route.roleIds.map(title).join(' → ')}</p>
<div class="figure">${latticeSvg(framework, { route: plan.route.roleIds, currentRoleId: plan.currentRoleId, targetRoleId: plan.targetRoleId, title: `Career lattice with the route to ${title(plan.targetRoleId)}` })}</div>
${alternatives.length ? html`<p><strong>Alternatives:</strong></p><ul>${alternatives.map((r) => html`<li>${r.roleIds.map(title).join(' → ')} <span class="muted">(${r.steps.map((s) => s.type).join(', ')}; cost ${r.cost.toFixed(1)})</span></li>`)}</ul>` : ''}
${analysis ? html`<h2>Skills and gaps</h2>
<div class="figure">${gapChartSvg(analysis, maxRank)}</div>
<table><thead><tr><th>Competency</th><th>Kind</th><th>Current</th><th>Required</th><th>Gap</th><th>Importance</th><th>Evidence</th></tr></thead><tbody>
${analysis.items.map((i) => html`<tr><td>${i.competency}${i.disagreement ? html` <span class="warn" title="self and manager disagree by 2+ levels">⚑ discuss</span>` : ''}</td><td>${i.kind}</td><td>${i.currentName}</td><td>${i.requiredName}${i.requiredLooksLike ? html`<div class="looks-like">${i.requiredLooksLike}</div>` : ''}</td><td>${i.status === 'not-assessed' ? html`<span class="warn">not assessed</span>` : i.gap}</td><td>${i.importance}</td><td>${evidenceOf(i.competencyId)}</td></tr>`)}
</tbody></table>
${analysis.strengths.length ? html`<p><strong>Strengths:</strong> ${analysis.strengths.map((s) => s.competency).join(', ')}</p>` : ''}` : ''}
<h2>Progress over time</h2>
<p class="progress-summary">${progressSummary(progress)}</p>
<div class="figure">${readinessOverTimeSvg(progress.readiness, { roleTitle: title(plan.targetRoleId), ...(progress.approvedOn ? { approvedOn: progress.approvedOn } : {}) })}</div>
<div class="figure">${levelHistorySvg(progress.competencies, { minRank: Math.min(...ranks), maxRank: Math.max(...ranks) })}</div>
<h2>Milestones</h2>
<table><thead><tr><th>Due</th><th>Milestone</th><th>Measure</th><th>Status</th></tr></thead><tbody>
${byDueDate(plan.milestones).map((m) => html`<tr><td>${m.due}</td><td>${m.title}</td><td>${m.measure}</td><td>${m.status}</td></tr>`)}
</tbody></table>
<h2>Development actions</h2>
<table><thead><tr><th>Action</th><th>Kind</th><th>Hours a month</th><th>Due</th><th>Status</th></tr></thead><tbody>
${plan.actions.map((a) => html`<tr><td>${a.title} <span class="muted">(${a.id})</span></td><td>${a.type.replace(/-/g, ' ')}</td><td>${a.hoursPerMonth ?? '—'}</td><td>${a.due ?? '—'}</td><td>${a.status}</td></tr>`)}
</tbody></table>
<h2>Check-ins</h2>
${plan.checkIns.length ? html`<table><thead><tr><th>Date</th><th>By</th><th>Notes saved to the plan</th></tr></thead><tbody>${[...plan.checkIns].reverse().map((c) => html`<tr><td>${c.at.slice(0, 10)}</td><td>${c.by}</td><td>${c.notes || html`<span class="muted">(no notes saved)</span>`}</td></tr>`)}</tbody></table>` : html`<p class="muted">No check-in recorded yet.</p>`}
<h2>Questions to start the next one-on-one</h2>
<ol class="q">${questions.map((q) => html`<li>${q.text}</li>`)}</ol>
${plan.recognition.length ? html`<h2>Recognition</h2><ul>${plan.recognition.map((r) => html`<li>${r.at.slice(0, 10)}: ${r.text} <span class="muted">(${r.by})</span></li>`)}</ul>` : ''}
<h2>History</h2>
<table><thead><tr><th>Rev</th><th>When</th><th>Who</th><th>What</th></tr></thead><tbody>
${plan.history.map((h) => html`<tr><td>${h.revision}</td><td>${h.at.slice(0, 16).replace('T', ' ')}</td><td>${h.by}</td><td>${h.action}${h.detail ? `: ${h.detail}` : ''}</td></tr>`)}
</tbody></table>
<p class="muted">Framework: ${framework.name} v${framework.version}. Generated by Trellis.</p>
</main>`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${html`Career path: ${plan.employee.name}`}</title><style>${REPORT_CSS}</style></head><body>${body}</body></html>\n`;
}
