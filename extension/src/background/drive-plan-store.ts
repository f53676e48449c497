// Plans in Google Drive through the REST API: read the plan JSON, and save only when the file still holds the
// revision the change was based on (the core's PlanStore contract), so a newer plan is never overwritten.
import { readPlan } from '../../../shared/model/files';
import { copyJson } from '../../../shared/model/copy';
import type { Plan } from '../../../shared/model/plan';
import { RevisionConflictError, type PlanStore } from '../../../shared/storage/store';
import { JSON_MIME, planProperties } from '../../../shared/storage/drive-files';
import { driveFetch } from './drive-fetch';
import { findOverwritten } from './drive-revisions';

const API = 'https://www.googleapis.com/drive/v3/files';
const UPLOAD = 'https://www.googleapis.com/upload/drive/v3/files';

/** What a save found about writes by others that raced it; the service worker tells the user. */
export type RaceOutcome = { kind: 'repaired' } | { kind: 'unverified'; why: string };

/**
 * One plan file in Drive as a PlanStore: `load` reads it, `save` writes it only while the file still holds the
 * revision the change was based on. Drive REST has no conditional write, so the check is a read right before
 * the write, and a write by someone else in between is caught afterwards: Drive's file `version` goes up by one
 * for every change, so a version that jumped by more than one across our write means another change landed
 * between our check and our write. Then the plan they saved is taken from the file's revision history and the
 * save fails as a conflict: updatePlan loads again, gets their plan, re-applies our command on top of it and
 * saves that over our own write.
 */
export class DrivePlanFile implements PlanStore {
  /** Set when our write hid someone else's plan: while the file's head is still our write, theirs is the plan. */
  private hidden?: { headVersion: bigint; theirs: Plan };
  /** What the last save found about a racing write, if anything. */
  race?: RaceOutcome;

  constructor(
    readonly fileId: string,
    private readonly interactive = false,
  ) {}

  private async content(): Promise<Plan> {
    const response = await driveFetch(`${API}/${encodeURIComponent(this.fileId)}?alt=media`, { method: 'GET' }, this.interactive, this.fileId);
    return readPlan(await response.text(), `Drive file ${this.fileId}`);
  }

  private async version(): Promise<bigint> {
    const response = await driveFetch(`${API}/${encodeURIComponent(this.fileId)}?fields=version`, { method: 'GET' }, this.interactive, this.fileId);
    return versionOf(await response.json());
  }

  /** The plan as it stands: the file, or the plan our own write hid while that write is still the file's head. */
  async load(): Promise<Plan> {
    if (this.hidden) {
      if ((await this.version()) === this.hidden.headVersion) return copyJson(this.hidden.theirs);
      this.hidden = undefined;
    }
    return this.content();
  }

  async save(plan: Plan, baseRevision: number): Promise<Plan> {
    // the version first, then the content: a change landing between the two only makes the check below look again
    const before = await this.version();
    const current = this.hidden?.headVersion === before ? this.hidden.theirs : await this.content();
    if (current.revision !== baseRevision) throw new RevisionConflictError(plan.id, baseRevision, current.revision);
    const after = await this.write(plan);
    this.hidden = undefined;
    if (after <= before + 1n) return plan;
    const check = await findOverwritten(this.fileId, plan, current, this.interactive);
    if (check.lost === true) {
      this.hidden = { headVersion: after, theirs: check.theirs };
      this.race = { kind: 'repaired' };
      throw new RevisionConflictError(plan.id, baseRevision, check.theirs.revision);
    }
    if (check.lost === 'unknown') this.race = { kind: 'unverified', why: check.why };
    return plan;
  }

  /** Uploads the plan (content and the app properties that name it); returns the file's new version. */
  private async write(plan: Plan): Promise<bigint> {
    const boundary = `trellis-${crypto.randomUUID()}`;
    const body = [
      `--${boundary}`,
      'Content-Type: application/json; charset=UTF-8',
      '',
      JSON.stringify({ appProperties: planProperties(plan), mimeType: JSON_MIME }),
      `--${boundary}`,
      `Content-Type: ${JSON_MIME}`,
      '',
      `${JSON.stringify(plan, null, 2)}\n`,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const url = `${UPLOAD}/${encodeURIComponent(this.fileId)}?uploadType=multipart&fields=id,version`;
    const response = await driveFetch(url, { method: 'PATCH', headers: { 'Content-Type': `multipart/related; boundary=${boundary}` }, body }, this.interactive, this.fileId);
    return versionOf(await response.json());
  }
}

/** Drive's `version` (an int64 as a decimal string); -1 when missing, which makes any later version a jump to check. */
function versionOf(body: unknown): bigint {
  const version = (body as { version?: unknown } | null)?.version;
  return typeof version === 'string' && /^\d+$/.test(version) ? BigInt(version) : -1n;
}
