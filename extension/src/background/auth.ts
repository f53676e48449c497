// Signing in to Drive with the browser's Google account (chrome.identity), scope drive.file only.

export class SignInNeededError extends Error {
  constructor(message = 'Sign in to Google Drive from Trellis options to read and update plans') {
    super(message);
    this.name = 'SignInNeededError';
  }
}

/** A token for Drive; interactive only when the user asked (a click), never on a page load. */
export async function driveToken(interactive: boolean): Promise<string> {
  try {
    const result = (await chrome.identity.getAuthToken({ interactive })) as unknown;
    const token = typeof result === 'string' ? result : (result as { token?: string } | undefined)?.token;
    if (!token) throw new SignInNeededError();
    return token;
  } catch (error) {
    if (error instanceof SignInNeededError) throw error;
    throw new SignInNeededError(`Not signed in to Google Drive (${(error as Error).message}): sign in from Trellis options`);
  }
}

/** Forgets a token Drive refused (expired or revoked), so the next request gets a fresh one. */
export async function dropToken(token: string): Promise<void> {
  try {
    await chrome.identity.removeCachedAuthToken({ token });
  } catch {
    // already gone
  }
}
