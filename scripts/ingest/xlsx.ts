// Reads an Excel workbook (.xlsx) into the neutral grids, one per sheet: typed values, what the sheet shows (formula
// results, error values such as #REF!, numbers and dates in their number format), and merged ranges, so a KSA matrix exported
// from Excel reads like a Sheet; a formula saved without its result is said at its cell.
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../../shared/ingest/diagnostics';
import { EMPTY_CELL } from '../../shared/ingest/grid/cell-cache';
import { parseRange, toCell, type Cell, type Grid } from '../../shared/ingest/grid/grid';
import { formatDate, formatNumber } from './number-format';

export interface XlsxOptions {
  /** File name for diagnostics. */
  file?: string;
}

export interface XlsxRead {
  grids: Grid[];
  /** What the workbook itself keeps from being read (formulas without a stored result). */
  diagnostics: Diagnostic[];
}

/** Formula cells without a result said one by one per sheet; the rest are counted. */
const SAID_PER_SHEET = 20;

/** Every sheet of the workbook as a Grid, in tab order, with what could not be read from the file itself. */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<XlsxRead> {
  const workbook = new ExcelJS.Workbook();
  const buffer = bytes instanceof ArrayBuffer ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const diagnostics: Diagnostic[] = [];
  const grids = workbook.worksheets.map((sheet) => sheetToGrid(sheet, options.file, diagnostics));
  return { grids, diagnostics };
}

/** Every sheet of the workbook as a Grid, in tab order. */
export async function xlsxToGrids(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<Grid[]> {
  return (await readXlsx(bytes, options)).grids;
}

function sheetToGrid(sheet: ExcelJS.Worksheet, file: string | undefined, diagnostics: Diagnostic[]): Grid {
  const rows: Cell[][] = [];
  const uncalculated: ExcelJS.Cell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      while (cells.length < colNumber - 1) cells.push(EMPTY_CELL);
      const read = cellOf(cell);
      if (read === UNCALCULATED) uncalculated.push(cell);
      cells.push(read);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(cells);
  });
  const merges = (sheet.model.merges ?? []).map((range) => parseRange(range));
  const where = { ...(file ? { file } : {}), sheet: sheet.name };
  for (const cell of uncalculated.slice(0, SAID_PER_SHEET)) {
    diagnostics.push({
      severity: 'warning',
      ...where,
      cell: cell.address,
      message: `the formula =${cell.formula ?? '…'} has no stored result (the file was saved by a tool that does not calculate formulas), so the cell reads as blank: open and save the file in Excel or Sheets so the formula's value is stored`,
    });
  }
  if (uncalculated.length > SAID_PER_SHEET) {
    diagnostics.push({ severity: 'warning', ...where, message: `${uncalculated.length - SAID_PER_SHEET} more formula cell(s) on this sheet have no stored result and read as blank: open and save the file in Excel or Sheets` });
  }
  return { sheet: sheet.name, file, rows, merges };
}

/** A formula saved without its result: blank in the grid, said at its cell. */
const UNCALCULATED: Cell = { value: null, display: '' };

/** A workbook cell as a grid cell; the cells a merge covers are empty, as in Sheets (exceljs repeats the master's value). */
function cellOf(cell: ExcelJS.Cell): Cell {
  if (cell.type === ExcelJS.ValueType.Merge) return EMPTY_CELL;
  const value = cell.value;
  if (typeof value === 'number') return numberCell(value, cell.numFmt);
  if (value instanceof Date) return dateCell(value, cell.numFmt);
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    // a formula never calculated (written by a library, not by Excel) has no result to show
    if (result === undefined || result === null) return UNCALCULATED;
    if (typeof result === 'number') return numberCell(result, cell.numFmt);
    if (result instanceof Date) return dateCell(result, cell.numFmt);
    return typeof result === 'object' && !(result instanceof Date) ? { value: result.error, display: result.error } : toCell(result);
  }
  return valueCell(value);
}

/** A number as the sheet shows it ("3.0", "60%", "1,200"), its value kept. */
function numberCell(value: number, numFmt: string | undefined): Cell {
  const shown = formatNumber(value, numFmt);
  return shown === undefined ? toCell(value) : toCell(value, shown);
}

/** A date as its format shows it ("01/03/2026"); its value the ISO date, whatever the format. */
function dateCell(date: Date, numFmt: string | undefined): Cell {
  const shown = formatDate(date, numFmt);
  return shown === undefined ? toCell(date) : toCell(date, shown);
}

function valueCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return toCell(value);
  if ('error' in value) return { value: value.error, display: value.error };
  if ('richText' in value) return toCell(value.richText.map((run) => run.text).join(''));
  if ('text' in value) {
    // a hyperlink's text is plain, or rich text when the link is styled
    const text: unknown = value.text;
    if (typeof text === 'string') return toCell(text);
    const runs = (text as { richText?: { text: string }[] }).richText;
    return runs ? toCell(runs.map((run) => run.text).join('')) : EMPTY_CELL;
  }
  return EMPTY_CELL;
}
