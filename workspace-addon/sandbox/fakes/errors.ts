// Errors as Apps Script throws them: an "Exception: …" message, so the add-on meets the same failures it would live.

export class AppsScriptException extends Error {
  constructor(message: string) {
    super(`Exception: ${message}`);
    this.name = 'Exception';
  }
}

/** What advanced services throw when the API answers with an error. */
export class GoogleJsonResponseException extends Error {
  constructor(
    api: string,
    readonly code: number,
    message: string,
  ) {
    super(`API call to ${api} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
  }
}
