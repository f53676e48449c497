// The plan as a document people read: route, gaps, milestones, actions and questions, as a block tree that
// the CLI renders to HTML and Markdown and the add-on writes into a Google Doc.
import { byDueDate } from '../plan/dates';
import type { BlockDocument, Block } from '../ingest/document/blocks';
import { indexFramework, type Framework } from '../model/framework';
import type { Plan } from '../model/plan';
import { gapAnalysis } from '../gap/gap';
import { personLevels } from '../gap/levels';
import { nextActors } from '../workflow/workflow';
import { BUILT_IN_QUESTIONS } from '../prompts/bank';
import { chooseQuestions } from '../prompts/choose';
import { planPromptContext } from '../prompts/plan-context';
import { percent } from './html';
import { planProgress, progressSummary, readinessRequirements } from '../plan/progress';
import { notYetRank } from '../model/scale';
import { levelHistoryChartPng } from './level-history-chart';
import { STAGE_LABELS } from '../workflow/labels';
import { readinessChartPng } from './readiness-chart';

const para = (text: string): Block => ({ type: 'paragraph', text, runs: [{ text }] });
const bullet = (text: string, depth = 0): Block => ({ type: 'list-item', text, runs: [{ text }], depth, ordered: false });
const heading = (text: string, level = 2): Block => ({ type: 'heading', level, text });

const CHART_CAPTION_START = 'Chart: readiness for ';
const LEVELS_CAPTION = 'Chart: each competency’s level over time, rows numbered as in the table below (solid: manager, dashed: self, dotted: the level the role requires).';

/** The paragraph the readiness chart goes after in a document (its figures follow in text). */
export function readinessChartCaption(roleTitle: string): string {
  return `${CHART_CAPTION_START}${roleTitle} over time, the approval day marked (figures below).`;
}

export function isReadinessChartCaption(text: string): boolean {
  return text.startsWith(CHART_CAPTION_START);
}

export function isLevelHistoryCaption(text: string): boolean {
  return text === LEVELS_CAPTION;
}

export interface DocumentChart {
  png: Uint8Array;
  width: number;
  height: number;
}

/** The charts of the plan document as images (PNG), for documents that cannot take SVG. */
export function planDocumentCharts(plan: Plan, framework?: Framework): { readiness?: DocumentChart; levels?: DocumentChart } {
  const progress = planProgress(plan, framework);
  const readiness = readinessChartPng(progress.readiness, progress.approvedOn ? { approvedOn: progress.approvedOn } : {});
  const scales = readinessRequirements(plan, framework)?.scales ?? [];
  const ranks = scales.flatMap((s) => [notYetRank(s), ...s.levels.map((l) => l.rank)]);
  const levels = ranks.length ? levelHistoryChartPng(progress.competencies, { minRank: Math.min(...ranks), maxRank: Math.max(...ranks) }) : undefined;
  return { ...(readiness ? { readiness } : {}), ...(levels ? { levels } : {}) };
}

