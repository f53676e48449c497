// Sheets, for HR: validate or import the department's KSA matrix, watch a long import progress, and read every
// diagnostic with its sheet and A1 cell (with a button that selects the cell).
import type { Diagnostic } from '../../../shared/ingest/diagnostics';
import { frameworkSummary, type ImportJob, type ImportResult } from '../sheets/ksa-import';
import type { TextButton, Widget } from '../platform/apps-script';
import { button, buttons, card, decorated, plain, section, textInput } from './kit';

export const DIAGNOSTICS_PER_PAGE = 40;

export function ksaIntroCard(title?: string) {
  return card({
    name: 'ksa-intro',
    title: 'KSA matrix → framework',
    subtitle: title ?? 'Google Sheets',
    sections: [
      section(undefined, [
        plain('Trellis reads this spreadsheet’s knowledge, skills and abilities matrix (every sheet is a department), checks it cell by cell, and publishes it as the framework employees build their career paths on.'),
        plain('It needs your permission to read this one spreadsheet.'),
        buttons(button('Allow Trellis to read this spreadsheet', 'requestEditorFileAccess', {}, true)),
      ]),
    ],
  });
}

export function ksaStartCard(spreadsheetName: string, sheets: string[], running?: ImportJob) {
  const sections = [];
  if (running) {
    sections.push(
      section('An import is under way', [
        plain(`${running.mode === 'import' ? 'Import' : 'Validation'} of "${running.frameworkName}" started ${running.startedAt.slice(0, 16).replace('T', ' ')}: ${running.read} of ${running.sheets.length} sheets read.`),
        buttons(button('Resume', 'ksaContinue', {}, true), button('Start over', 'ksaCancel')),
      ]),
    );
  }
  sections.push(
    section(`${sheets.length} sheet${sheets.length === 1 ? '' : 's'}: ${sheets.join(', ')}`, [
      textInput('frameworkName', 'Framework name', spreadsheetName, { hint: 'Re-importing under the same name publishes a new version' }),
      plain('Validate only reports what Trellis would read. Import also publishes the framework to your Career paths folder as a new version; plans made on older versions keep working.'),
      buttons(button('Validate', 'ksaValidate'), button('Import KSA matrix', 'ksaImport', {}, true)),
    ]),
  );
  return card({ name: 'ksa-start', title: 'KSA matrix → framework', subtitle: spreadsheetName, sections });
}

export function ksaProgressCard(job: ImportJob) {
  const status = job.readyToBuild ? `All ${job.sheets.length} sheets read (${job.cells.toLocaleString('en-US')} cells). Next: build the framework.` : `Read ${job.read} of ${job.sheets.length} sheets (${job.cells.toLocaleString('en-US')} cells so far).`;
  const widgets: Widget[] = [plain(status)];
  if (!job.readyToBuild) widgets.push(plain(`Next: ${job.sheets.slice(job.read).join(', ')}.`));
  widgets.push(plain('Large matrices are read a few sheets at a time so each step finishes well within Google’s time limit. You can close this panel and resume later.'));
  widgets.push(buttons(button('Continue', 'ksaContinue', {}, true), button('Cancel', 'ksaCancel')));
  return card({ name: 'ksa-progress', title: job.mode === 'import' ? 'Importing the KSA matrix' : 'Validating the KSA matrix', subtitle: job.frameworkName, sections: [section(undefined, widgets)] });
}

function diagnosticWidget(d: Diagnostic, inSpreadsheet = true): Widget {
  const where = [d.sheet, d.cell].filter(Boolean).join('!');
  // a cell of the open spreadsheet can be selected; a document's tables are no sheet to select in
  const select = inSpreadsheet && d.sheet && d.cell ? button('Select', 'ksaSelectCell', { sheet: d.sheet, cell: d.cell }) : undefined;
  return decorated(`${d.severity}${where ? ` · ${where}` : ''}`, d.message, undefined, select);
}

export interface SavedVersion {
  fileName: string;
  version: number;
}

/** Where the result card is: the page of diagnostics and the page of sheets shown, and what became of it. */
export interface ResultView {
  page?: number;
  sheetsPage?: number;
  saved?: SavedVersion;
  /** Why it was not published although it could be read (it would be too large a file). */
  notPublished?: string;
  /** Read from a Google Doc's ladder rather than the open spreadsheet: no resumable import to page or publish anyway. */
  from?: 'spreadsheet' | 'document';
}

/** Sheets listed per page in "What was read": with 40 diagnostics a page the card stays under 100 widgets. */
export const SHEETS_PER_PAGE = 20;

