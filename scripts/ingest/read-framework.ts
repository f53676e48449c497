// Reads the files a person names as a framework: a framework .json, or KSA matrices (.csv, .tsv, Excel's tab-separated
// "Unicode Text" .txt, .xlsx) plus optional transitions files, combined into one framework with every problem said at
// its file, sheet and cell. Text files are read in the encoding they were saved in (UTF-8, UTF-16, Windows-1252).
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { Diagnostic } from '../../shared/ingest/diagnostics';
import { csvToGrid } from '../../shared/ingest/grid/csv';
import type { Grid } from '../../shared/ingest/grid/grid';
import { addTransitions, ingestKsaMatrix, isTransitionsGrid, type SheetSummary } from '../../shared/ingest/ksa-matrix';
import { describeIssues, FileFormatError, readFramework } from '../../shared/model/files';
import { FrameworkSchema, type Framework } from '../../shared/model/framework';
import { LADDER_DOCUMENT_EXTENSIONS, readLadderDocument } from './read-ladder-document';
import { decodeTextFile } from './text-file';
import { caseToFramework, isCasePackage } from '../../shared/interop/case';
import { readXlsx } from './xlsx';

export interface FrameworkReadResult {
  framework?: Framework;
  diagnostics: Diagnostic[];
  /** What each sheet of the spreadsheets held. */
  sheets?: SheetSummary[];
}

export interface ReadFrameworkOptions {
  /** Folder the paths are relative to (diagnostics name the paths as given). */
  cwd?: string;
  /** Re-import over this earlier version: its ids are kept and the version goes up by one. */
  previous?: Framework;
  name?: string;
  id?: string;
}

const SPREADSHEETS = new Set(['.csv', '.tsv', '.tab', '.txt', '.xlsx', '.xlsm']);

