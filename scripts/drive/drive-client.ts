// Drive and Sheets through googleapis, with every call retried by Trellis's own policy (googleapis' built-in
// retries are turned off so waits are not doubled), a timeout per call, an abort signal to stop a run, and the
// API root passed per call: the per-API rootUrl does not redirect media uploads, so tests and proxies could not
// otherwise reach every call.
import { driveApi, sheetsApi, type ApiAuth, type drive_v3, type sheets_v4 } from './google-apis';
import { DEFAULT_RETRY_POLICY, GoogleApiError, withRetry, type FailureInfo, type RetryPolicy } from './retry';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const FILE_FIELDS = 'id,name,mimeType,md5Checksum,size,version,modifiedTime,appProperties,trashed';

export interface RemoteFile {
  id: string;
  name: string;
  mimeType: string;
  md5Checksum?: string;
  version?: string;
  modifiedTime?: string;
  appProperties: Record<string, string>;
}

export interface DriveClientOptions {
  auth: ApiAuth;
  /** Drive's API root (default https://www.googleapis.com/). */
  rootUrl?: string;
  /** Sheets' API root (default https://sheets.googleapis.com/). */
  sheetsRootUrl?: string;
  /** Per call (default 60 s); a call that takes longer is retried. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  signal?: AbortSignal;
  onRetry?: RetryListener;
}

type RetryListener = (failure: FailureInfo, attempt: number, delayMs: number) => void;

function toRemote(f: drive_v3.Schema$File): RemoteFile {
  return { id: f.id!, name: f.name ?? '', mimeType: f.mimeType ?? '', md5Checksum: f.md5Checksum ?? undefined, version: f.version ?? undefined, modifiedTime: f.modifiedTime ?? undefined, appProperties: (f.appProperties as Record<string, string> | undefined) ?? {} };
}

/** A string inside a Drive query: quotes and backslashes escaped. */
export function queryString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export class DriveClient {
  readonly policy: RetryPolicy;
  /** Told about every retry (the progress bar counts them). */
  readonly retryListeners = new Set<RetryListener>();
  private drive: drive_v3.Drive;
  private sheets: sheets_v4.Sheets;

  constructor(readonly options: DriveClientOptions) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.drive = driveApi(options.auth);
    this.sheets = sheetsApi(options.auth);
    if (options.onRetry) this.retryListeners.add(options.onRetry);
  }

  /** Per-call options: the API root (uploads included), our retries only, the timeout, the stop signal. */
  private callOptions(root: string | undefined, extra: Record<string, unknown> = {}) {
    return { ...(root ? { rootUrl: root } : {}), retry: false, timeout: this.options.timeoutMs ?? 60_000, signal: this.options.signal, ...extra };
  }

  private run<T>(call: () => Promise<T>, beforeRetry?: (failure: FailureInfo) => Promise<T | undefined>): Promise<T> {
    const onRetry: RetryListener = (...a) => this.retryListeners.forEach((listener) => listener(...a));
    return withRetry(call, this.policy, { signal: this.options.signal, onRetry, beforeRetry });
  }

  /** The folder, or a clear error when it is missing, not a folder, or out of reach of the app's scope. */
  async folder(id: string): Promise<RemoteFile> {
    try {
      const res = await this.run(() => this.drive.files.get({ fileId: id, fields: FILE_FIELDS, supportsAllDrives: true }, this.callOptions(this.options.rootUrl)));
      const file = toRemote(res.data);
      if (file.mimeType !== FOLDER_MIME) throw new GoogleApiError(`${id} is "${file.name}", a file, not a folder: give the id or link of the folder that holds the career files`, 400, 'notAFolder');
      return file;
    } catch (error) {
      if (error instanceof GoogleApiError && error.status === 404) {
        throw new GoogleApiError(`no folder ${id} that this account can see. With the drive.file scope Trellis sees only folders and files it created or that were opened with it (or with the Trellis add-on of the same Google Cloud project): check the id, or share the folder and open it with Trellis first`, 404, 'notFound');
      }
      throw error;
    }
  }

  /** Every file in the folder (not trashed), following the pages. */
  async listFolder(folderId: string): Promise<RemoteFile[]> {
    const out: RemoteFile[] = [];
    let pageToken: string | undefined;
    do {
      const res = await this.run(() =>
        this.drive.files.list({ q: `${queryString(folderId)} in parents and trashed = false`, fields: `nextPageToken,files(${FILE_FIELDS})`, pageSize: 1000, pageToken, spaces: 'drive', supportsAllDrives: true, includeItemsFromAllDrives: true }, this.callOptions(this.options.rootUrl)),
      );
      out.push(...(res.data.files ?? []).map(toRemote));
      pageToken = res.data.nextPageToken ?? undefined;
    } while (pageToken);
    return out;
  }

