// CSV people open in Sheets or Excel: a header row, numbers left as numbers, and text that a spreadsheet would run
// as a formula defused, because names and notes in career data come from anyone.
import Papa from 'papaparse';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A text cell a spreadsheet (or a tool that splits the file by lines) could take for a formula: "=", "+", "-", "@"
 * at its start, after leading spaces or tabs, or at the start of any line inside it; or a leading tab or carriage
 * return. Each such start gets an apostrophe, which spreadsheets show as text.
 */
export function defuseFormula(text: string): string {
  const defused = text.replace(/(^|[\r\n])([^\S\r\n]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/g, "$1$2'");
  return /^[\t\r]/.test(defused) ? `'${defused}` : defused;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const data = rows.map((r) => r.map((v) => (v === undefined || v === null ? '' : typeof v === 'number' ? Math.round(v * 1000) / 1000 : typeof v === 'string' ? defuseFormula(v) : v)));
  return `${Papa.unparse({ fields: header.map(defuseFormula), data }, { newline: '\r\n' })}\r\n`;
}