/** One framework from one or more files: a .json on its own (or with transitions files), or spreadsheets. */
export async function readFrameworkFiles(paths: string[], options: ReadFrameworkOptions = {}): Promise<FrameworkReadResult> {
  const diagnostics: Diagnostic[] = [];
  const frameworks: { file: string; framework: Framework }[] = [];
  const grids: Grid[] = [];
  let format = '';
  for (const file of paths) {
    const ext = extname(file).toLowerCase();
    const path = resolve(options.cwd ?? '.', file);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      diagnostics.push({ severity: 'error', file, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, expected a file' : (error as Error).message });
      continue;
    }
    if (ext === '.json') {
      const text = decodeTextFile(bytes).text;
      const asCase = caseFramework(text, file, options.previous);
      if (asCase) {
        if (asCase.framework) frameworks.push({ file, framework: asCase.framework });
        for (const problem of asCase.problems) diagnostics.push({ severity: 'error', file, message: problem });
        continue;
      }
      try {
        frameworks.push({ file, framework: readFramework(text, file) });
      } catch (error) {
        if (!(error instanceof FileFormatError)) throw error;
        for (const problem of error.problems) diagnostics.push({ severity: 'error', file, message: problem });
      }
      continue;
    }
    if (LADDER_DOCUMENT_EXTENSIONS.has(ext)) {
      format ||= ext.slice(1);
      const read = await readLadderDocument(bytes, ext, file);
      if (read.problem) diagnostics.push({ severity: 'error', file, message: read.problem });
      grids.push(...read.grids);
      continue;
    }
    if (!SPREADSHEETS.has(ext)) {
      diagnostics.push({ severity: 'error', file, message: `${ext ? `"${ext}" files are` : 'a file without an extension is'} not a framework Trellis reads: give a framework .json, a KSA matrix as .csv, .tsv or .xlsx, or a ladder as .md, .html or .docx${ext === '.xls' || ext === '.ods' ? ' (save the workbook as .xlsx first)' : ''}` });
      continue;
    }
    format ||= ext.slice(1);
    if (ext === '.xlsx' || ext === '.xlsm') {
      try {
        const workbook = await readXlsx(bytes, { file });
        grids.push(...workbook.grids);
        diagnostics.push(...workbook.diagnostics);
      } catch (error) {
        diagnostics.push({ severity: 'error', file, message: `not a readable Excel workbook (${(error as Error).message}): save it again as .xlsx, or export the matrix as CSV` });
      }
      continue;
    }
    const sheet = basename(file, extname(file));
    const decoded = decodeTextFile(bytes);
    if (decoded.note) diagnostics.push({ severity: 'info', file, message: decoded.note });
    if (ext === '.txt' && !/^[^\n]*\t/.test(decoded.text.trimStart())) {
      diagnostics.push({ severity: 'error', file, message: 'a .txt file is read as a matrix only when it is tab-separated (Excel\'s "Unicode Text"): save the matrix as .csv, .tsv or .xlsx' });
      continue;
    }
    // Excel's "Unicode Text" is tab-separated whatever the extension says; CSV exports are sniffed
    grids.push(csvToGrid(decoded.text, { file, sheet, delimiter: ext === '.csv' ? undefined : '\t' }));
  }
  if (frameworks.length > 1) {
    diagnostics.push({ severity: 'error', message: `several framework files (${frameworks.map((f) => f.file).join(', ')}): give one, plus transitions files if you like` });
    return { diagnostics };
  }
  if (frameworks.length === 1) {
    const [{ file, framework }] = frameworks as [{ file: string; framework: Framework }];
    if (!grids.length) return { framework, diagnostics };
    if (!grids.every(isTransitionsGrid)) {
      diagnostics.push({ severity: 'error', file, message: `${file} is a framework already, and the spreadsheets given with it hold a matrix: to import the matrix as a new version of it, run \`trellis framework MATRIX --previous ${file}\`` });
      return { diagnostics };
    }
    const added = addTransitions(framework, grids);
    return { framework: added.framework, diagnostics: [...diagnostics, ...added.diagnostics], sheets: added.sheets };
  }
  if (!grids.length) {
    if (!diagnostics.length) diagnostics.push({ severity: 'error', message: 'no framework file given' });
    return { diagnostics };
  }
  const matrixFile = grids.find((g) => !isTransitionsGrid(g))?.file ?? grids[0]!.file ?? '';
  const result = ingestKsaMatrix(grids, { previous: options.previous, name: options.name, id: options.id, source: { format, name: basename(matrixFile) } });
  return { framework: checked(result.framework, diagnostics), diagnostics: [...diagnostics, ...result.diagnostics], sheets: result.sheets };
}

/**
 * The framework as it will be written, held to the file format's schema (its requirement lists aside: a million of
 * them are checked by construction and by the property tests). A failure here is a Trellis bug, said as one.
 */
function checked(framework: Framework | undefined, diagnostics: Diagnostic[]): Framework | undefined {
  if (!framework) return undefined;
  const skeleton = { ...framework, roles: framework.roles.map((r) => ({ ...r, competencies: r.competencies.slice(0, 1) })) };
  const parsed = FrameworkSchema.safeParse(skeleton);
  if (parsed.success) return framework;
  for (const problem of describeIssues(parsed.error).slice(0, 5)) diagnostics.push({ severity: 'error', message: `the framework read from the matrix is not valid (${problem}); please report this with the file` });
  return undefined;
}

/** A CASE 1.1 package (CFDocument, CFItems …) read as a framework; undefined when the JSON is not one. */
function caseFramework(text: string, file: string, previous?: Framework): { framework?: Framework; problems: string[] } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (!isCasePackage(value)) return undefined;
  const read = caseToFramework(value);
  // exported, edited and imported again: the same framework, one version on
  if (read.framework && previous && previous.id === read.framework.id) read.framework = { ...read.framework, version: previous.version + 1 };
  return { ...read, problems: read.problems.map((p) => `not a CASE framework Trellis can read: ${p}`) };
}

/** One file (or a framework .json): the common case. */
export function readFrameworkFile(path: string, options: ReadFrameworkOptions = {}): Promise<FrameworkReadResult> {
  return readFrameworkFiles([path], options);
}
