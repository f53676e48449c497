// CSV people open in Sheets or Excel: a header row, numbers left as numbers, and text that a spreadsheet would run
// as a formula defused, because names and notes in career data come from anyone.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_CHARS = '=+\\-@\\uff1d\\uff0b\\uff0d\\uff20';
/** A formula start at the beginning of any line of a cell, after spaces or tabs. */
const FORMULA_AT_LINE_START = new RegExp(`(^|[\\r\\n])([^\\S\\r\\n]*)(?=[${FORMULA_CHARS}])`, 'g');
/** The same for a cell of one line, which is nearly every cell: only its start can hold one. */
const FORMULA_AT_START = new RegExp(`^[^\\S\\r\\n]*(?=[${FORMULA_CHARS}])`);

/**
 * A text cell a spreadsheet (or a tool that splits the file by lines) could take for a formula: "=", "+", "-", "@"
 * at its start, after leading spaces or tabs, or at the start of any line inside it; or a leading tab or carriage
 * return. Each such start gets an apostrophe, which spreadsheets show as text.
 */
export function defuseFormula(text: string): string {
  const defused = /[\r\n]/.test(text) ? text.replace(FORMULA_AT_LINE_START, "$1$2'") : text.replace(FORMULA_AT_START, "$&'");
  return /^[\t\r]/.test(defused) ? `'${defused}` : defused;
}

/** Quoted when it holds a comma, a quote, a line break or a byte-order mark, or starts or ends with a space (RFC 4180, as papaparse writes it). */
const NEEDS_QUOTES = /[,"\r\n\ufeff]|^ | $/;
/** Text with none of what defusing or quoting looks at, which is most names and titles: written as it is. */
const NEEDS_NOTHING = new RegExp(`^(?! )[^,"\\r\\n\\t\\ufeff${FORMULA_CHARS}]*$(?<! )`);

function cell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  // a number or true/false never needs quotes: digits, '.', '-', 'e', '+', Infinity, NaN
  if (typeof value !== 'string') return String(typeof value === 'number' ? Math.round(value * 1000) / 1000 : value);
  if (NEEDS_NOTHING.test(value)) return value;
  const text = defuseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV text of a header and rows, each row as wide as the header (missing cells empty, extra ones left out), CRLF
 * line endings and a final one. Written here rather than by papaparse's unparse, which the tests hold it equal to:
 * a team report writes millions of cells, and this is several times faster.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(cell).join(',')];
  // papaparse ends a header without rows with a line break of its own, so such a file has an empty last line
  if (!rows.length) lines.push('');
  for (const row of rows) {
    let line = '';
    if (row.length) for (let i = 0; i < header.length; i++) line += (i ? ',' : '') + cell(row[i]);
    lines.push(line);
  }
  return `${lines.join('\r\n')}\r\n`;
}
