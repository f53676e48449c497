// Names of the global functions cards call back: the build generates one top-level wrapper for each, and checks
// that every name here and every runFunction in appsscript.json is an entry point of the bundle.

export const ACTION_NAMES = [
  'requestEditorFileAccess',
  'requestDriveFileAccess',
  'jdRead',
  'jdReviewed',
  'jdObjectives',
  'jdCreatePlan',
  'jdShowSource',
  'ladderPublish',
  'ksaValidate',
  'ksaImport',
  'ksaContinue',
  'ksaSaveAnyway',
  'ksaDiagnosticsPage',
  'ksaSelectCell',
  'ksaCancel',
  'planOpen',
  'planAct',
  'planReapply',
  'planShare',
  'planHistory',
  'planEditMilestones',
  'frameworkUse',
  'homePage',
] as const;

export type ActionName = (typeof ACTION_NAMES)[number];

export const TRIGGER_NAMES = [
  'onHomepage',
  'onDocsHomepage',
  'onDocsFileScopeGranted',
  'onSheetsHomepage',
  'onSheetsFileScopeGranted',
  'onDriveHomepage',
  'onDriveItemsSelected',
  'onCalendarHomepage',
  'onCalendarEventOpen',
] as const;

export type TriggerName = (typeof TRIGGER_NAMES)[number];
