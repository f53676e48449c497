// Drive and Sheets through googleapis, with every call retried by Trellis's own policy (googleapis' built-in
// retries are turned off so waits are not doubled), a timeout per call, an abort signal to stop a run, and the
// API root passed per call: the per-API rootUrl does not redirect media uploads, so tests and proxies could not
// otherwise reach every call. A call that changes Drive is never repeated blindly: when its answer is lost, what
// it did is looked up first, so a retry can neither make a second file nor write over someone else's save.
import { driveApi, sheetsApi, type ApiAuth, type drive_v3, type sheets_v4 } from './google-apis';
import { DEFAULT_RETRY_POLICY, GoogleApiError, withRetry, type FailureInfo, type RetryPolicy } from './retry';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const FILE_FIELDS = 'id,name,mimeType,parents,md5Checksum,size,version,modifiedTime,appProperties,trashed';

export interface RemoteFile {
  id: string;
  name: string;
  mimeType: string;
  md5Checksum?: string;
  version?: string;
  modifiedTime?: string;
  appProperties: Record<string, string>;
  parents?: string[];
  trashed?: boolean;
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

/** A file's new content, with the app properties saved along with it and its checksum. */
export interface Upload {
  content: Buffer;
  mimeType: string;
  appProperties: Record<string, string>;
  md5: string;
}

/**
 * An update whose answer was lost found the file changed by someone else: it is neither what we sent nor what it
 * replaced. Nothing was written over it; `now` is the file as it is, for the caller to decide again.
 */
export class RemoteChangedError extends Error {
  constructor(readonly now: RemoteFile) {
    super(`${now.name} changed on Drive while it was being replaced`);
    this.name = 'RemoteChangedError';
  }
}

/** Drive's roles, weakest first. */
const ROLE_RANK: Record<string, number> = { reader: 1, commenter: 2, writer: 3, fileOrganizer: 4, organizer: 5, owner: 6 };

/** Ids reserved per files.generateIds call: one call serves this many creates. */
const ID_BATCH = 100;

function toRemote(f: drive_v3.Schema$File): RemoteFile {
  return { id: f.id!, name: f.name ?? '', mimeType: f.mimeType ?? '', md5Checksum: f.md5Checksum ?? undefined, version: f.version ?? undefined, modifiedTime: f.modifiedTime ?? undefined, appProperties: (f.appProperties as Record<string, string> | undefined) ?? {}, parents: f.parents ?? undefined, trashed: f.trashed ?? undefined };
}

/**
 * Drive's ways of saying "this account's app cannot see that file": 404, or (documented for files the person may
 * open but the app was never given) 403 appNotAuthorizedToFile.
 */
function outOfSight(error: unknown): boolean {
  return error instanceof GoogleApiError && (error.status === 404 || error.reason === 'appNotAuthorizedToFile');
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
  private reservedIds: string[] = [];
  private idsOnTheWay?: Promise<void>;

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
      if (outOfSight(error)) {
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

  async download(fileId: string): Promise<Buffer> {
    const res = await this.run(() => this.drive.files.get({ fileId, alt: 'media', supportsAllDrives: true }, this.callOptions(this.options.rootUrl, { responseType: 'arraybuffer' })));
    return Buffer.from(res.data as unknown as ArrayBuffer);
  }

  async metadata(fileId: string): Promise<RemoteFile> {
    const res = await this.run(() => this.drive.files.get({ fileId, fields: FILE_FIELDS, supportsAllDrives: true }, this.callOptions(this.options.rootUrl)));
    return toRemote(res.data);
  }

  /** The file, or undefined when there is none this account can see. */
  async find(fileId: string): Promise<RemoteFile | undefined> {
    try {
      return await this.metadata(fileId);
    } catch (error) {
      if (outOfSight(error)) return undefined;
      throw error;
    }
  }

  /** A file id from files.generateIds: a create naming it can be repeated and still make one file at most. */
  private async reserveId(): Promise<string> {
    while (!this.reservedIds.length) {
      this.idsOnTheWay ??= this.run(() => this.drive.files.generateIds({ count: ID_BATCH, space: 'drive', type: 'files' }, this.callOptions(this.options.rootUrl)))
        .then((res) => {
          if (!res.data.ids?.length) throw new GoogleApiError('Drive handed out no file ids (files.generateIds)', undefined, undefined);
          this.reservedIds.push(...res.data.ids);
        })
        .finally(() => (this.idsOnTheWay = undefined));
      await this.idsOnTheWay;
    }
    return this.reservedIds.pop()!;
  }

  /**
   * Creates a file, exactly once. Its id is reserved beforehand, so when an attempt gets no answer (or an error
   * that may hide a change: Drive has answered rate-limit errors to creates it made), the file is looked up by
   * that id before trying again, and a repeated create that lands after all is refused by Drive (409), never
   * made twice. Searching the folder by name instead would miss a file its search index has not caught up with.
   */
  async create(folderId: string, name: string, upload: Upload): Promise<RemoteFile> {
    const id = await this.reserveId();
    const attempt = async () =>
      toRemote((await this.drive.files.create({ requestBody: { id, name, parents: [folderId], mimeType: upload.mimeType, appProperties: upload.appProperties }, media: { mimeType: upload.mimeType, body: upload.content.toString('utf8') }, fields: FILE_FIELDS, supportsAllDrives: true }, this.callOptions(this.options.rootUrl))).data);
    try {
      return await this.run(attempt, () => this.find(id));
    } catch (error) {
      if (error instanceof GoogleApiError && error.status === 409) {
        const made = await this.find(id);
        if (made) return made;
      }
      throw error;
    }
  }

  /**
   * Replaces a file's content (and app properties) with `upload`, if it still holds `replacing` (its checksum
   * when the caller decided to replace it). When an attempt gets no answer, the file is read again before any
   * retry: our upload there means it went through; the old content means it did not, so it is tried again;
   * anything else is someone else's save, which is never written over (RemoteChangedError).
   */
  async update(fileId: string, upload: Upload, replacing: string): Promise<RemoteFile> {
    const attempt = async () =>
      toRemote((await this.drive.files.update({ fileId, requestBody: { appProperties: upload.appProperties }, media: { mimeType: upload.mimeType, body: upload.content.toString('utf8') }, fields: FILE_FIELDS, supportsAllDrives: true }, this.callOptions(this.options.rootUrl))).data);
    return this.run(attempt, async () => {
      const now = await this.metadata(fileId);
      if (now.md5Checksum === upload.md5) return now;
      if (now.md5Checksum === replacing) return undefined;
      throw new RemoteChangedError(now);
    });
  }

  async permissions(fileId: string): Promise<drive_v3.Schema$Permission[]> {
    const res = await this.run(() => this.drive.permissions.list({ fileId, fields: 'permissions(id,type,role,emailAddress)', supportsAllDrives: true }, this.callOptions(this.options.rootUrl)));
    return res.data.permissions ?? [];
  }

  /**
   * Gives `email` the role on the file unless they already have it or more (so a repeated share adds nothing, and
   * someone who can only read is raised to the role asked). When a permission create gets no answer, the file's
   * permissions are read again before any retry.
   */
  async share(fileId: string, email: string, role: 'writer' | 'commenter' | 'reader'): Promise<boolean> {
    const granted = async () => (await this.permissions(fileId)).some((p) => p.emailAddress?.toLowerCase() === email.toLowerCase() && (ROLE_RANK[p.role ?? ''] ?? 0) >= ROLE_RANK[role]!);
    if (await granted()) return false;
    return this.run(
      async () => {
        await this.drive.permissions.create({ fileId, sendNotificationEmail: false, supportsAllDrives: true, requestBody: { type: 'user', role, emailAddress: email } }, this.callOptions(this.options.rootUrl));
        return true;
      },
      async () => ((await granted()) ? true : undefined),
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
