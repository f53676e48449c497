// The plan's Google Doc shows readiness over time and each competency's level history as charts. The Doc is
// written by importing HTML, which cannot carry an image; DocumentApp places one from a blob (Body.insertImage
// takes PNG, JPEG or GIF, never SVG), so the core draws each chart as a PNG and it goes after its caption, the
// figures following as text.
import type { Framework } from '../../../shared/model/framework';
import type { Plan } from '../../../shared/model/plan';
import { dayLabel, planProgress } from '../../../shared/plan/progress';
import { isLevelHistoryCaption, isReadinessChartCaption, planDocumentCharts, type DocumentChart } from '../../../shared/render/plan-document';
import { gas } from '../platform/apps-script';

/** The width the chart is shown at: a Doc's text column at the default margins is about 624 px (6.5 in). */
const SHOWN_WIDTH = 600;

/** Apps Script's Byte[] is signed (-128 to 127). */
function signedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! > 127 ? bytes[i]! - 256 : bytes[i]!;
  return out;
}

/** Places the charts in the plan's Doc, each after its caption; the number placed. */
export function placePlanCharts(docId: string, plan: Plan, framework: Framework | undefined): number {
  const charts = planDocumentCharts(plan, framework);
  const progress = planProgress(plan, framework);
  const wanted: { isCaption: (text: string) => boolean; chart: DocumentChart; name: string; title: string; description: string }[] = [];
  if (charts.readiness) wanted.push({ isCaption: isReadinessChartCaption, chart: charts.readiness, name: 'readiness-over-time.png', title: 'Readiness over time', description: progress.readiness.map((p) => `${dayLabel(p.date)}: ${Math.round(p.readiness * 100)}%`).join('; ') });
  if (charts.levels) wanted.push({ isCaption: isLevelHistoryCaption, chart: charts.levels, name: 'levels-over-time.png', title: 'Each competency’s level over time', description: progress.competencies.map((c, i) => `${i + 1}. ${c.competency}: ${(c.manager[c.manager.length - 1] ?? c.self[c.self.length - 1])?.levelName ?? 'not assessed'}, requires ${c.requiredName}`).join('; ') });
  if (!wanted.length) return 0;
  const { DocumentApp, Utilities } = gas();
  const body = DocumentApp.openById(docId).getBody();
  let placed = 0;
  // from the end, so an insertion does not move the captions still to find
  for (let i = body.getNumChildren() - 1; i >= 0; i--) {
    const child = body.getChild(i);
    if (child.getType() !== DocumentApp.ElementType.PARAGRAPH) continue;
    const text = child.asParagraph().getText();
    const match = wanted.find((w) => w.isCaption(text));
    if (!match) continue;
    const { chart } = match;
    const scale = Math.min(1, SHOWN_WIDTH / chart.width);
    body
      .insertImage(i + 1, Utilities.newBlob(signedBytes(chart.png), 'image/png', match.name))
      .setWidth(Math.round(chart.width * scale))
      .setHeight(Math.round(chart.height * scale))
      .setAltTitle(match.title)
      .setAltDescription(match.description);
    placed++;
  }
  return placed;
}
