// Who the quick actions are recorded as: "Your email" from the options page, else the Google account signed in
// to Drive (Drive's about.get, allowed by the drive.file scope). Never the owner of the calendar on screen, who
// may be someone whose calendar the user is only looking at.
import { DriveRequestError, driveFetch } from './drive-fetch';

const ABOUT = 'https://www.googleapis.com/drive/v3/about?fields=user(emailAddress)';

export class UnknownActorError extends Error {
  constructor(why: string) {
    super(`Trellis does not know who you are (${why}): set "Your email" in Trellis options`);
    this.name = 'UnknownActorError';
  }
}

/** The signed-in Google account's address, as Drive reports it. */
export async function driveAccountEmail(interactive: boolean): Promise<string> {
  let about: { user?: { emailAddress?: string } };
  try {
    about = (await (await driveFetch(ABOUT, { method: 'GET' }, interactive, 'about')).json()) as typeof about;
  } catch (error) {
    if (error instanceof DriveRequestError || error instanceof SyntaxError) throw new UnknownActorError(`Google Drive did not say which account is signed in: ${error.message}`);
    throw error;
  }
  const email = about.user?.emailAddress?.trim().toLowerCase();
  if (!email) throw new UnknownActorError('Google Drive did not say which account is signed in');
  return email;
}

const ACCOUNT_KEY = 'driveAccountEmail';

/**
 * The actor's address: the options page's, else the Drive account's (signing in if needed, as a quick action may),
 * asked of Drive once and kept on the device, so the panel knows whose quick actions to offer without asking again.
 */
export async function actorEmail(selfEmail: string, interactive: boolean): Promise<string> {
  const own = selfEmail.trim().toLowerCase();
  if (own) return own;
  const kept = (await chrome.storage.local.get(ACCOUNT_KEY))[ACCOUNT_KEY];
  if (typeof kept === 'string' && kept) return kept;
  const email = await driveAccountEmail(interactive);
  await chrome.storage.local.set({ [ACCOUNT_KEY]: email });
  return email;
}
