// The plan's Google Doc shows readiness over time and each competency's level history as charts. The Doc is
// written by importing HTML, which cannot carry an image; DocumentApp places one from a blob (Body.insertImage
// takes PNG, JPEG or GIF, never SVG), so the core draws each chart as a PNG and it goes after its caption, the
// figures following as text. The add-on holds documents.currentonly, not documents: DocumentApp reaches only the Doc
// open in Docs, so the charts are drawn when a person opens the plan's Doc with Trellis beside it (and again after
// each save, whose new import drops them).
import type { Framework } from '../../../shared/model/framework';
import type { Plan } from '../../../shared/model/plan';
import { dayLabel, planProgress } from '../../../shared/plan/progress';
import { isLevelHistoryCaption, isReadinessChartCaption, planDocumentCharts, type DocumentChart } from '../../../shared/render/plan-document';
import { gas, type DocumentBody } from '../platform/apps-script';

/** The width the chart is shown at: a Doc's text column at the default margins is about 624 px (6.5 in). */
const SHOWN_WIDTH = 600;

/** Apps Script's Byte[] is signed (-128 to 127). */
function signedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! > 127 ? bytes[i]! - 256 : bytes[i]!;
  return out;
}

/** Places the charts in the plan's Doc (its body), each after its caption; the number placed. */
export function placePlanCharts(body: DocumentBody, plan: Plan, framework: Framework | undefined): number {
  const charts = planDocumentCharts(plan, framework);
  const progress = planProgress(plan, framework);
  const wanted: { isCaption: (text: string) => boolean; chart: DocumentChart; name: string; title: string; description: string }[] = [];
  if (charts.readiness) wanted.push({ isCaption: isReadinessChartCaption, chart: charts.readiness, name: 'readiness-over-time.png', title: 'Readiness over time', description: progress.readiness.map((p) => `${dayLabel(p.date)}: ${Math.round(p.readiness * 100)}%`).join('; ') });
  if (charts.levels) wanted.push({ isCaption: isLevelHistoryCaption, chart: charts.levels, name: 'levels-over-time.png', title: 'Each competency’s level over time', description: progress.competencies.map((c, i) => `${i + 1}. ${c.competency}: ${(c.manager[c.manager.length - 1] ?? c.self[c.self.length - 1])?.levelName ?? 'not assessed'}, requires ${c.requiredName}`).join('; ') });
  if (!wanted.length) return 0;
  const { DocumentApp, Utilities } = gas();
  let placed = 0;
  // from the end, so an insertion does not move the captions still to find
  for (let i = body.getNumChildren() - 1; i >= 0; i--) {
    const child = body.getChild(i);
    if (child.getType() !== DocumentApp.ElementType.PARAGRAPH) continue;
    const text = child.asParagraph().getText();
    const match = wanted.find((w) => w.isCaption(text));
    if (!match) continue;
    // a picture sits in a paragraph of its own with no text: one right after the caption was drawn by an earlier
    // opening of this Doc (a save imports the Doc afresh, without pictures, so none is ever out of date)
    if (i + 1 < body.getNumChildren()) {
      const next = body.getChild(i + 1);
      if (next.getType() === DocumentApp.ElementType.PARAGRAPH && next.asParagraph().getText() === '') continue;
    }
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