export function planDocument(plan: Plan, framework: Framework, today = plan.updatedAt.slice(0, 10)): BlockDocument {
  const index = indexFramework(framework);
  const title = (id: string) => index.roleById.get(id)?.title ?? id;
  const target = index.roleById.get(plan.targetRoleId);
  const { levels, detail } = personLevels(framework, plan.assessment);
  const analysis = target ? gapAnalysis(framework, target, levels, detail) : undefined;
  const next = nextActors(plan);
  const blocks: Block[] = [
    heading(`Career path: ${plan.employee.name}`, 1),
    para(`${title(plan.currentRoleId)} → ${title(plan.targetRoleId)} · stage: ${STAGE_LABELS[plan.stage]} · revision ${plan.revision}`),
    para(`Manager: ${plan.manager.name}. Approvers: ${plan.approvers.map((a) => a.name).join(', ') || 'none yet'}.`),
    para(next.who.length ? `Next: ${next.who.map((p) => p.name).join(' or ')} to ${next.what}.` : `Next: ${next.what}.`),
    heading('Objectives'),
    ...plan.profile.objectives.beyondCurrentRole.map((g) => bullet(g)),
    para(`In five years: ${plan.profile.objectives.fiveYears || 'not stated yet'}`),
    para(`Growth preference: ${plan.profile.growthPreference}. Interests: ${plan.profile.interests.join(', ') || 'none noted'}. Career buddy: ${plan.profile.careerBuddy?.name ?? 'none named yet'}.`),
    ...(['strengths', 'weaknesses', 'opportunities', 'threats'] as const).map((k) => bullet(`SWOT ${k}: ${plan.profile.swot[k].join('; ') || 'none noted'}`)),
    bullet(`Barriers: ${plan.profile.barriers.join('; ') || 'none noted'}`),
    heading('Route'),
    para(plan.route.roleIds.map(title).join(' → ')),
    ...plan.route.steps.map((s) => bullet(`${title(s.from)} → ${title(s.to)} (${s.type})`)),
  ];
  if (analysis) {
    blocks.push(heading('Skills and gaps'), para(`Readiness for ${analysis.roleTitle}: ${percent(analysis.readiness)}.`));
    blocks.push({
      type: 'table',
      rows: [
        [{ text: 'Competency', header: true }, { text: 'Current', header: true }, { text: 'Required', header: true }, { text: 'Gap', header: true }],
        ...analysis.items.map((i) => [{ text: i.competency }, { text: i.currentName }, { text: i.requiredLooksLike ? `${i.requiredName}: ${i.requiredLooksLike}` : i.requiredName }, { text: i.status === 'not-assessed' ? 'not assessed' : String(i.gap) }]),
      ],
    });
    const progress = planProgress(plan, framework);
    blocks.push(heading('Progress over time'), para(`${progressSummary(progress)}.`));
    // where a surface that can place images (the add-on's Google Doc) puts the chart; the figures follow as text
    if (progress.readiness.length) blocks.push(para(readinessChartCaption(analysis.roleTitle)));
    const recent = progress.readiness.slice(-12);
    if (recent.length) blocks.push(para(`Readiness by date${progress.readiness.length > recent.length ? ` (latest ${recent.length} of ${progress.readiness.length})` : ''}: ${recent.map((p) => `${p.date} ${percent(p.readiness)}`).join(' · ')}`));
    if (progress.competencies.some((c) => c.self.length || c.manager.length)) blocks.push(para(LEVELS_CAPTION));
    blocks.push({
      type: 'table',
      rows: [
        [{ text: '#', header: true }, { text: 'Competency', header: true }, { text: 'Self levels over time', header: true }, { text: 'Manager levels over time', header: true }, { text: 'Latest evidence', header: true }],
        ...progress.competencies.map((c, i) => {
          const trail = (pts: typeof c.self) => pts.slice(-4).map((p) => `${p.date} ${p.levelName}`).join(' → ') || '—';
          const latest = c.manager[c.manager.length - 1] ?? c.self[c.self.length - 1];
          return [{ text: String(i + 1) }, { text: c.competency }, { text: trail(c.self) }, { text: trail(c.manager) }, { text: latest?.evidence || '—' }];
        }),
      ],
    });
    if (analysis.disagreements.length) blocks.push(para(`To discuss: self and manager disagree on ${analysis.disagreements.map((d) => d.competency).join(', ')}.`));
  }
  blocks.push(heading('Milestones'));
  for (const m of byDueDate(plan.milestones)) blocks.push(bullet(`${m.due} · ${m.title} [${m.status}] (measure: ${m.measure})`));
  blocks.push(heading('Development actions'));
  for (const a of plan.actions) blocks.push(bullet(`${a.type}: ${a.title}${a.hoursPerMonth !== undefined ? ` · ${a.hoursPerMonth} h a month` : ''}${a.due ? ` (by ${a.due})` : ''} [${a.status}]`));
  blocks.push(heading('Check-ins'));
  if (!plan.checkIns.length) blocks.push(para('No check-in recorded yet.'));
  for (const c of [...plan.checkIns].reverse()) blocks.push(bullet(`${c.at.slice(0, 10)} · ${c.by}: ${c.notes || '(no notes saved)'}`));
  blocks.push(heading('Questions for the next one-on-one'));
  for (const q of chooseQuestions(BUILT_IN_QUESTIONS, { seriesId: plan.id, date: today, plan: planPromptContext(plan, framework) })) blocks.push(bullet(q.text));
  if (plan.recognition.length) {
    blocks.push(heading('Recognition'));
    for (const r of plan.recognition) blocks.push(bullet(`${r.at.slice(0, 10)} · ${r.text} (${r.by})`));
  }
  return { title: `Career path: ${plan.employee.name}`, blocks };
}

/** The block tree as Markdown, for a readable file beside the JSON. */
export function blocksToMarkdown(doc: BlockDocument): string {
  const escape = (t: string) => t.replace(/([\\`*_[\]#|<>])/g, '\\$1');
  return `${doc.blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return `${'#'.repeat(Math.min(6, b.level))} ${escape(b.text)}`;
        case 'paragraph':
          return escape(b.text);
        case 'list-item':
          return `${'  '.repeat(b.depth)}- ${escape(b.text)}`;
        case 'table': {
          const [head, ...rest] = b.rows;
          if (!head) return '';
          const row = (cells: { text: string }[]) => `| ${cells.map((c) => escape(c.text)).join(' | ')} |`;
          return [row(head), `| ${head.map(() => '---').join(' | ')} |`, ...rest.map(row)].join('\n');
        }
      }
    })
    .join('\n\n')
    .replace(/\n\n(?=\s*- )/g, '\n')}\n`;
}
