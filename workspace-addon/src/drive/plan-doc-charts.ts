// The plan's Google Doc shows readiness over time as a chart. The Doc is written by importing HTML, which cannot
// carry an image; DocumentApp places one from a blob (Body.insertImage takes PNG, JPEG or GIF, never SVG), so
// the core draws the chart as a PNG and it goes after its caption, the figures following as text.
import type { Framework } from '../../../shared/model/framework';
import type { Plan } from '../../../shared/model/plan';
import { dayLabel, planProgress } from '../../../shared/plan/progress';
import { isReadinessChartCaption, planDocumentCharts } from '../../../shared/render/plan-document';
import { gas } from '../platform/apps-script';

/** The width the chart is shown at: a Doc's text column at the default margins is about 624 px (6.5 in). */
const SHOWN_WIDTH = 600;

/** Apps Script's Byte[] is signed (-128 to 127). */
function signedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! > 127 ? bytes[i]! - 256 : bytes[i]!;
  return out;
}

/** Places the readiness chart in the plan's Doc after its caption; false when there is no chart or no caption. */
export function placePlanCharts(docId: string, plan: Plan, framework: Framework | undefined): boolean {
  const { readiness } = planDocumentCharts(plan, framework);
  if (!readiness) return false;
  const { DocumentApp, Utilities } = gas();
  const body = DocumentApp.openById(docId).getBody();
  const children = body.getNumChildren();
  for (let i = 0; i < children; i++) {
    const child = body.getChild(i);
    if (child.getType() !== DocumentApp.ElementType.PARAGRAPH || !isReadinessChartCaption(child.asParagraph().getText())) continue;
    const progress = planProgress(plan, framework);
    const image = body.insertImage(i + 1, Utilities.newBlob(signedBytes(readiness.png), 'image/png', 'readiness-over-time.png'));
    const scale = Math.min(1, SHOWN_WIDTH / readiness.width);
    image
      .setWidth(Math.round(readiness.width * scale))
      .setHeight(Math.round(readiness.height * scale))
      .setAltTitle('Readiness over time')
      .setAltDescription(progress.readiness.map((p) => `${dayLabel(p.date)}: ${Math.round(p.readiness * 100)}%`).join('; '));
    return true;
  }
  return false;
}
