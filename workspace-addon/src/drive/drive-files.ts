// Files in Drive under the drive.file scope: listing, reading, writing and sharing the files Trellis made or was
// given. Metadata goes through the Drive advanced service (v3); file content is downloaded from the Drive REST
// endpoint with the script's own token, because the advanced service has no documented media download.
import { CAREER_PATHS_FOLDER } from '../../../shared/storage/drive-files';
import { gas, type DriveFileResource } from '../platform/apps-script';
import { utf8Length } from '../platform/utf8';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
export const FILE_FIELDS = 'id,name,mimeType,parents,appProperties,createdTime,modifiedTime,webViewLink';
const FOLDER_KEY = 'trellis.careerFolderId';

/** A Drive failure in words a person can act on. */
export class DriveAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriveAccessError';
  }
}

const NOT_FOUND = 'Trellis cannot open this file: it was deleted, or it was never opened with Trellis. Select it in Drive and give Trellis access to it.';
const NO_PERMISSION = 'Drive refused this change: you may only view or comment on this file. Ask its owner to make you an editor.';

/** Runs a Drive call; "not found" and "no permission" become messages a person can act on. */
function drive<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/File not found|\b404\b|notFound/i.test(message)) throw new DriveAccessError(NOT_FOUND);
    if (/insufficient|\b403\b|permission/i.test(message)) throw new DriveAccessError(NO_PERMISSION);
    throw error;
  }
}

/** Drive keeps an app property only when key and value together fit in 124 bytes of UTF-8. */
export function appPropertyValue(key: string, value: string): string {
  let out = value;
  while (out && utf8Length(key + out) > 124) out = out.slice(0, -1);
  return out;
}

/** Quotes a value for a Drive query: 'it\'s'. */
export function quoteQuery(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Files matching a Drive query, every page. */
export function findFiles(q: string, pageSize = 100): DriveFileResource[] {
  const out: DriveFileResource[] = [];
  let pageToken: string | undefined;
  do {
    const page = drive(() => gas().Drive.Files.list({ q, fields: `nextPageToken,files(${FILE_FIELDS})`, pageSize, ...(pageToken ? { pageToken } : {}) }));
    out.push(...(page.files ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

/** Files carrying every one of these app properties (drive.file: only files Trellis may open). */
export function findByAppProperties(props: Record<string, string>): DriveFileResource[] {
  const clauses = Object.entries(props).map(([key, value]) => `appProperties has { key=${quoteQuery(key)} and value=${quoteQuery(value)} }`);
  return findFiles([...clauses, 'trashed = false'].join(' and '));
}

export function fileMetadata(fileId: string): DriveFileResource {
  return drive(() => gas().Drive.Files.get(fileId, { fields: FILE_FIELDS }));
}

/** The content of a file stored in Drive (JSON, text), in one request. */
export function readText(fileId: string): string {
  const { UrlFetchApp, ScriptApp } = gas();
  const response = UrlFetchApp.fetch(`https://www.googleapis.com/drive/v3/files/${encodeURIComponent(fileId)}?alt=media`, {
    method: 'get',
    headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
    muteHttpExceptions: true,
  });
  const status = response.getResponseCode();
  if (status === 200) return response.getContentText();
  if (status === 404) throw new DriveAccessError(NOT_FOUND);
  if (status === 403) throw new DriveAccessError('Drive refused to let Trellis read this file (no permission). Ask its owner to share it with you, then select it in Drive and give Trellis access.');
  throw new DriveAccessError(`Drive answered ${status} when Trellis read the file; try again in a minute.`);
}

export function createFile(resource: DriveFileResource, content: string, contentType: string): DriveFileResource {
  const { Drive, Utilities } = gas();
  return drive(() => Drive.Files.create(resource, Utilities.newBlob(content, contentType, resource.name), { fields: FILE_FIELDS }));
}

export function updateFile(fileId: string, resource: DriveFileResource, content?: { text: string; contentType: string }): DriveFileResource {
  const { Drive, Utilities } = gas();
  const blob = content ? Utilities.newBlob(content.text, content.contentType) : undefined;
  return drive(() => Drive.Files.update(resource, fileId, blob, { fields: FILE_FIELDS }));
}

/** Shares a file with a person: writers edit, commenters comment. Drive emails them the link. */
export function share(fileId: string, email: string, role: 'writer' | 'commenter'): void {
  drive(() => gas().Drive.Permissions.create({ type: 'user', role, emailAddress: email }, fileId, { sendNotificationEmail: true, emailMessage: 'Shared from Trellis: a career path you are part of.' }));
}

/** The "Career paths" folder Trellis keeps plans and frameworks in, created the first time. */
export function careerFolderId(): string {
  const props = gas().PropertiesService.getUserProperties();
  const remembered = props.getProperty(FOLDER_KEY);
  if (remembered) return remembered;
  const existing = findFiles(`name = ${quoteQuery(CAREER_PATHS_FOLDER)} and mimeType = ${quoteQuery(FOLDER_MIME)} and trashed = false`, 10)[0];
  const folder = existing ?? drive(() => gas().Drive.Files.create({ name: CAREER_PATHS_FOLDER, mimeType: FOLDER_MIME }, undefined, { fields: 'id' }));
  if (!folder.id) throw new DriveAccessError('Drive did not return the Career paths folder; try again.');
  props.setProperty(FOLDER_KEY, folder.id);
  return folder.id;
}

/** Runs `create` in the Career paths folder; a remembered folder that was deleted is found or made again. */
export function inCareerFolder<T>(create: (folderId: string) => T): T {
  try {
    return create(careerFolderId());
  } catch (error) {
    if (!(error instanceof DriveAccessError)) throw error;
    gas().PropertiesService.getUserProperties().deleteProperty(FOLDER_KEY);
    return create(careerFolderId());
  }
}

/** The link people open a Drive file with. */
export function fileLink(file: Pick<DriveFileResource, 'id' | 'mimeType' | 'webViewLink'>): string {
  if (file.webViewLink) return file.webViewLink;
  return file.mimeType === GOOGLE_DOC_MIME ? `https://docs.google.com/document/d/${file.id}/edit` : `https://drive.google.com/file/d/${file.id}/view`;
}
