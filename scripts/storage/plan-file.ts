// One plan file changed by several processes at once (two terminals, a script and a person): every save takes
// the file's lock, re-reads the newest revision and applies its command there (commands are data), or reports
// a conflict. A save never silently replaces someone else's.
import { open, readFile, rm, stat } from 'node:fs/promises';
import { readPlan, toFileJson } from '../../shared/model/files';
import type { Plan } from '../../shared/model/plan';
import { applyCommand, type CommandContext, type PlanCommand } from '../../shared/plan/commands';
import { RevisionConflictError } from '../../shared/storage/store';
import { writeFileAtomic } from './folder-store';

/** The lock could not be had in time: another process holds the file. */
export class PlanFileBusyError extends Error {
  constructor(readonly path: string, holder: string) {
    super(`${path} is being changed by another process (${holder}); nothing was saved: run the command again`);
    this.name = 'PlanFileBusyError';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock left by a process that died (or older than a save can take) is taken over. */
async function staleLock(lock: string): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    const pid = Number(text.split(' ')[0]);
    return (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) || Date.now() - info.mtimeMs > 60_000;
  } catch {
    return false;
  }
}

/** Runs `work` holding `<path>.lock` (created exclusively, so one process at a time); waits up to `timeoutMs`. */
export async function withPlanFileLock<T>(path: string, work: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(`${process.pid} ${new Date().toISOString()}`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await staleLock(lock)) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new PlanFileBusyError(path, (await readFile(lock, 'utf8').catch(() => 'unknown')).split(' ')[0] ?? 'unknown');
      await sleep(2 + Math.random() * Math.min(50, 2 * attempt));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

export async function readPlanFile(path: string, label = path): Promise<{ plan: Plan; text: string }> {
  const text = await readFile(path, 'utf8');
  return { plan: readPlan(text, label), text };
}

export interface PlanFileUpdate {
  plan: Plan;
  /** The plan had moved on since `baseRevision`: the command was applied to the newest revision. */
  reapplied: boolean;
}

/**
 * Applies `command` to the newest plan in the file, under its lock, and saves atomically. With `baseRevision`
 * (the revision the person looked at) a plan that moved on gets the command re-applied; a WorkflowError (the
 * command no longer applies, or never did) leaves the file as it was.
 */
export async function updatePlanFile(path: string, command: PlanCommand, ctx: CommandContext, options: { baseRevision?: number; label?: string } = {}): Promise<PlanFileUpdate> {
  return withPlanFileLock(path, async () => {
    const { plan } = await readPlanFile(path, options.label);
    const next = applyCommand(plan, command, ctx);
    await writeFileAtomic(path, toFileJson(next));
    return { plan: next, reapplied: options.baseRevision !== undefined && options.baseRevision !== plan.revision };
  });
}

/** Saves a whole plan only if the file is still at `baseRevision` (checked under the lock): else a conflict. */
export async function savePlanFile(path: string, plan: Plan, baseRevision: number): Promise<Plan> {
  return withPlanFileLock(path, async () => {
    let current = 0;
    try {
      current = (await readPlanFile(path)).plan.revision;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (current !== baseRevision) throw new RevisionConflictError(plan.id, baseRevision, current);
    await writeFileAtomic(path, toFileJson(plan));
    return plan;
  });
}
