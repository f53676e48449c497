// Importing (or validating) the open spreadsheet's KSA matrix as a long job that survives between card actions:
// each action reads sheets up to a cell budget (three data calls a sheet) and keeps what it read for the last
// one, which turns the grids into a framework. What is kept stays within the cache's limits: a small share of its
// 1,000 items, the rest in a work file in Drive (deleted once used). Progress lives in user properties, so an
// import can be resumed.
import { hasErrors, type Diagnostic } from '../../../shared/ingest/diagnostics';
import { ingestKsaMatrix } from '../../../shared/ingest/ksa-matrix';
import type { Framework } from '../../../shared/model/framework';
import { slugify } from '../../../shared/model/names';
import { latestFrameworks, loadFramework, tooLargeReason } from '../drive/framework-files';
import { dropKept, keepText, readKept, type Kept } from '../drive/work-files';
import { BLOB_MAX_BYTES } from '../platform/limits';
import { utf8Length } from '../platform/utf8';
import { gas, type Sheet, type Spreadsheet } from '../platform/apps-script';
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
  /** What each earlier step read, kept for the build: sheets [from, to) of `sheets`. */
  parts: { from: number; to: number; kept: Kept }[];
}

/** What the ingestion read from each sheet (shape, roles, competencies, scale). */
export type SheetSummaries = NonNullable<ReturnType<typeof ingestKsaMatrix>['sheets']>;

export interface ImportResult {
  framework?: Framework;
  diagnostics: Diagnostic[];
  sheets?: SheetSummaries;
  /** The version it replaces, when re-importing. */
  previousVersion?: number;
  /** Why the framework read was not kept for publishing (too large to keep), though it could be read. */
  notKept?: string;
  /** What the framework holds, kept when the framework itself is not (published, or too large). */
  about?: FrameworkSummary;
  /** The version this result was published as. */
  published?: { fileName: string; version: number };
}

export interface FrameworkSummary {
  name: string;
  version: number;
  roles: number;
  competencies: number;
  transitions: number;
}

/** What the result's framework holds, whether or not the framework itself is kept. */
export function frameworkSummary(result: ImportResult): FrameworkSummary | undefined {
  const fw = result.framework;
  return fw ? { name: fw.name, version: fw.version, roles: fw.roles.length, competencies: fw.competencies.length, transitions: fw.transitions.length } : result.about;
}

/** Cells read per card action before handing over to the next one (about 10 s of Apps Script reading). */
export const DEFAULT_CELLS_PER_STEP = 250_000;
const CELLS_PER_STEP_KEY = 'trellis.importCellsPerStep';
const jobKey = (spreadsheetId: string) => `trellis.ksaImport:${spreadsheetId}`;
const partKey = (job: ImportJob, from: number) => `ksa:${job.spreadsheetId}:${job.startedAt}:${from}`;
const resultKey = (spreadsheetId: string) => `ksa-result:${spreadsheetId}`;
const resultRefKey = (spreadsheetId: string) => `trellis.ksaResult:${spreadsheetId}`;
/**
 * Cache items one import may hold (its sheets, then its result): 400 of the 1,000 a user's cache has, so the
 * job description drafts and frameworks cached beside it are not pushed out.
 */
export const IMPORT_CACHE_ITEMS = 400;

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
  if (job) for (const part of job.parts ?? []) dropKept(part.kept);
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
    parts: [],
  };
  saveJob(job);
  return job;
}

function read(sheets: Map<string, Sheet>, job: ImportJob, i: number): SheetData {
  const sheet = sheets.get(job.sheets[i]!);
  if (!sheet) throw new Error(`the sheet "${job.sheets[i]}" was renamed or deleted during the import; start again`);
  return readSheet(sheet, job.sheets[i]!);
}

const cacheItemsUsed = (job: ImportJob) => job.parts.reduce((n, p) => n + p.kept.items, 0);

/** Everything the earlier steps read; a part the cache has let go is read from the sheets again. */
function keptSheets(sheets: Map<string, Sheet>, job: ImportJob): SheetData[] {
  return job.parts.flatMap((part) => {
    const text = readKept(part.kept);
    if (text) return JSON.parse(text) as SheetData[];
    const again: SheetData[] = [];
    for (let i = part.from; i < part.to; i++) again.push(read(sheets, job, i));
    return again;
  });
}

