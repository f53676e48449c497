// The script lock around every read-check-write of shared files: one holder at a time across every user's
// executions. Whoever cannot get it within ten seconds is told to press again; nothing is written.
import { gas } from './apps-script';

/** Someone else is saving this very moment; nothing was written. */
export class BusyError extends Error {
  constructor() {
    super('Another change is being saved right now. Nothing was lost: press the button again in a few seconds.');
    this.name = 'BusyError';
  }
}

const LOCK_WAIT_MS = 10_000;

/** Runs `work` holding the script lock, released however it ends. */
export function withScriptLock<T>(work: () => T): T {
  const lock = gas().LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new BusyError();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
