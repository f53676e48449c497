// Plans in Google Drive through the REST API: read the plan JSON, and save only when the file still holds the
// revision the change was based on (the core's PlanStore contract), so a newer plan is never overwritten.
import { readPlan } from '../../../shared/model/files';
import type { Plan } from '../../../shared/model/plan';
import { RevisionConflictError, type PlanStore } from '../../../shared/storage/store';
import { JSON_MIME, planProperties } from '../../../shared/storage/drive-files';
import { dropToken, driveToken, SignInNeededError } from './auth';

const API = 'https://www.googleapis.com/drive/v3/files';
const UPLOAD = 'https://www.googleapis.com/upload/drive/v3/files';

export class DriveOfflineError extends Error {
  constructor(cause: unknown) {
    super(`Google Drive cannot be reached (${(cause as Error)?.message ?? cause}): showing the copy saved on this device`);
    this.name = 'DriveOfflineError';
  }
}

export class DriveRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DriveRequestError';
  }
}

function explain(status: number, fileId: string, body: string): string {
  if (status === 404) return `Drive has no plan file ${fileId} that Trellis may open: check the link in Trellis options (with drive.file access, open the file once with Trellis or pick it again)`;
  if (status === 403) return `Drive refused access to plan ${fileId}: ask its owner to share it with you`;
  return `Drive answered ${status} for plan ${fileId}${body ? `: ${body.slice(0, 200)}` : ''}`;
}

/** Calls Drive with a token; on 401 drops the cached token and tries once more with a fresh one. */
export async function driveFetch(url: string, init: RequestInit, interactive: boolean, fileId: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const token = await driveToken(interactive);
    let response: Response;
    try {
      response = await fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } });
    } catch (error) {
      throw new DriveOfflineError(error);
    }
    if (response.status === 401) {
      await dropToken(token);
      if (attempt < 2) continue;
      throw new SignInNeededError('Google Drive did not accept the sign-in (it may have expired): sign in again from Trellis options');
    }
    if (!response.ok) throw new DriveRequestError(response.status, explain(response.status, fileId, await response.text().catch(() => '')));
    return response;
  }
}

/**
 * One plan file in Drive as a PlanStore: `load` reads it, `save` writes it only while the file still holds the
 * revision the change was based on. Drive REST has no conditional write, so the check re-reads right before.
 */
export class DrivePlanFile implements PlanStore {
  constructor(
    readonly fileId: string,
    private readonly interactive = false,
  ) {}

  async load(): Promise<Plan> {
    const response = await driveFetch(`${API}/${encodeURIComponent(this.fileId)}?alt=media`, { method: 'GET' }, this.interactive, this.fileId);
    return readPlan(await response.text(), `Drive file ${this.fileId}`);
  }

  async save(plan: Plan, baseRevision: number): Promise<Plan> {
    const current = await this.load();
    if (current.revision !== baseRevision) throw new RevisionConflictError(plan.id, baseRevision, current.revision);
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
    await driveFetch(url, { method: 'PATCH', headers: { 'Content-Type': `multipart/related; boundary=${boundary}` }, body }, this.interactive, this.fileId);
    return plan;
  }
}