/**
 * One step of the job: reads sheets until the cell budget is spent. Returns the result once the framework is
 * built, or undefined when another step is needed (the job is saved with its progress).
 */
export function advanceJob(sheets: Map<string, Sheet>, job: ImportJob): ImportResult | undefined {
  job.parts ??= [];
  const budget = cellsPerStep();
  const from = job.read;
  const readNow: SheetData[] = [];
  let spent = 0;
  while (job.read < job.sheets.length && spent < budget) {
    const data = read(sheets, job, job.read);
    readNow.push(data);
    spent += cellCount(data);
    job.cells += cellCount(data);
    job.read++;
  }
  if (job.read < job.sheets.length || (!job.readyToBuild && spent > 0 && job.cells > budget)) {
    // a big matrix builds in its own step, so reading and building never share one action's time
    const kept = keepText(partKey(job, from), JSON.stringify(readNow), `import of ${job.spreadsheetName}, ${job.read - from === 1 ? `sheet ${from + 1}` : `sheets ${from + 1}–${job.read}`}`, IMPORT_CACHE_ITEMS - cacheItemsUsed(job));
    job.parts.push({ from, to: job.read, kept });
    job.readyToBuild = job.read >= job.sheets.length;
    saveJob(job);
    return undefined;
  }
  const grids = [...keptSheets(sheets, job), ...readNow].map((data) => sheetGrid(data, job.spreadsheetName));
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
  const notKept = keepResult(job.spreadsheetId, job.spreadsheetName, out);
  if (notKept) out.notKept = notKept;
  return out;
}

/**
 * Keeps the import's result for the cards that follow (pages of diagnostics, Publish anyway). A result larger
 * than any file Apps Script can write is kept without its framework; the reason is returned.
 */
function keepResult(spreadsheetId: string, spreadsheetName: string, result: ImportResult): string | undefined {
  dropResult(spreadsheetId);
  let text = JSON.stringify(result);
  let notKept: string | undefined;
  const bytes = utf8Length(text);
  if (result.framework && bytes > BLOB_MAX_BYTES) {
    const { framework, ...shown } = result;
    notKept = tooLargeReason(framework.name, bytes);
    text = JSON.stringify({ ...shown, about: frameworkSummary(result), notKept });
  }
  const kept = keepText(resultKey(spreadsheetId), text, `result of importing ${spreadsheetName}`, IMPORT_CACHE_ITEMS);
  gas().PropertiesService.getUserProperties().setProperty(resultRefKey(spreadsheetId), JSON.stringify(kept));
  return notKept;
}

/**
 * Once published, the result is kept without its framework (now a file in Drive), so the pages of diagnostics
 * that follow say it was published, and the cache (or a large work file) is freed.
 */
export function markPublished(spreadsheetId: string, spreadsheetName: string, result: ImportResult, published: { fileName: string; version: number }): ImportResult {
  const { framework: _published, previousVersion: _built, ...shown } = result;
  const kept: ImportResult = { ...shown, published };
  if (published.version > 1) kept.previousVersion = published.version - 1;
  const about = frameworkSummary(result);
  if (about) kept.about = { ...about, version: published.version };
  keepResult(spreadsheetId, spreadsheetName, kept);
  return kept;
}

function resultRef(spreadsheetId: string): Kept | undefined {
  const text = gas().PropertiesService.getUserProperties().getProperty(resultRefKey(spreadsheetId));
  return text ? (JSON.parse(text) as Kept) : undefined;
}

/** Forgets the kept result (its cache items or its work file). */
export function dropResult(spreadsheetId: string): void {
  const kept = resultRef(spreadsheetId);
  if (!kept) return;
  dropKept(kept);
  gas().PropertiesService.getUserProperties().deleteProperty(resultRefKey(spreadsheetId));
}

export function keptResult(spreadsheetId: string): ImportResult | undefined {
  const kept = resultRef(spreadsheetId);
  const text = kept && readKept(kept);
  return text ? (JSON.parse(text) as ImportResult) : undefined;
}

export function resultHasErrors(result: ImportResult): boolean {
  return hasErrors(result.diagnostics);
}
