// Sheets, for HR: start, continue, resume or cancel an import or a validation; publish the framework version;
// page through diagnostics; select the cell a diagnostic points at.
import { frameworkDriveName } from '../../../shared/storage/drive-files';
import { ksaIntroCard, ksaProgressCard, ksaResultCard, ksaStartCard } from '../cards/ksa-cards';
import { navigate, notify } from '../cards/kit';
import { FrameworkTooLargeError, saveFrameworkVersion } from '../drive/framework-files';
import { gas, type Sheet, type Spreadsheet } from '../platform/apps-script';
import { input, param, requireParam, type AddonEvent } from '../platform/event';
import { advanceJob, cancelJob, keptResult, loadJob, markPublished, resultHasErrors, sheetsByName, startJob, type ImportMode, type ImportResult } from '../sheets/ksa-import';
import { FormError } from '../workflow/commands-from-card';

function openSpreadsheet(e: AddonEvent): Spreadsheet {
  if (!e.sheets?.id) throw new FormError('Trellis has no access to this spreadsheet yet; press "Allow Trellis to read this spreadsheet" first');
  return gas().SpreadsheetApp.getActiveSpreadsheet();
}

export function sheetsHomepage(e: AddonEvent) {
  if (!e.sheets?.addonHasFileScopePermission || !e.sheets.id) return [ksaIntroCard(e.sheets?.title)];
  return sheetsFileScopeGranted(e);
}

export function sheetsFileScopeGranted(e: AddonEvent) {
  const spreadsheet = openSpreadsheet(e);
  return [ksaStartCard(spreadsheet.getName(), spreadsheet.getSheets().map((s) => s.getName()), loadJob(spreadsheet.getId()))];
}

/** Publishes the framework; a framework too large for a file says so on the result card (nothing written). */
function publish(spreadsheet: Spreadsheet, result: ImportResult & { framework: NonNullable<ImportResult['framework']> }) {
  try {
    const saved = saveFrameworkVersion(result.framework);
    const published = markPublished(spreadsheet.getId(), spreadsheet.getName(), result, { fileName: frameworkDriveName(saved.id, saved.version), version: saved.version });
    return { card: ksaResultCard(published, 'import'), version: saved.version };
  } catch (error) {
    if (error instanceof FrameworkTooLargeError) return { card: ksaResultCard(result, 'import', { notPublished: error.message }) };
    throw error;
  }
}

/** Publishes the framework when the result allows it; returns the card to show. */
function finish(spreadsheet: Spreadsheet, result: ImportResult, mode: ImportMode) {
  if (mode === 'import' && result.framework && !result.notKept && !resultHasErrors(result)) return publish(spreadsheet, { ...result, framework: result.framework }).card;
  return ksaResultCard(result, mode);
}

function step(spreadsheet: Spreadsheet, sheets: Map<string, Sheet>, how: 'push' | 'update') {
  const job = loadJob(spreadsheet.getId());
  if (!job) throw new FormError('there is no import under way for this spreadsheet; start one');
  const result = advanceJob(sheets, job);
  if (!result) return navigate(ksaProgressCard(job), how);
  return navigate(finish(spreadsheet, result, job.mode), how);
}

function start(e: AddonEvent, mode: ImportMode) {
  const spreadsheet = openSpreadsheet(e);
  const sheets = sheetsByName(spreadsheet);
  startJob(spreadsheet, sheets, mode, input(e, 'frameworkName'));
  return step(spreadsheet, sheets, 'push');
}

export const ksaValidate = (e: AddonEvent) => start(e, 'validate');
export const ksaImport = (e: AddonEvent) => start(e, 'import');
export function ksaContinue(e: AddonEvent) {
  const spreadsheet = openSpreadsheet(e);
  return step(spreadsheet, sheetsByName(spreadsheet), param(e, 'from') === 'start' ? 'push' : 'update');
}

export function ksaCancel(e: AddonEvent) {
  const spreadsheet = openSpreadsheet(e);
  cancelJob(spreadsheet.getId());
  return navigate(ksaStartCard(spreadsheet.getName(), spreadsheet.getSheets().map((s) => s.getName())), 'update', 'Import cancelled; nothing was saved');
}

export function ksaSaveAnyway(e: AddonEvent) {
  const spreadsheet = openSpreadsheet(e);
  const result = keptResult(spreadsheet.getId());
  if (result?.published) return navigate(ksaResultCard(result, 'import'), 'update', `Already published as version ${result.published.version}`);
  if (result?.notKept) return navigate(ksaResultCard(result, 'import'), 'update', 'Not published: the framework is too large');
  if (!result?.framework) throw new FormError('the import result has expired; import again');
  const { card: shown, version } = publish(spreadsheet, { ...result, framework: result.framework });
  if (!version) return navigate(shown, 'update', 'Not published: the framework is too large');
  const meanwhile = version !== result.framework.version ? ` (version ${version - 1} was published meanwhile)` : '';
  return navigate(shown, 'update', `Published ${result.framework.name} v${version}${meanwhile}`);
}

export function ksaDiagnosticsPage(e: AddonEvent) {
  const spreadsheet = openSpreadsheet(e);
  const result = keptResult(spreadsheet.getId());
  if (!result) throw new FormError('the import result has expired; validate again');
  const mode = param(e, 'mode') === 'import' ? 'import' : 'validate';
  return navigate(ksaResultCard(result, mode, { page: Number(param(e, 'page')) || 0, sheetsPage: Number(param(e, 'sheetsPage')) || 0 }), 'update');
}

/** Selects the cell a diagnostic points at, so HR can fix it. */
export function ksaSelectCell(e: AddonEvent) {
  const spreadsheet = openSpreadsheet(e);
  const sheetName = requireParam(e, 'sheet');
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) return notify(`The sheet "${sheetName}" is no longer in this spreadsheet`);
  sheet.getRange(requireParam(e, 'cell')).activate();
  return notify(`Selected ${sheetName}!${requireParam(e, 'cell')}`);
}
