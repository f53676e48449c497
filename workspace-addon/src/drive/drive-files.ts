// Files in Drive under the drive.file scope: listing, reading, writing and sharing the files Trellis made or was
// given. Metadata goes through the Drive advanced service (v3); file content is downloaded from the Drive REST
// endpoint with the script's own token, because the advanced service has no documented media download.
import { CAREER_PATHS_FOLDER } from '../../../shared/storage/drive-files';
import { gas, type DriveFileResource } from '../platform/apps-script';
import { apiSaid, errorMessage } from '../platform/error-message';
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
    const message = errorMessage(error);
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

/** A file to create: Utilities.newBlob's reference takes the blob's name as a string, so every file has one. */
export type NewFile = DriveFileResource & { name: string };

export function createFile(resource: NewFile, content: string, contentType: string): DriveFileResource {
  const { Drive, Utilities } = gas();
  return drive(() => Drive.Files.create(resource, Utilities.newBlob(content, contentType, resource.name), { fields: FILE_FIELDS }));
}

/** Ids for files not made yet (files.generateIds): a create made with one cannot make a second file. */
export function newFileIds(count: number): string[] {
  const ids = drive(() => gas().Drive.Files.generateIds({ count, space: 'drive', type: 'files' })).ids ?? [];
  if (ids.length < count) throw new DriveAccessError('Drive did not hand out new file ids; try again in a minute.');
  return ids;
}

// What an advanced service throws is documented only as an error with a message (the Advanced services guide's
// examples read err.message); its other properties are not, so Trellis reads the message alone, matching the
// error texts the Drive API's "Resolve errors" guide gives.

/** Drive answered that the id is taken: an earlier attempt made the file. */
function alreadyExists(error: unknown): boolean {
  return /already exists with the provided ID/i.test(errorMessage(error));
}

/** A failure where the request may or may not have been carried out (the answer was lost, or Drive was busy). */
function transient(error: unknown): boolean {
  return /backend error|internal error|service unavailable|timed? ?out|try again later|rate limit exceeded/i.test(errorMessage(error));
}

/**
 * Creates the file under `id` (from newFileIds) exactly once: a create whose answer was lost is tried again with
 * the same id, and a file an earlier attempt made is found instead of made twice.
 */
export function createFileOnce(id: string, resource: NewFile, content: string, contentType: string): { file: DriveFileResource; existed: boolean } {
  for (let attempt = 1; ; attempt++) {
    try {
      return { file: createFile({ ...resource, id }, content, contentType), existed: false };
    } catch (error) {
      if (alreadyExists(error)) return { file: fileMetadata(id), existed: true };
      if (attempt >= 2 || !transient(error)) throw error;
    }
  }
}

/** Deletes a file Trellis made; false when Drive would not (it is only logged). */
export function removeQuietly(fileId: string): boolean {
  try {
    gas().Drive.Files.remove(fileId);
    return true;
  } catch (error) {
    console.warn(`file ${fileId} not deleted: ${(error as Error).message}`);
    return false;
  }
}

/** files.update with new content (every update Trellis makes carries the file's content). */
export function updateFile(fileId: string, resource: DriveFileResource, content: { text: string; contentType: string }): DriveFileResource {
  const { Drive, Utilities } = gas();
  return drive(() => Drive.Files.update(resource, fileId, Utilities.newBlob(content.text, content.contentType), { fields: FILE_FIELDS }));
}

/** Drive would not share a file with someone: the words it gave, made plain. Nothing else failed. */
export class SharingRefusedError extends Error {
  constructor(
    readonly email: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'SharingRefusedError';
  }
}

/** Why Drive refused to share, in words for the person who asked. */
function sharingReason(error: unknown): string {
  const said = apiSaid(error);
  if (/shareOutNotPermitted|shareInNotPermitted|publishOutNotPermitted|not (allowed|permitted) to share|sharing .*not (allowed|permitted)|outside (of )?(your|the) (domain|organi[sz]ation)/i.test(said)) {
    return `your organisation’s Drive settings do not allow sharing with this address (Drive said: ${said})`;
  }
  if (/File not found|\b404\b|notFound/i.test(said)) return 'Trellis can no longer open the file to share it';
  if (/insufficient|cannot share|canShare/i.test(said)) return 'you may not share this file (only its owner or an editor may)';
  return `Drive refused: ${said}`;
}

/**
 * Shares a file with a person or a Google Group: writers edit, commenters comment, readers read. Drive emails the
 * link unless `notify` is false. Throws SharingRefusedError with Drive's reason.
 */
export function share(fileId: string, email: string, role: 'writer' | 'commenter' | 'reader', options: { group?: boolean; notify?: boolean } = {}): void {
  try {
    const notify = options.notify !== false;
    gas().Drive.Permissions.create({ type: options.group ? 'group' : 'user', role, emailAddress: email }, fileId, notify ? { sendNotificationEmail: true, emailMessage: 'Shared from Trellis: a career path you are part of.' } : { sendNotificationEmail: false });
  } catch (error) {
    throw new SharingRefusedError(email, sharingReason(error));
  }
}

/** The "Career paths" folder Trellis keeps plans and frameworks in, created the first time. */
export function careerFolderId(): string {
  const props = gas().PropertiesService.getUserProperties();
  const remembered = props.getProperty(FOLDER_KEY);
  if (remembered) return remembered;
  const existing = findFiles(`name = ${quoteQuery(CAREER_PATHS_FOLDER)} and mimeType = ${quoteQuery(FOLDER_MIME)} and trashed = false`, 10)[0];
  // a folder has no content: created with the resource alone, as the reference's examples do (no media argument)
  const folder = existing ?? drive(() => gas().Drive.Files.create({ name: CAREER_PATHS_FOLDER, mimeType: FOLDER_MIME }));
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
