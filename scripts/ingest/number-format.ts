// Shows a cell value as its Excel number format would ("0.0" -> 3.0, "0%" -> 60%, "#,##0" -> 1,200, "dd/mm/yyyy" ->
// 01/03/2026), for the display value of workbook cells: exceljs gives the format code but not the text. Only the
// plain formats HR sheets use are rendered; any other (currency, fractions, times, custom sections) is left alone.

const PLAIN = /^(#,##)?0(\.(0+))?(%?)$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The text a number's format shows, or undefined when the format is General, text, or one not rendered here. */
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

/**
 * The text a date's format shows ("dd/mm/yyyy", "d-mmm-yy", "mmmm d, yyyy"), or undefined for formats with a time
 * or anything else. exceljs reads a date cell as the UTC moment Excel's serial number stands for.
 */
export function formatDate(date: Date, format: string | undefined): string | undefined {
  if (!format || Number.isNaN(date.getTime())) return undefined;
  // "[$-409]d-mmm-yy;@": a locale tag and a text section say nothing about the date's own layout
  const code = format.replace(/\[[^\]]*\]/g, '').split(';')[0]!.replace(/\\(.)/g, '$1').replace(/"([^"]*)"/g, '$1').trim();
  if (!/^(yyyy|yy|mmmm|mmm|mm|m|dd|d|[\s/.,-])+$/i.test(code) || !/[dy]/i.test(code)) return undefined;
  // exceljs's name for Excel's built-in short date (format 14), which each reader's locale shows its own way: ISO
  // is the one form nobody misreads
  if (code === 'mm-dd-yy') return undefined;
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  const pad = (n: number) => String(n).padStart(2, '0');
  return code.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case 'yyyy':
        return String(year);
      case 'yy':
        return pad(year % 100);
      case 'mmmm':
        return MONTHS[month]!;
      case 'mmm':
        return MONTHS[month]!.slice(0, 3);
      case 'mm':
        return pad(month + 1);
      case 'm':
        return String(month + 1);
      case 'dd':
        return pad(day);
      default:
        return String(day);
    }
  });
}
