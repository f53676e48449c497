// Plans in a local folder, one JSON file each, saved with the same revision check as Drive: a file changed
// since it was read is never overwritten. Writes go to a temporary file first, so a crash leaves no half file.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPlan } from '../../shared/model/files';
import type { Plan } from '../../shared/model/plan';
import type { PlanStore } from '../../shared/storage/store';
import { savePlanFile } from './plan-file';

let tmpCounter = 0;

/** The temporary name a write of `path` goes through: unique per write, even within a millisecond. */
function temporaryNameFor(path: string): string {
  return `${path}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`;
}

/** Writes text atomically (temp file, then rename). */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = temporaryNameFor(path);
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
}

/**
 * Writes files that belong together (a plan, its report, its document): every one is written to its temporary name
 * first and only then are they renamed into place, the first-named last. An interruption while writing leaves only
 * temporaries, which the next run removes; never a plan without its report, or a half file.
 */
export async function writeFilesTogether(files: readonly (readonly [path: string, text: string])[]): Promise<void> {
  const staged: [string, string][] = [];
  try {
    for (const [path, text] of files) {
      const tmp = temporaryNameFor(path);
      staged.push([tmp, path]);
      await writeFile(tmp, text, 'utf8');
    }
  } catch (error) {
    await Promise.all(staged.map(([tmp]) => rm(tmp, { force: true })));
    throw error;
  }
  for (const [tmp, path] of staged.reverse()) await rename(tmp, path);
}

export function planFileName(id: string): string {
  return `${id}.plan.json`;
}

export class FolderPlanStore implements PlanStore {
  constructor(readonly dir: string) {}

  path(id: string): string {
    return join(this.dir, planFileName(id));
  }

  async load(id: string): Promise<Plan> {
    const path = this.path(id);
    return readPlan(await readFile(path, 'utf8'), path);
  }

  /** The revision check and the write happen under the file's lock, so two processes cannot both pass the check. */
  async save(plan: Plan, baseRevision: number): Promise<Plan> {
    await mkdir(this.dir, { recursive: true });
    return savePlanFile(this.path(plan.id), plan, baseRevision);
  }
}
