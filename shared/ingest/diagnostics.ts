// What ingestion could not read, said where (file, sheet, cell or line) and what to do about it.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  message: string;
  /** File name or document title, when known. */
  file?: string;
  /** Sheet name (grids). */
  sheet?: string;
  /** A1 address inside the sheet (grids), e.g. "C12". */
  cell?: string;
  /** 1-based line (text files, CSV rows). */
  line?: number;
  /** 1-based paragraph of a word-processor document (.docx), where lines mean nothing. */
  paragraph?: number;
  /** Index of the block in the document's block tree. */
  block?: number;
}

/** "ksa.xlsx, sheet Engineering, cell C12: …" */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.sheet && `sheet ${d.sheet}`, d.cell && `cell ${d.cell}`, d.line !== undefined && `line ${d.line}`, d.paragraph !== undefined && `paragraph ${d.paragraph}`, d.block !== undefined && d.cell === undefined && d.line === undefined && d.paragraph === undefined && `block ${d.block}`]
    .filter(Boolean)
    .join(', ');
  return `${d.severity}: ${where ? `${where}: ` : ''}${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
