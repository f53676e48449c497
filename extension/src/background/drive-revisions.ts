// Finding a change someone else saved to a plan file in the instant between Trellis's check and its write (Drive
// has no conditional write): the file's revision history still holds it, just before Trellis's own write.
import { readPlan } from '../../../shared/model/files';
import { copyJson } from '../../../shared/model/copy';
import type { Plan } from '../../../shared/model/plan';
import { driveFetch } from './drive-fetch';

const API = 'https://www.googleapis.com/drive/v3/files';
/** How many of the newest revisions are read, at most, to find Trellis's write and the one before it. */
const LOOK_BACK = 5;

/** The plan as a canonical string: the same plan read from two places compares equal. */
export function samePlan(a: Plan, b: Plan): boolean {
  const canonical = (p: Plan) => JSON.stringify(readPlan(copyJson(p)));
  return canonical(a) === canonical(b);
}

async function revisionIds(fileId: string, interactive: boolean): Promise<string[]> {
  const ids: string[] = [];
  let page: string | undefined;
  do {
    const url = `${API}/${encodeURIComponent(fileId)}/revisions?pageSize=1000&fields=nextPageToken,revisions(id)${page ? `&pageToken=${encodeURIComponent(page)}` : ''}`;
    const body = (await (await driveFetch(url, { method: 'GET' }, interactive, fileId)).json()) as { nextPageToken?: string; revisions?: { id: string }[] };
    ids.push(...(body.revisions ?? []).map((r) => r.id));
    page = body.nextPageToken;
  } while (page);
  return ids;
}

async function revisionPlan(fileId: string, revisionId: string, interactive: boolean): Promise<Plan | undefined> {
  const url = `${API}/${encodeURIComponent(fileId)}/revisions/${encodeURIComponent(revisionId)}?alt=media`;
  try {
    return readPlan(await (await driveFetch(url, { method: 'GET' }, interactive, fileId)).text(), `Drive file ${fileId}, revision ${revisionId}`);
  } catch {
    return undefined; // not a plan (someone saved something else there): it cannot be merged anyway
  }
}

export type OverwriteCheck = { lost: false } | { lost: true; theirs: Plan } | { lost: 'unknown'; why: string };

/**
 * After Trellis wrote `ours` on top of `base` and Drive's version says another change landed in between: the
 * revision just before ours is what the file held when our write replaced it. If that is `base`, nothing was
 * lost (the other change was to the file's details, or came before our read); otherwise it is their plan.
 */
export async function findOverwritten(fileId: string, ours: Plan, base: Plan, interactive: boolean): Promise<OverwriteCheck> {
  let ids: string[];
  try {
    ids = await revisionIds(fileId, interactive);
  } catch (error) {
    return { lost: 'unknown', why: `Drive's revision history could not be read (${(error as Error).message})` };
  }
  let oursAt = -1;
  for (let i = ids.length - 1; i >= Math.max(0, ids.length - LOOK_BACK); i--) {
    const plan = await revisionPlan(fileId, ids[i]!, interactive);
    if (oursAt < 0) {
      if (plan && samePlan(plan, ours)) oursAt = i;
      continue;
    }
    if (!plan) return { lost: 'unknown', why: 'the revision before Trellis\'s write is not a readable plan' };
    return samePlan(plan, base) ? { lost: false } : { lost: true, theirs: plan };
  }
  return { lost: 'unknown', why: oursAt < 0 ? 'Trellis\'s write is not among the newest revisions' : 'no revision before Trellis\'s write is kept' };
}
