// How much work one input may cause: bytes, nesting, columns, cells, archive expansion, YAML aliases, run time.
// Every reader consults these, so a hostile or broken file is refused with the limit it passed and how to raise
// it, instead of hanging, running out of memory or overflowing the call stack. The CLI sets them from
// TRELLIS_LIMITS ("inputMegabytes=200,columns=5000"); other surfaces keep the defaults.

export interface InputLimits {
  /** Largest input file read, in megabytes. */
  inputMegabytes: number;
  /** Deepest nesting of elements, lists or quotes in a document. */
  nestingDepth: number;
  /** Most columns in one sheet, CSV file or document table. */
  columns: number;
  /** Most characters in one paragraph of a document (Markdown's inline parser slows down on huge ones). */
  paragraphCharacters: number;
  /** Most blocks (headings, paragraphs, list items) in one document. */
  documentBlocks: number;
  /** Most cells in one file (all sheets). */
  cells: number;
  /** Most megabytes an archive (.xlsx, .docx) may expand to. */
  archiveMegabytes: number;
  /** Most an archive may expand relative to its size (a bomb expands thousands of times). */
  archiveRatio: number;
  /** Most YAML aliases (*name) in front matter: each one can double what the parser builds. */
  yamlAliases: number;
  /** Most roles on one track (the lattice shows one page per track). */
  rolesPerTrack: number;
  /** Longest a command may work on its inputs, in seconds. */
  seconds: number;
}

export const DEFAULT_LIMITS: Readonly<InputLimits> = Object.freeze({
  inputMegabytes: 64,
  nestingDepth: 200,
  columns: 5000,
  paragraphCharacters: 50_000,
  documentBlocks: 10_000,
  cells: 2_000_000,
  archiveMegabytes: 512,
  archiveRatio: 200,
  yamlAliases: 100,
  rolesPerTrack: 1000,
  seconds: 600,
});

/** The limits in force (the CLI sets them once at start). */
export const limits: InputLimits = { ...DEFAULT_LIMITS };

/** Where a person raises a limit; said in every refusal. */
export const LIMITS_SETTING = 'TRELLIS_LIMITS';

export class InputLimitError extends Error {
  constructor(
    readonly limit: keyof InputLimits,
    readonly where: string,
    what: string,
  ) {
    super(`${where}: ${what}, past the limit of ${limits[limit]} (${limit}); if the file is genuine, raise it with ${LIMITS_SETTING}="${limit}=${suggestion(limit)}"`);
    this.name = 'InputLimitError';
  }
}

function suggestion(limit: keyof InputLimits): number {
  return limits[limit] * 4;
}

/**
 * Reads "name=value,name=value" over the defaults; returns what it could not read, so the CLI can say so.
 * Resets to the defaults first, so tests and repeated calls start clean.
 */
export function setLimits(setting: string | undefined): string[] {
  Object.assign(limits, DEFAULT_LIMITS);
  const problems: string[] = [];
  for (const part of (setting ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\w+)\s*=\s*([0-9.]+)$/.exec(part);
    if (!m || !(m[1]! in DEFAULT_LIMITS) || !(Number(m[2]) > 0)) {
      problems.push(`${LIMITS_SETTING}: "${part}" is not name=positive number with one of ${Object.keys(DEFAULT_LIMITS).join(', ')}`);
      continue;
    }
    limits[m[1] as keyof InputLimits] = Number(m[2]);
  }
  return problems;
}

/** Refuses a file larger than the input limit, before it is read into memory. */
export function checkInputSize(bytes: number, where: string): void {
  if (bytes > limits.inputMegabytes * 1024 * 1024) throw new InputLimitError('inputMegabytes', where, `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB`);
}

let deadline = Number.POSITIVE_INFINITY;

/** Starts the run-time budget (the CLI, at the start of a command). */
export function startDeadline(now: number): void {
  deadline = now + limits.seconds * 1000;
}

/** Called from long loops: refuses to go on past the run-time budget. */
export function checkDeadline(now: number, where: string): void {
  if (now > deadline) throw new InputLimitError('seconds', where, `reading it took more than ${limits.seconds} s`);
}
