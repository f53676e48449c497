// The two Google APIs Trellis calls, loaded on their own: importing the whole `googleapis` package takes about
// 1.5 s (it loads every Google API), the Drive and Sheets modules about 0.1 s each.
import * as driveModule from 'googleapis/build/src/apis/drive/index.js';
import * as sheetsModule from 'googleapis/build/src/apis/sheets/index.js';

export type { drive_v3 } from 'googleapis/build/src/apis/drive/index.js';
export type { sheets_v4 } from 'googleapis/build/src/apis/sheets/index.js';

export const googleAuth = driveModule.auth;
export type OAuth2Client = InstanceType<typeof driveModule.auth.OAuth2>;
export type GoogleAuth = InstanceType<typeof driveModule.auth.GoogleAuth>;
/** What the API clients accept as `auth`. */
export type ApiAuth = OAuth2Client | GoogleAuth;

export function driveApi(auth: ApiAuth) {
  return driveModule.drive({ version: 'v3', auth });
}

export function sheetsApi(auth: ApiAuth) {
  return sheetsModule.sheets({ version: 'v4', auth });
}
