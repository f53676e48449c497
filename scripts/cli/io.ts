// What a CLI command gets from the process: its arguments' streams and folder, so tests can run commands in-process.

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stderr is a terminal (progress bars redraw in place there, and print plain lines elsewhere). */
  isTTY?: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
}

/** A command: parses its own options, calls the core, prints; returns the exit code. */
export type Command = (args: string[], io: CliIO) => Promise<number>;

/** An error the user can fix: printed without a stack trace, exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** An in-memory CliIO for tests: collects what a command prints. */
export function captureIO(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    out: () => out,
    err: () => err,
  };
}
