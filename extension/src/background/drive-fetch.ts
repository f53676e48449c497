// Calling the Drive REST API from the service worker with the signed-in token: a refused token is dropped and
// asked again once, no network is DriveOfflineError, and other failures say in words what to do.
import { dropToken, driveToken, SignInNeededError } from './auth';

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
