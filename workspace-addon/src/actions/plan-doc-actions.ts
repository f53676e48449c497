// Docs, on a career path's own Doc: the add-on holds documents.currentonly, so the Doc it writes at each save (an HTML
// import, which carries no picture) gets its progress charts here, when a person opens it with Trellis beside it.
// The side panel then shows the plan's card, as the plan's link from any other surface would.
import { planCard } from '../cards/plan-card';
import { findByAppProperties, fileMetadata } from '../drive/drive-files';
import { placePlanCharts } from '../drive/plan-doc-charts';
import { loadStoredPlan } from '../drive/plan-files';
import { gas } from '../platform/apps-script';
import { frameworkFor } from './plan-actions';

/** The plan card for the open Doc when it is a career path's Doc (its charts drawn first); undefined for any other Doc. */
export function careerPathDocCard(docId: string) {
  if (!fileMetadata(docId).appProperties?.trellisPlanDoc) return undefined;
  const planFile = findByAppProperties({ trellisKind: 'plan', trellisDocId: docId })[0];
  if (!planFile?.id) return undefined;
  const stored = loadStoredPlan(planFile.id);
  const framework = frameworkFor(stored);
  try {
    placePlanCharts(gas().DocumentApp.getActiveDocument().getBody(), stored.plan, framework);
  } catch (error) {
    // a reader or commenter cannot place a picture: the figures are in the Doc's text all the same
    console.warn(`plan doc ${docId}: the progress charts were not drawn (${(error as Error).message}); their figures are in the text`);
  }
  return planCard(stored, framework);
}
