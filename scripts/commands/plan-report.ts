// The report, the document and the progress charts for a plan as it is now, written into an output folder.
import { join } from 'node:path';
import type { Framework } from '../../shared/model/framework';
import type { Plan } from '../../shared/model/plan';
import { notYetRank } from '../../shared/model/scale';
import { planProgress } from '../../shared/plan/progress';
import { blocksToMarkdown, isLevelHistoryCaption, isReadinessChartCaption, planDocument } from '../../shared/render/plan-document';
import { levelHistorySvg, readinessOverTimeSvg } from '../../shared/render/progress-svg';
import { planReportHtml } from '../../shared/render/report';
import type { CliIO } from '../cli/io';
import { makeOutputFolder } from '../cli/output-folder';
import { writeFileAtomic } from '../storage/folder-store';

/** The plan document in Markdown with its progress charts as SVG files beside it, linked from the document. */
export function planDocumentFiles(plan: Plan, framework: Framework, today: string): Record<string, string> {
  const progress = planProgress(plan, framework);
  const title = framework.roles.find((r) => r.id === plan.targetRoleId)?.title ?? plan.targetRoleId;
  const ranks = framework.scales.flatMap((s) => [notYetRank(s), ...s.levels.map((l) => l.rank)]);
  const readiness = `${plan.id}.readiness.svg`;
  const levels = `${plan.id}.levels.svg`;
  // each chart goes where the document's caption says it is (as the add-on's Google Doc places it)
  const document = blocksToMarkdown(planDocument(plan, framework, today))
    .split('\n')
    .map((line) => (isReadinessChartCaption(line) ? `${line}\n\n![Readiness for ${title} over time](${readiness})` : isLevelHistoryCaption(line) ? `${line}\n\n![Each competency's level over time](${levels})` : line))
    .join('\n');
  const markdown = `${document}\n## Progress charts\n\n![Readiness for ${title} over time](${readiness})\n\n![Each competency's level over time](${levels})\n`;
  return {
    [`${plan.id}.plan.md`]: markdown,
    [readiness]: `${readinessOverTimeSvg(progress.readiness, { roleTitle: title, ...(progress.approvedOn && { approvedOn: progress.approvedOn }) })}\n`,
    [levels]: `${levelHistorySvg(progress.competencies, { minRank: Math.min(...ranks), maxRank: Math.max(...ranks) })}\n`,
  };
}

export async function renderPlanFiles(plan: Plan, framework: Framework, outDir: string, io: CliIO, today: string): Promise<string[]> {
  await makeOutputFolder(outDir, io.cwd);
  const files = { [`${plan.id}.report.html`]: planReportHtml(plan, framework, { today }), ...planDocumentFiles(plan, framework, today) };
  for (const [name, text] of Object.entries(files)) await writeFileAtomic(join(outDir, name), text);
  return Object.keys(files).map((n) => join(outDir, n));
}
