// The last line of defence: an error no command turned into a message still reaches the person as one line
// saying what happened and what to do, never as a stack trace (that is shown with --debug).
import { InputLimitError } from '../../shared/ingest/limits';

/** One line for an error that escaped the command, with a hint; undefined parts are left out. */
export function describeUnexpected(error: unknown): string {
  if (error instanceof InputLimitError) return error.message;
  const e = error as NodeJS.ErrnoException;
  const path = typeof e?.path === 'string' ? e.path : undefined;
  const at = path ? `${path}: ` : '';
  switch (e?.code) {
    case 'ENAMETOOLONG':
      return `${at}the file name is too long for this system; use shorter names (a shorter --employee or target title, or another --out)`;
    case 'EEXIST':
      return `${at}already exists and is in the way (a file where a folder should be?); choose another --out or move it`;
    case 'ENOTDIR':
      return `${at}part of this path is a file, not a folder; choose another --out`;
    case 'EACCES':
    case 'EPERM':
      return `${at}you may not write or read there; choose another folder`;
    case 'ENOSPC':
      return `${at}the disk is full; free some space and run again`;
    case 'EROFS':
      return `${at}the disk is read-only; choose another folder`;
    case 'EMFILE':
      return 'too many files open at once; run again, or raise the system limit (ulimit -n)';
    case 'ERR_STRING_TOO_LONG':
      return 'the result is too large to write as one file; split the input (fewer roles or competencies per file)';
  }
  if (error instanceof RangeError) {
    if (/call stack/i.test(error.message)) return 'the input is nested or chained too deeply to process; simplify it (fewer nested lists or a shorter track)';
    if (/string length|array length|allocation/i.test(error.message)) return 'the result is too large to hold in memory; split the input (fewer roles or competencies per file)';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${message.split('\n')[0]!.slice(0, 300)}`;
}

export const DEBUG_HINT = 'run again with --debug to see the details, and please report it with the input if it looks like a bug in Trellis';
