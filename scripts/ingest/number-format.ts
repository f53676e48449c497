// Shows a number as an Excel number format would ("0.0" -> 3.0, "0%" -> 60%, "#,##0" -> 1,200), for the display value
// of workbook cells: exceljs gives the format code but not the text. Only the plain formats HR sheets use are
// rendered; any other format (currency, dates, fractions, custom sections) leaves the number as it is.

const PLAIN = /^(#,##)?0(\.(0+))?(%?)$/;

/** The text the format shows, or undefined when the format is General, text, or one not rendered here. */
export function formatNumber(value: number, format: string | undefined): string | undefined {
  if (!format || !Number.isFinite(value)) return undefined;
  const m = PLAIN.exec(format.trim());
  if (!m) return undefined;
  const digits = m[3]?.length ?? 0;
  const percent = m[4] === '%';
  const shown = percent ? value * 100 : value;
  const text = m[1] ? shown.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : shown.toFixed(digits);
  return percent ? `${text}%` : text;
}