  async findByName(folderId: string, name: string): Promise<RemoteFile[]> {
    const res = await this.run(() =>
      this.drive.files.list({ q: `${queryString(folderId)} in parents and name = ${queryString(name)} and trashed = false`, fields: `files(${FILE_FIELDS})`, pageSize: 100, supportsAllDrives: true, includeItemsFromAllDrives: true }, this.callOptions(this.options.rootUrl)),
    );
    return (res.data.files ?? []).map(toRemote);
  }

  async download(fileId: string): Promise<Buffer> {
    const res = await this.run(() => this.drive.files.get({ fileId, alt: 'media', supportsAllDrives: true }, this.callOptions(this.options.rootUrl, { responseType: 'arraybuffer' })));
    return Buffer.from(res.data as unknown as ArrayBuffer);
  }

  async metadata(fileId: string): Promise<RemoteFile> {
    const res = await this.run(() => this.drive.files.get({ fileId, fields: FILE_FIELDS, supportsAllDrives: true }, this.callOptions(this.options.rootUrl)));
    return toRemote(res.data);
  }

  /**
   * Creates a file, exactly once: when a create gets no answer (or a server error), the folder is searched for
   * the file before trying again, since the first attempt may have made it.
   */
  async create(folderId: string, name: string, content: Buffer, mimeType: string, appProperties: Record<string, string>, md5: string): Promise<RemoteFile> {
    const res = await this.run(
      async () => toRemote((await this.drive.files.create({ requestBody: { name, parents: [folderId], mimeType, appProperties }, media: { mimeType, body: content.toString('utf8') }, fields: FILE_FIELDS, supportsAllDrives: true }, this.callOptions(this.options.rootUrl))).data),
      async (failure) => {
        if (failure.status !== undefined && failure.status < 500) return undefined;
        const found = (await this.findByName(folderId, name)).find((f) => f.md5Checksum === md5);
        return found;
      },
    );
    return res;
  }

  /** New content (and app properties) for an existing file; repeating it is harmless, so plain retries suffice. */
  async update(fileId: string, content: Buffer, mimeType: string, appProperties: Record<string, string>): Promise<RemoteFile> {
    const res = await this.run(() => this.drive.files.update({ fileId, requestBody: { appProperties }, media: { mimeType, body: content.toString('utf8') }, fields: FILE_FIELDS, supportsAllDrives: true }, this.callOptions(this.options.rootUrl)));
    return toRemote(res.data);
  }

  async permissions(fileId: string): Promise<drive_v3.Schema$Permission[]> {
    const res = await this.run(() => this.drive.permissions.list({ fileId, fields: 'permissions(id,type,role,emailAddress)', supportsAllDrives: true }, this.callOptions(this.options.rootUrl)));
    return res.data.permissions ?? [];
  }

  /** Gives `email` the role on the file unless they already have it (so a repeated share adds nothing). */
  async share(fileId: string, email: string, role: 'writer' | 'commenter' | 'reader'): Promise<boolean> {
    const hasAccess = async () => (await this.permissions(fileId)).some((p) => p.emailAddress?.toLowerCase() === email.toLowerCase());
    if (await hasAccess()) return false;
    return this.run(
      async () => {
        await this.drive.permissions.create({ fileId, sendNotificationEmail: false, supportsAllDrives: true, requestBody: { type: 'user', role, emailAddress: email } }, this.callOptions(this.options.rootUrl));
        return true;
      },
      async () => ((await hasAccess()) ? true : undefined),
    );
  }

  async spreadsheet(spreadsheetId: string): Promise<sheets_v4.Schema$Spreadsheet> {
    const res = await this.run(() => this.sheets.spreadsheets.get({ spreadsheetId, fields: 'spreadsheetId,properties(title),sheets(properties(sheetId,title,index,sheetType,gridProperties(rowCount,columnCount)),merges)' }, this.callOptions(this.options.sheetsRootUrl)));
    return res.data;
  }

  async values(spreadsheetId: string, ranges: string[], render: 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE'): Promise<sheets_v4.Schema$ValueRange[]> {
    const res = await this.run(() => this.sheets.spreadsheets.values.batchGet({ spreadsheetId, ranges, valueRenderOption: render, dateTimeRenderOption: 'FORMATTED_STRING', majorDimension: 'ROWS' }, this.callOptions(this.options.sheetsRootUrl)));
    return res.data.valueRanges ?? [];
  }
}
