// Errors as Apps Script throws them: an "Exception: …" message, so the add-on meets the same failures it would live.

export class AppsScriptException extends Error {
  constructor(message: string) {
    super(`Exception: ${message}`);
    this.name = 'Exception';
  }
}

/**
 * What advanced services throw when the API answers with an error. Only its message is documented (the Advanced
 * services guide reads err.message); the HTTP status is deliberately not exposed, so the add-on cannot come to
 * depend on an undocumented property. The status stays in the constructor to say which answer the fake stands for.
 */
export class GoogleJsonResponseException extends Error {
  constructor(api: string, httpStatus: number, message: string) {
    super(`API call to ${api} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    void httpStatus;
  }
}
