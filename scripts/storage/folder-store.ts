// Plans in a local folder, one JSON file each, saved with the same revision check as Drive: a file changed
// since it was read is never overwritten. Writes go to a temporary file first, so a crash leaves no half file.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readPlan, toFileJson } from '../../shared/model/files';
import type { Plan } from '../../shared/model/plan';
import { RevisionConflictError, type PlanStore } from '../../shared/storage/store';

/** Writes text atomically (temp file, then rename). */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, text, 'utf8');
  await rename(tmp, path);
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

  async save(plan: Plan, baseRevision: number): Promise<Plan> {
    await mkdir(this.dir, { recursive: true });
    const path = this.path(plan.id);
    const current = existsSync(path) ? (await this.load(plan.id)).revision : 0;
    if (current !== baseRevision) throw new RevisionConflictError(plan.id, baseRevision, current);
    await writeFileAtomic(path, toFileJson(plan));
    return plan;
  }
}
