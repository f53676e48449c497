// Spreadsheets as the Sheets v4 API serves them: properties and merges from spreadsheets.get, values (formatted or
// unformatted, trailing blanks trimmed) from values.get and values.batchGet, for A1 ranges.
import { columnLetters, parseA1 } from '../../../shared/ingest/grid/grid';
import { driveError, type Reply } from './reply';

export interface GridRange {
  sheetId: number;
  startRowIndex: number;
  endRowIndex: number;
  startColumnIndex: number;
  endColumnIndex: number;
}

export interface FakeSheet {
  title: string;
  sheetId?: number;
  /** Raw cell values (numbers, booleans, strings; null or '' for empty). */
  values: unknown[][];
  /** What the sheet shows; String(value) when absent. */
  formatted?: string[][];
  /** Merged ranges as A1 ("B1:D1"). */
  merges?: string[];
}

export interface FakeSpreadsheet {
  id: string;
  title: string;
  sheets: FakeSheet[];
}

function gridRange(sheetId: number, a1: string): GridRange {
  const [from, to = from] = a1.split(':');
  const a = parseA1(from!);
  const b = parseA1(to!);
  return { sheetId, startRowIndex: a.row, endRowIndex: b.row + 1, startColumnIndex: a.col, endColumnIndex: b.col + 1 };
}

export function spreadsheetResource(s: FakeSpreadsheet): Record<string, unknown> {
  return {
    spreadsheetId: s.id,
    properties: { title: s.title, locale: 'en_US' },
    sheets: s.sheets.map((sheet, index) => {
      const sheetId = sheet.sheetId ?? index;
      const columns = Math.max(1, ...sheet.values.map((r) => r.length));
      return {
        properties: { sheetId, title: sheet.title, index, sheetType: 'GRID', gridProperties: { rowCount: Math.max(1000, sheet.values.length), columnCount: Math.max(26, columns) } },
        ...(sheet.merges?.length ? { merges: sheet.merges.map((m) => gridRange(sheetId, m)) } : {}),
      };
    }),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${s.id}/edit`,
  };
}

function unquoteSheet(name: string): string {
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** values.get for one A1 range ("Sheet1", "'My sheet'!A1:C9", "Sheet1!B:D"). */
export function valueRange(s: FakeSpreadsheet, range: string, render: string | undefined): { range: string; majorDimension: 'ROWS'; values?: unknown[][] } | undefined {
  const bang = range.lastIndexOf('!');
  const sheetName = unquoteSheet(bang >= 0 ? range.slice(0, bang) : range);
  const sheet = s.sheets.find((x) => x.title === sheetName);
  if (!sheet) return undefined;
  let r0 = 0;
  let c0 = 0;
  let r1 = Infinity;
  let c1 = Infinity;
  if (bang >= 0) {
    const [from, to = from] = range.slice(bang + 1).split(':');
    const pos = (text: string, end: boolean) => {
      const col = /^[A-Z]+$/i.test(text) ? parseA1(`${text}1`).col : undefined;
      if (col !== undefined) return { row: end ? Infinity : 0, col };
      return parseA1(text);
    };
    const a = pos(from!, false);
    const b = pos(to!, true);
    [r0, c0, r1, c1] = [a.row, a.col, b.row, b.col];
  }
  const formatted = render !== 'UNFORMATTED_VALUE' && render !== 'FORMULA';
  const rows: unknown[][] = [];
  for (let r = r0; r <= Math.min(r1, sheet.values.length - 1); r++) {
    const source = sheet.values[r] ?? [];
    const row: unknown[] = [];
    for (let c = c0; c <= Math.min(c1, source.length - 1); c++) {
      const v = source[c];
      const shown = sheet.formatted?.[r]?.[c];
      row.push(v === null || v === undefined ? '' : formatted ? (shown ?? String(v)) : v);
    }
    while (row.length && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  const lastCol = Math.max(c0, ...rows.map((r) => c0 + r.length - 1));
  const a1 = `'${sheet.title.replace(/'/g, "''")}'!${columnLetters(c0)}${r0 + 1}:${columnLetters(lastCol)}${r0 + Math.max(1, rows.length)}`;
  return { range: a1, majorDimension: 'ROWS', ...(rows.length ? { values: rows } : {}) };
}

/** Answers a Sheets v4 request for spreadsheet `id`; `rest` is the path after the id ("", "/values/A1:B2"…). */
export function sheetsReply(sheet: FakeSpreadsheet | undefined, id: string, rest: string, q: URLSearchParams, count: (route: string) => void): Reply {
  if (!sheet) return driveError(404, 'notFound', 'Requested entity was not found.');
  if (rest === '') {
    count('spreadsheets.get');
    if (q.get('includeGridData') === 'true') return driveError(400, 'invalid', 'the fake does not serve grid data; use values.batchGet');
    return { status: 200, body: spreadsheetResource(sheet) };
  }
  const render = q.get('valueRenderOption') ?? undefined;
  if (rest === '/values:batchGet') {
    count('values.batchGet');
    const ranges = q.getAll('ranges');
    const valueRanges = ranges.map((r) => valueRange(sheet, r, render));
    const missing = ranges.find((_, i) => !valueRanges[i]);
    if (missing) return driveError(400, 'badRequest', `Unable to parse range: ${missing}`);
    return { status: 200, body: { spreadsheetId: id, valueRanges } };
  }
  const m = /^\/values\/(.+)$/.exec(rest);
  if (m) {
    count('values.get');
    const range = decodeURIComponent(m[1]!);
    const values = valueRange(sheet, range, render);
    return values ? { status: 200, body: values } : driveError(400, 'badRequest', `Unable to parse range: ${range}`);
  }
  return driveError(404, 'notFound', `no sheets route ${rest}`);
}
