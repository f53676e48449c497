// Apps Script's size limits the add-on plans around (sources in PLATFORM.md).

/** A blob (what Drive uploads take) and a UrlFetchApp answer (what downloads return) hold at most 50 MB. */
export const BLOB_MAX_BYTES = 50 * 1024 * 1024;
