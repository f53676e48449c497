// Reads an Excel workbook (.xlsx) into the neutral grids, one per sheet: typed values, what the sheet shows (formula
// results, error values such as #REF!), and merged ranges, so a KSA matrix exported from Excel reads like a Sheet.
import ExcelJS from 'exceljs';
import { EMPTY_CELL } from '../../shared/ingest/grid/cell-cache';
import { parseRange, toCell, type Cell, type Grid } from '../../shared/ingest/grid/grid';

export interface XlsxOptions {
  /** File name for diagnostics. */
  file?: string;
}

/** Every sheet of the workbook as a Grid, in tab order. */
export async function xlsxToGrids(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  const buffer = bytes instanceof ArrayBuffer ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => sheetToGrid(sheet, options.file));
}

function sheetToGrid(sheet: ExcelJS.Worksheet, file?: string): Grid {
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      while (cells.length < colNumber - 1) cells.push(EMPTY_CELL);
      cells.push(cellOf(cell));
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(cells);
  });
  const merges = (sheet.model.merges ?? []).map((range) => parseRange(range));
  return { sheet: sheet.name, file, rows, merges };
}

/** A workbook cell as a grid cell; the cells a merge covers are empty, as in Sheets (exceljs repeats the master's value). */
function cellOf(cell: ExcelJS.Cell): Cell {
  if (cell.type === ExcelJS.ValueType.Merge) return EMPTY_CELL;
  return valueCell(cell.value);
}

function valueCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return toCell(value);
  if ('error' in value) return { value: value.error, display: value.error };
  if ('richText' in value) return toCell(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    // a formula never calculated (written by a library, not by Excel) has no result to show
    if (result === undefined || result === null) return EMPTY_CELL;
    return typeof result === 'object' && !(result instanceof Date) ? { value: result.error, display: result.error } : toCell(result);
  }
  if ('text' in value) {
    // a hyperlink's text is plain, or rich text when the link is styled
    const text: unknown = value.text;
    if (typeof text === 'string') return toCell(text);
    const runs = (text as { richText?: { text: string }[] }).richText;
    return runs ? toCell(runs.map((run) => run.text).join('')) : EMPTY_CELL;
  }
  return EMPTY_CELL;
}
