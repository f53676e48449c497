// What an error says, whichever script realm threw it (a service's error is not always an instance of this
// realm's Error), without Apps Script's "API call to … failed with error:" preamble.

/** The error's own message. */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** What the Google API said, without the advanced service's preamble. */
export function apiSaid(error: unknown): string {
  return errorMessage(error).replace(/^(Exception: )?API call to [\w.]+ failed with error:\s*/i, '').trim();
}