function pager(what: 'page' | 'sheetsPage', at: number, total: number, perPage: number, params: Record<string, string>): TextButton[] {
  const out: TextButton[] = [];
  if (at > 0) out.push(button(what === 'page' ? 'Previous' : 'Previous sheets', 'ksaDiagnosticsPage', { ...params, [what]: String(at - 1) }));
  if ((at + 1) * perPage < total) out.push(button(what === 'page' ? 'Next' : 'More sheets', 'ksaDiagnosticsPage', { ...params, [what]: String(at + 1) }));
  return out;
}

/** The outcome: what was read (paged), every diagnostic (paged), and whether it was saved. */
export function ksaResultCard(result: ImportResult, mode: 'validate' | 'import', view: ResultView = {}) {
  const saved = view.saved ?? result.published;
  const notPublished = view.notPublished ?? result.notKept;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  const fw = frameworkSummary(result);
  const document = view.from === 'document';
  const summary: Widget[] = [
    plain(fw ? `${fw.name}: ${fw.roles} roles, ${fw.competencies} competencies, ${fw.transitions} explicit moves.` : `No framework could be read from this ${document ? 'document' : 'spreadsheet'}.`),
    plain(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`),
  ];
  if (saved) summary.push(plain(`Published as ${saved.fileName} (version ${saved.version})${result.previousVersion ? `; version ${result.previousVersion} stays for the plans made on it` : ''}.`));
  else if (mode === 'validate') summary.push(plain('Validate only: nothing was saved.'), ...(notPublished ? [plain(`Importing would not publish it: ${notPublished}.`), plain(TOO_LARGE_ADVICE)] : []));
  else if (notPublished) summary.push(plain(`Not published: ${notPublished}.`), plain(TOO_LARGE_ADVICE));
  else if (fw && errors && document) summary.push(plain('Not published: fix the errors in the document and publish again.'));
  else if (fw && errors) summary.push(plain('Not published yet: fix the errors in the sheet and import again, or publish what could be read (cells in error are left out).'), buttons(button('Publish anyway', 'ksaSaveAnyway', {}, true)));
  else if (!fw) summary.push(plain('Nothing was published.'));
  const page = Math.max(0, view.page ?? 0);
  const sheetsPage = Math.max(0, view.sheetsPage ?? 0);
  const params = { mode, page: String(page), sheetsPage: String(sheetsPage) };
  const sections = [section(undefined, summary)];
  const read = result.sheets ?? [];
  if (read.length) {
    const first = sheetsPage * SHEETS_PER_PAGE;
    const widgets: Widget[] = read.slice(first, first + SHEETS_PER_PAGE).map((s) => decorated(s.sheet, `${s.shape}${s.roles ? ` · ${s.roles} roles` : ''}${s.competencies ? ` · ${s.competencies} competencies` : ''}${s.transitions ? ` · ${s.transitions} moves` : ''}`, s.scale ? `Scale: ${s.scale}` : undefined));
    const nav = pager('sheetsPage', sheetsPage, read.length, SHEETS_PER_PAGE, params);
    if (nav.length) widgets.push(buttons(...nav));
    const header = read.length > SHEETS_PER_PAGE ? `What was read (sheets ${first + 1}–${first + Math.min(SHEETS_PER_PAGE, read.length - first)} of ${read.length})` : 'What was read';
    sections.push(section(header, widgets, { visible: 5 }));
  }
  const start = page * DIAGNOSTICS_PER_PAGE;
  const shown = result.diagnostics.slice(start, start + DIAGNOSTICS_PER_PAGE);
  if (shown.length) {
    const widgets = shown.map((d) => diagnosticWidget(d, !document));
    // a document's result is not kept between actions: past the first page, the count (the command line lists all)
    const nav = document ? [] : pager('page', page, result.diagnostics.length, DIAGNOSTICS_PER_PAGE, params);
    if (nav.length) widgets.push(buttons(...nav));
    if (document && result.diagnostics.length > start + shown.length) widgets.push(plain(`…and ${result.diagnostics.length - start - shown.length} more (trellis framework on a download of the Doc lists them all).`));
    sections.push(section(`What to fix (${start + 1}–${start + shown.length} of ${result.diagnostics.length})`, widgets));
  }
  const title = document ? (saved ? 'Career ladder published' : 'Career ladder read') : mode === 'import' ? 'KSA matrix imported' : 'KSA matrix checked';
  return card({ name: document ? 'ladder-result' : 'ksa-result', title, subtitle: fw ? `${fw.name} v${saved?.version ?? fw.version}` : 'Nothing readable', sections });
}

/** What HR can do with a matrix too large to publish from Sheets. */
export const TOO_LARGE_ADVICE =
  'Split the matrix: keep each department in its own spreadsheet and import each as its own framework (plans are made against one department’s framework anyway). The command line has no such limit (trellis framework matrix.xlsx > name.v1.framework.json), but Trellis in Google Workspace could not open a file that large either.';
