// Importing (or validating) the open spreadsheet's KSA matrix as a long job that survives between card actions:
// each action reads sheets up to a cell budget (three data calls a sheet) and keeps them in the user's cache;
// the last one turns the grids into a framework. Progress lives in user properties, so it can be resumed.
import { hasErrors, type Diagnostic } from '../../../shared/ingest/diagnostics';
import { ingestKsaMatrix } from '../../../shared/ingest/ksa-matrix';
import type { Framework } from '../../../shared/model/framework';
import { slugify } from '../../../shared/model/names';
import { latestFrameworks, loadFramework } from '../drive/framework-files';
import { gas, type Sheet, type Spreadsheet } from '../platform/apps-script';
import { cacheGetLarge, cachePutLarge, cacheRemoveLarge } from '../platform/large-cache';
import { nowIso } from '../platform/session';
import { cellCount, readSheet, sheetGrid, type SheetData } from './read-sheet';

export type ImportMode = 'validate' | 'import';

export interface ImportJob {
  spreadsheetId: string;
  spreadsheetName: string;
  mode: ImportMode;
  frameworkId: string;
  frameworkName: string;
  sheets: string[];
  /** Sheets read so far (in order). */
  read: number;
  cells: number;
  startedAt: string;
  /** All sheets are read; the next step builds the framework. */
  readyToBuild: boolean;
}

/** What the ingestion read from each sheet (shape, roles, competencies, scale). */
export type SheetSummaries = NonNullable<ReturnType<typeof ingestKsaMatrix>['sheets']>;

export interface ImportResult {
  framework?: Framework;
  diagnostics: Diagnostic[];
  sheets?: SheetSummaries;
  /** The version it replaces, when re-importing. */
  previousVersion?: number;
}

/** Cells read per card action before handing over to the next one (about 10 s of Apps Script reading). */
export const DEFAULT_CELLS_PER_STEP = 250_000;
const CELLS_PER_STEP_KEY = 'trellis.importCellsPerStep';
const jobKey = (spreadsheetId: string) => `trellis.ksaImport:${spreadsheetId}`;
const sheetKey = (job: ImportJob, i: number) => `ksa:${job.spreadsheetId}:${job.startedAt}:${i}`;
export const resultKey = (spreadsheetId: string) => `ksa-result:${spreadsheetId}`;

function cellsPerStep(): number {
  const configured = Number(gas().PropertiesService.getScriptProperties().getProperty(CELLS_PER_STEP_KEY));
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_CELLS_PER_STEP;
}

export function loadJob(spreadsheetId: string): ImportJob | undefined {
  const text = gas().PropertiesService.getUserProperties().getProperty(jobKey(spreadsheetId));
  return text ? (JSON.parse(text) as ImportJob) : undefined;
}

function saveJob(job: ImportJob): void {
  gas().PropertiesService.getUserProperties().setProperty(jobKey(job.spreadsheetId), JSON.stringify(job));
}

export function cancelJob(spreadsheetId: string): void {
  const job = loadJob(spreadsheetId);
  if (job) for (let i = 0; i < job.sheets.length; i++) cacheRemoveLarge(sheetKey(job, i));
  gas().PropertiesService.getUserProperties().deleteProperty(jobKey(spreadsheetId));
}

/** The spreadsheet's sheets by name, looked up once per card action. */
export function sheetsByName(spreadsheet: Spreadsheet): Map<string, Sheet> {
  return new Map(spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet]));
}

export function startJob(spreadsheet: Spreadsheet, sheets: Map<string, Sheet>, mode: ImportMode, frameworkName: string): ImportJob {
  cancelJob(spreadsheet.getId());
  const name = frameworkName.trim() || spreadsheet.getName();
  const job: ImportJob = {
    spreadsheetId: spreadsheet.getId(),
    spreadsheetName: spreadsheet.getName(),
    mode,
    frameworkId: slugify(name),
    frameworkName: name,
    sheets: [...sheets.keys()],
    read: 0,
    cells: 0,
    startedAt: nowIso(),
    readyToBuild: false,
  };
  saveJob(job);
  return job;
}

function readAndKeep(sheets: Map<string, Sheet>, job: ImportJob, i: number): SheetData {
  const sheet = sheets.get(job.sheets[i]!);
  if (!sheet) throw new Error(`the sheet "${job.sheets[i]}" was renamed or deleted during the import; start again`);
  const data = readSheet(sheet, job.sheets[i]!);
  cachePutLarge(sheetKey(job, i), JSON.stringify(data));
  return data;
}

/**
 * One step of the job: reads sheets until the cell budget is spent. Returns the result once the framework is
 * built, or undefined when another step is needed (the job is saved with its progress).
 */
export function advanceJob(sheets: Map<string, Sheet>, job: ImportJob): ImportResult | undefined {
  const budget = cellsPerStep();
  let spent = 0;
  while (job.read < job.sheets.length && spent < budget) {
    const data = readAndKeep(sheets, job, job.read);
    spent += cellCount(data);
    job.cells += cellCount(data);
    job.read++;
  }
  if (job.read < job.sheets.length || (!job.readyToBuild && spent > 0 && job.cells > budget)) {
    // a big matrix builds in its own step, so reading and building never share one action's time
    job.readyToBuild = job.read >= job.sheets.length;
    saveJob(job);
    return undefined;
  }
  const grids = job.sheets.map((_, i) => {
    const cached = cacheGetLarge(sheetKey(job, i));
    const data = cached ? (JSON.parse(cached) as SheetData) : readAndKeep(sheets, job, i);
    return sheetGrid(data, job.spreadsheetName);
  });
  const previousFile = latestFrameworks().find((f) => f.id === job.frameworkId);
  const previous = previousFile ? loadFramework(previousFile.id, previousFile.version)?.framework : undefined;
  const result = ingestKsaMatrix(grids, {
    id: job.frameworkId,
    name: job.frameworkName,
    source: { format: 'google-sheet', name: job.spreadsheetName, importedAt: nowIso() },
    ...(previous ? { previous } : {}),
  });
  cancelJob(job.spreadsheetId);
  const out: ImportResult = { diagnostics: result.diagnostics };
  if (result.sheets) out.sheets = result.sheets;
  if (result.framework) out.framework = result.framework;
  if (previous) out.previousVersion = previous.version;
  cachePutLarge(resultKey(job.spreadsheetId), JSON.stringify(out));
  return out;
}

export function keptResult(spreadsheetId: string): ImportResult | undefined {
  const text = cacheGetLarge(resultKey(spreadsheetId));
  return text ? (JSON.parse(text) as ImportResult) : undefined;
}

export function resultHasErrors(result: ImportResult): boolean {
  return hasErrors(result.diagnostics);
}
