// Reads the files a person names as a framework: a framework .json, or KSA matrices (.csv, .tsv, Excel's tab-separated
// "Unicode Text" .txt, .xlsx) plus optional transitions files, combined into one framework with every problem said at
// its file, sheet and cell. Text files are read in the encoding they were saved in (UTF-8, UTF-16, Windows-1252).
import { basename, extname, resolve } from 'node:path';
import type { Diagnostic } from '../../shared/ingest/diagnostics';
import { csvToGrid } from '../../shared/ingest/grid/csv';
import type { Grid } from '../../shared/ingest/grid/grid';
import { addTransitions, ingestKsaMatrix, isTransitionsGrid, type SheetSummary } from '../../shared/ingest/ksa-matrix';
import { describeIssues, FileFormatError, readFramework } from '../../shared/model/files';
import { FrameworkSchema, tracksOf, type Framework } from '../../shared/model/framework';
import { checkGridSize } from '../../shared/ingest/grid/grid-limits';
import { checkDeadline, InputLimitError, limits } from '../../shared/ingest/limits';
import { sniffDelimiter, unclosedQuote } from '../../shared/ingest/grid/csv';
import { checkArchiveExpansion } from './archive-limits';
import { binaryKind, isZip } from './sniff';
import type { DecodedText } from './text-file';
import { decodeInputText, readInputBytes } from './text-input';
import { LADDER_DOCUMENT_EXTENSIONS, readLadderDocument } from './read-ladder-document';
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
  const result = await readFrameworkFilesUnchecked(paths, options);
  if (result.framework) checkTrackLengths(result.framework, paths.join(', '));
  return result;
}

/** A track is a ladder; one of thousands of rungs makes the lattice, the site and the route search slow for nobody's benefit. */
function checkTrackLengths(framework: Framework, where: string): void {
  for (const [track, roles] of tracksOf(framework)) {
    if (roles.length > limits.rolesPerTrack) throw new InputLimitError('rolesPerTrack', where, `the track "${track || '(none)'}" has ${roles.length} roles`);
  }
}

async function readFrameworkFilesUnchecked(paths: string[], options: ReadFrameworkOptions): Promise<FrameworkReadResult> {
  const diagnostics: Diagnostic[] = [];
  const frameworks: { file: string; framework: Framework }[] = [];
  const grids: Grid[] = [];
  let format = '';
  for (const file of paths) {
    const ext = extname(file).toLowerCase();
    const path = resolve(options.cwd ?? '.', file);
    checkDeadline(Date.now(), file);
    let bytes: Buffer;
    try {
      bytes = await readInputBytes(path, file);
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      diagnostics.push({ severity: 'error', file, message: error.problems.join('; ') });
      continue;
    }
    if (ext === '.json') {
      let text: string;
      try {
        text = decodeInputText(bytes, file, 'a framework file').text;
      } catch (error) {
        if (!(error instanceof FileFormatError)) throw error;
        diagnostics.push({ severity: 'error', file, message: error.problems.join('; ') });
        continue;
      }
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
      try {
        // the same sniffer, decoder and archive limits as every other input, before the ladder reader sees the bytes
        if (ext !== '.docx') decodeInputText(bytes, file, 'a career ladder');
        else if (!isZip(bytes)) throw new FileFormatError(file, [`cannot be read as a Word document: ${binaryKind(bytes) ? `this is ${binaryKind(bytes)}` : 'a .docx is a ZIP archive, and this file is not one'}`]);
        else checkArchiveExpansion(bytes, file);
      } catch (error) {
        if (!(error instanceof FileFormatError)) throw error;
        diagnostics.push({ severity: 'error', file, message: error.problems.join('; ') });
        continue;
      }
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
      if (!isZip(bytes)) {
        const kind = binaryKind(bytes);
        diagnostics.push({ severity: 'error', file, message: `this is ${kind ?? 'not an Excel workbook (an .xlsx is a ZIP archive)'}${kind ? ', not an Excel workbook' : ''}: save the matrix as .xlsx from Excel or Sheets, or export it as CSV` });
        continue;
      }
      checkArchiveExpansion(bytes, file);
      try {
        const workbook = await readXlsx(bytes, { file });
        for (const grid of workbook.grids) checkGridSize(grid, file);
        grids.push(...workbook.grids);
        diagnostics.push(...workbook.diagnostics);
      } catch (error) {
        if (error instanceof InputLimitError) throw error;
        diagnostics.push({ severity: 'error', file, message: `not a readable Excel workbook (${(error as Error).message}): save it again as .xlsx, or export the matrix as CSV` });
      }
      continue;
    }
    const sheet = basename(file, extname(file));
    let decoded: DecodedText;
    try {
      decoded = decodeInputText(bytes, file, 'a KSA matrix');
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      diagnostics.push({ severity: 'error', file, message: error.problems.join('; ') });
      continue;
    }
    if (decoded.note) diagnostics.push({ severity: 'info', file, message: decoded.note });
    if (ext === '.txt' && !/^[^\n]*\t/.test(decoded.text.trimStart())) {
      diagnostics.push({ severity: 'error', file, message: 'a .txt file is read as a matrix only when it is tab-separated (Excel\'s "Unicode Text"): save the matrix as .csv, .tsv or .xlsx' });
      continue;
    }
    // Excel's "Unicode Text" is tab-separated whatever the extension says; CSV exports are sniffed
    const delimiter = ext === '.csv' ? sniffDelimiter(decoded.text) : '\t';
    checkCsvEstimate(decoded.text, delimiter || ',', file);
    const unclosed = unclosedQuote(decoded.text, delimiter || ',');
    if (unclosed) {
      // papaparse would read the rest of the file as one cell: every row after it lost, with one warning
      diagnostics.push({ severity: 'error', file, line: unclosed.line, message: `a quote (") opens a cell here and is never closed, so the ${unclosed.linesAfter} line(s) after it would be read as one cell; close the quote, or remove it (a quote inside a cell is written "")` });
      continue;
    }
    const grid = csvToGrid(decoded.text, { file, sheet, delimiter: delimiter || undefined });
    checkGridSize(grid, file);
    grids.push(grid);
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
  const cells = grids.reduce((sum, g) => sum + g.rows.reduce((n, row) => n + row.length, 0), 0);
  if (cells > limits.cells) throw new InputLimitError('cells', paths.join(', '), `the sheets hold ${cells} cells`);
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

/**
 * Rows times the header's width, before parsing: a sheet far past the cell limit is refused without building
 * millions of cells first (the exact count is checked after parsing).
 */
function checkCsvEstimate(text: string, delimiter: string, file: string): void {
  const firstLineEnd = text.indexOf('\n');
  const header = text.slice(0, firstLineEnd < 0 ? text.length : Math.min(firstLineEnd, 1 << 20));
  const width = header.split(delimiter).length;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  // a wide title row over a narrow body would overstate it: only a clear excess is refused here
  if (lines * Math.max(2, width) > limits.cells * 2 && lines > limits.cells / 50) throw new InputLimitError('cells', file, `the file has ${lines} lines of about ${width} cells each`);
}
