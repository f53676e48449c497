// CSV people open in Sheets or Excel: a header row, numbers left as numbers, and text that starts like a formula
// ("=", "+", "-", "@") defused, because names and notes in career data come from anyone.
import Papa from 'papaparse';

export type CsvValue = string | number | boolean | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const data = rows.map((r) => r.map((v) => (v === undefined || v === null ? '' : typeof v === 'number' ? Math.round(v * 1000) / 1000 : v)));
  return `${Papa.unparse({ fields: [...header], data }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
