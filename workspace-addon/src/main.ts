// The add-on's entry: every trigger and card action, each behind the error boundary. The build turns each export
// into a top-level function Apps Script can call. (The core needs nothing Apps Script's V8 lacks: no polyfills.)
import { cardAction, cardTrigger } from './entry/boundary';
import { calendarEventOpen, calendarHomepage } from './actions/calendar-actions';
import { docsFileScopeGranted, docsHomepage, jdCreatePlan as createPlanFromJd, jdObjectives as objectives, jdRead as read, jdReviewed as reviewed, jdShowSource as showSource, requestEditorFileAccess as requestEditorAccess } from './actions/docs-actions';
import { driveItemsSelected, frameworkUse as useFramework, homepage, homePage as pageOfPlans, requestDriveFileAccess as requestDriveAccess } from './actions/drive-triggers';
import { planAct as act, planEditMilestones as editMilestones, planHistory as history, planOpen as open, planReapply as reapply, planShare as shareWith } from './actions/plan-actions';
import { ladderPublish as publishLadder } from './actions/ladder-doc-actions';
import { ksaCancel as cancel, ksaContinue as resume, ksaDiagnosticsPage as diagnosticsPage, ksaImport as importMatrix, ksaSaveAnyway as saveAnyway, ksaSelectCell as selectCell, ksaValidate as validate, sheetsFileScopeGranted, sheetsHomepage } from './actions/sheets-actions';

// triggers named in appsscript.json
export const onHomepage = cardTrigger('onHomepage', homepage);
export const onDocsHomepage = cardTrigger('onDocsHomepage', docsHomepage);
export const onDocsFileScopeGranted = cardTrigger('onDocsFileScopeGranted', docsFileScopeGranted);
export const onSheetsHomepage = cardTrigger('onSheetsHomepage', sheetsHomepage);
export const onSheetsFileScopeGranted = cardTrigger('onSheetsFileScopeGranted', sheetsFileScopeGranted);
export const onDriveHomepage = cardTrigger('onDriveHomepage', homepage);
export const onDriveItemsSelected = cardTrigger('onDriveItemsSelected', driveItemsSelected);
export const onCalendarHomepage = cardTrigger('onCalendarHomepage', calendarHomepage);
export const onCalendarEventOpen = cardTrigger('onCalendarEventOpen', calendarEventOpen);

// card actions (names in action-names.ts)
export const requestEditorFileAccess = cardAction('requestEditorFileAccess', requestEditorAccess);
export const requestDriveFileAccess = cardAction('requestDriveFileAccess', requestDriveAccess);
export const jdRead = cardAction('jdRead', read);
export const jdReviewed = cardAction('jdReviewed', reviewed);
export const jdObjectives = cardAction('jdObjectives', objectives);
export const jdCreatePlan = cardAction('jdCreatePlan', createPlanFromJd);
export const jdShowSource = cardAction('jdShowSource', showSource);
export const ladderPublish = cardAction('ladderPublish', publishLadder);
export const ksaValidate = cardAction('ksaValidate', validate);
export const ksaImport = cardAction('ksaImport', importMatrix);
export const ksaContinue = cardAction('ksaContinue', resume);
export const ksaSaveAnyway = cardAction('ksaSaveAnyway', saveAnyway);
export const ksaDiagnosticsPage = cardAction('ksaDiagnosticsPage', diagnosticsPage);
export const ksaSelectCell = cardAction('ksaSelectCell', selectCell);
export const ksaCancel = cardAction('ksaCancel', cancel);
export const planOpen = cardAction('planOpen', open);
export const planAct = cardAction('planAct', act);
export const planReapply = cardAction('planReapply', reapply);
export const planShare = cardAction('planShare', shareWith);
export const planHistory = cardAction('planHistory', history);
export const planEditMilestones = cardAction('planEditMilestones', editMilestones);
export const frameworkUse = cardAction('frameworkUse', useFramework);
export const homePage = cardAction('homePage', pageOfPlans);
