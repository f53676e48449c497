// A fake Google Drive v3 / Sheets v4 / OAuth server on loopback, for testing the real googleapis client without
// the internet: files.list (q, fields, paging), files.get (metadata and alt=media), files.create and files.update
// (metadata, multipart and media uploads, with ids from files.generateIds), permissions, spreadsheets.get with
// merges, values.get and batchGet, and the OAuth authorization-code flow with PKCE. Every token belongs to a
// person and an app, and sees only what Drive would show that person's app (drive-access.ts: owners, sharing,
// drive.file). Faults and latency can be injected, at random or aimed at one request, to test retries and resumption.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDriveQuery, parseFields, project, QueryError } from './drive-query';
import { atLeast, DEFAULT_USER, DriveAccess, TRELLIS_APP, type Caller, type Role } from './drive-access';
import { ArmedFaults, FaultInjector, type ArmedFaultKind, type FaultPlan } from './faults';
import { parseMultipartRelated } from './multipart';
import { FakeOAuth } from './oauth';
import { driveError, type Reply } from './reply';
import { sheetsReply, type FakeSpreadsheet } from './sheets';

export { DEFAULT_USER, TRELLIS_APP } from './drive-access';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface FakeFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** Who created it (in My Drive, the creator owns the file, whoever owns the folder). */
  owner: string;
  trashed: boolean;
  appProperties: Record<string, string>;
  content: Buffer;
  version: number;
  headRevisionId: string;
  createdTime: string;
  modifiedTime: string;
}

export interface FakePermission {
  id: string;
  type: string;
  role: string;
  emailAddress?: string;
}

export interface FakeGoogleOptions {
  /** Bearer tokens of the default person (me@example.com) with Trellis's scopes (default: "test-access-token"). */
  tokens?: string[];
  /** Delay before each API answer (ms): a realistic round trip makes concurrency matter. */
  latencyMs?: number;
  faults?: FaultPlan;
  /**
   * files.list misses files made within the last `listLagMs`: Drive's search can lag behind a create, so a client
   * must not take "not listed" to mean "not made".
   */
  listLagMs?: number;
  /** The most files one files.list page holds, whatever pageSize asks (Drive may return short pages). */
  maxPageSize?: number;
}

/** The API method a request calls, as tests name it when aiming a fault at it. */
export type DriveOperation = 'files.list' | 'files.get' | 'files.generateIds' | 'files.create' | 'files.update' | 'permissions.list' | 'permissions.create' | 'sheets' | 'other';

export function operationOf(method: string, path: string): DriveOperation {
  if (path === '/drive/v3/files/generateIds') return 'files.generateIds';
  if (/^\/(upload\/)?drive\/v3\/files$/.test(path)) return method === 'POST' ? 'files.create' : 'files.list';
  if (/^\/drive\/v3\/files\/[^/]+\/permissions$/.test(path)) return method === 'POST' ? 'permissions.create' : 'permissions.list';
  if (/^\/(upload\/)?drive\/v3\/files\/[^/]+$/.test(path)) return method === 'PATCH' ? 'files.update' : 'files.get';
  if (path.startsWith('/v4/')) return 'sheets';
  return 'other';
}

const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FakeGoogle {
  readonly files = new Map<string, FakeFile>();
  readonly permissions = new Map<string, FakePermission[]>();
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  /** Who may see and change what; tokenFor() adds a person. */
  readonly access: DriveAccess;
  readonly oauth: FakeOAuth;
  readonly stats = { requests: 0, creates: 0, updates: 0, downloads: 0, lists: 0, byRoute: {} as Record<string, number> };
  latencyMs: number;
  listLagMs: number;
  maxPageSize: number;
  faults?: FaultInjector;
  private readonly armed = new ArmedFaults();
  /** Ids handed out by files.generateIds: only these may name a new file. */
  private readonly generatedIds = new Set<string>();
  /** Called after a change is made (before the answer is sent): tests interrupt a run from here. */
  onCommit?: (kind: 'create' | 'update' | 'permission', file: FakeFile) => void;
  private server!: Server;
  private nextId = 1;
  url = '';

  private constructor(options: FakeGoogleOptions) {
    this.access = new DriveAccess(
      (id) => this.files.get(id),
      (id) => this.permissions.get(id) ?? [],
    );
    for (const token of options.tokens ?? ['test-access-token']) this.access.addToken(token);
    this.oauth = new FakeOAuth((token, caller) => this.access.addToken(token, caller));
    this.latencyMs = options.latencyMs ?? 0;
    this.listLagMs = options.listLagMs ?? 0;
    this.maxPageSize = options.maxPageSize ?? 1000;
    if (options.faults) this.faults = new FaultInjector(options.faults);
  }

  static async start(options: FakeGoogleOptions = {}): Promise<FakeGoogle> {
    const fake = new FakeGoogle(options);
    fake.server = createServer((req, res) => void fake.serve(req, res));
    fake.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Turns fault injection on (or off with undefined) between runs. */
  setFaults(plan: FaultPlan | undefined): void {
    this.faults = plan ? new FaultInjector(plan) : undefined;
  }

  /** Makes the next `times` requests to `operation` fail with `kind`, whatever the random faults do. */
  armFault(operation: DriveOperation, kind: ArmedFaultKind, times = 1): void {
    this.armed.arm(operation, kind, times);
  }

  private newId(): string {
    return `fake${String(this.nextId++).padStart(6, '0')}${randomBytes(6).toString('hex')}`;
  }

  /** A new token for `user` of `app` (default: Trellis, with drive.file and read-only Sheets). */
  tokenFor(user: string, caller: { app?: string; scopes?: string[] } = {}): string {
    const token = `token-${user.replace(/\W/g, '-')}-${randomBytes(4).toString('hex')}`;
    this.access.addToken(token, { user, ...caller });
    return token;
  }

  /**
   * `user` opens the file with the app (the Google Picker, Drive's "Open with", the add-on's file-scope
   * request): from now on the app may reach it for them under drive.file. They must be able to open it at all.
   */
  openWithApp(fileId: string, user: string, app = TRELLIS_APP): void {
    const file = this.files.get(fileId);
    if (!file || !this.access.roleOf(user.toLowerCase(), file)) throw new Error(`${user} cannot open ${fileId}: it is not shared with them`);
    this.access.grant(app, user, fileId);
  }

  /** Someone shares a file or folder with `email` outside Trellis (Drive's Share dialog). */
  share(fileId: string, email: string, role: Role): void {
    this.upsertPermission(fileId, { type: 'user', role, emailAddress: email.toLowerCase() });
  }

  addFolder(name: string, parents = ['root'], owner?: string): FakeFile {
    return this.addFile({ name, parents, mimeType: FOLDER_MIME, owner });
  }

  /**
   * Puts a file in Drive as `owner` made it (default: the default person). Made with Trellis unless
   * `createdWithApp` is false (a file made by hand, or by another app), which Trellis's drive.file cannot reach.
   */
  addFile(input: { id?: string; name: string; parents?: string[]; content?: string | Buffer; mimeType?: string; appProperties?: Record<string, string>; owner?: string; createdWithApp?: boolean; app?: string }): FakeFile {
    const now = new Date().toISOString();
    const file: FakeFile = {
      id: input.id ?? this.newId(),
      name: input.name,
      mimeType: input.mimeType ?? 'application/json',
      parents: input.parents ?? ['root'],
      owner: (input.owner ?? DEFAULT_USER).toLowerCase(),
      trashed: false,
      appProperties: { ...input.appProperties },
      content: Buffer.from(input.content ?? ''),
      version: 1,
      headRevisionId: randomBytes(8).toString('hex'),
      createdTime: now,
      modifiedTime: now,
    };
    this.files.set(file.id, file);
    if (input.createdWithApp !== false) this.access.grant(input.app ?? TRELLIS_APP, file.owner, file.id);
    return file;
  }

  /** Changes a file as another person or the add-on would (a new revision). */
  editFile(id: string, content: string | Buffer, appProperties?: Record<string, string>): FakeFile {
    const file = this.files.get(id)!;
    this.setContent(file, Buffer.from(content));
    if (appProperties) file.appProperties = { ...file.appProperties, ...appProperties };
    return file;
  }

  childrenOf(folderId: string): FakeFile[] {
    return [...this.files.values()].filter((f) => f.parents.includes(folderId) && !f.trashed);
  }

  addSpreadsheet(sheet: FakeSpreadsheet): void {
    this.spreadsheets.set(sheet.id, sheet);
  }

  /** A service account of Trellis's Cloud project, whose self-signed JWTs the fake takes as access tokens. */
  registerServiceAccount(email: string, publicKeyPem: string): void {
    this.access.addServiceAccount(email, publicKeyPem);
  }

  /** An OAuth client of `app`'s Cloud project; whoever signs in through it gets tokens of that app. */
  registerOAuthClient(clientId: string, secret: string, app = TRELLIS_APP): void {
    this.oauth.registerClient(clientId, secret, app);
  }

  private upsertPermission(fileId: string, input: { type: string; role: string; emailAddress?: string }): FakePermission {
    const list = this.permissions.get(fileId) ?? [];
    const same = (p: FakePermission) => p.type === input.type && p.emailAddress === input.emailAddress;
    // one permission per person and file, with an id of that person's (as Drive's permission ids are)
    const permission = { id: input.type === 'anyone' ? 'anyoneWithLink' : `perm-${input.emailAddress}`, type: input.type, role: input.role, emailAddress: input.emailAddress };
    this.permissions.set(fileId, [...list.filter((p) => !same(p)), permission]);
    return permission;
  }

  private setContent(file: FakeFile, content: Buffer): void {
    file.content = content;
    file.version++;
    file.headRevisionId = randomBytes(8).toString('hex');
    file.modifiedTime = new Date().toISOString();
  }

  private resource(f: FakeFile): Record<string, unknown> {
    const folder = f.mimeType === FOLDER_MIME;
    return {
      kind: 'drive#file',
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: f.parents,
      trashed: f.trashed,
      ...(Object.keys(f.appProperties).length ? { appProperties: f.appProperties } : {}),
      ...(folder ? {} : { md5Checksum: md5(f.content), size: String(f.content.length), headRevisionId: f.headRevisionId }),
      version: String(f.version),
      createdTime: f.createdTime,
      modifiedTime: f.modifiedTime,
    };
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.url);
    const isApi = /^\/(drive|upload|v4)\//.test(url.pathname);
    let fault: ArmedFaultKind | undefined;
    if (isApi) {
      this.stats.requests++;
      if (this.latencyMs) await sleep(this.latencyMs);
      fault = this.armed.take(operationOf(req.method ?? 'GET', url.pathname)) ?? this.faults?.next();
    }
    if (fault === 'drop') return void req.socket.destroy();
    let reply: Reply;
    if (fault === '429') reply = { ...driveError(429, 'rateLimitExceeded', 'Rate Limit Exceeded'), headers: { 'retry-after': String(this.faults!.plan.retryAfterSeconds ?? 1) } };
    else if (fault === '403-rate') reply = driveError(403, 'userRateLimitExceeded', 'User Rate Limit Exceeded');
    else if (fault === '500') reply = driveError(500, 'backendError', 'Backend Error');
    else if (fault === '503') reply = { ...driveError(503, 'backendError', 'Service Unavailable'), headers: { 'retry-after': String(this.faults!.plan.retryAfterSeconds ?? 1) } };
    else {
      try {
        const caller = this.caller(req);
        reply = isApi && !caller ? driveError(401, 'authError', 'Request had invalid authentication credentials.') : this.route(req.method ?? 'GET', url, req, body, caller);
      } catch (error) {
        reply = error instanceof QueryError ? driveError(400, 'invalid', `Invalid Value: ${error.message}`, 'q') : driveError(400, 'badRequest', (error as Error).message);
      }
    }
    if (fault === 'drop-after-commit') return void req.socket.destroy();
    if (fault === 'rate-limit-after-commit') reply = driveError(403, 'userRateLimitExceeded', 'User Rate Limit Exceeded');
    if (fault === 'slow') await sleep(this.faults!.plan.slowMs ?? 300);
    if (res.destroyed) return;
    const payload = reply.body === undefined ? '' : Buffer.isBuffer(reply.body) || typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    const type = Buffer.isBuffer(reply.body) ? 'application/octet-stream' : typeof reply.body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=UTF-8';
    res.writeHead(reply.status, { 'content-type': type, ...reply.headers });
    res.end(payload);
  }

  private caller(req: IncomingMessage): Caller | undefined {
    const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    return m ? this.access.caller(m[1]!) : undefined;
  }

  /** The file when the caller's app can reach it, with the caller's role; else the 404 Drive gives. */
  private reachable(caller: Caller, id: string, location = 'fileId'): { file: FakeFile; role: Role } | Reply {
    const file = this.files.get(id);
    const role = file && this.access.reach(caller, file);
    return file && role ? { file, role } : driveError(404, 'notFound', `File not found: ${id}.`, location);
  }

  private static cannotWrite(): Reply {
    return driveError(403, 'insufficientFilePermissions', 'The user does not have sufficient permissions for this file.');
  }

  private count(route: string): void {
    this.stats.byRoute[route] = (this.stats.byRoute[route] ?? 0) + 1;
  }

  private route(method: string, url: URL, req: IncomingMessage, body: Buffer, caller: Caller | undefined): Reply {
    const p = url.pathname;
    const q = url.searchParams;
    if (method === 'GET' && p === '/o/oauth2/v2/auth') return this.oauth.authorize(q);
    if (method === 'POST' && p === '/token') return this.oauth.token(new URLSearchParams(body.toString()));
    if (!caller) return driveError(404, 'notFound', `no route ${method} ${p}`);
    let m: RegExpExecArray | null;
    if ((m = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(p))) {
      if (!this.access.sheetsScope(caller)) return driveError(403, 'insufficientPermissions', 'Request had insufficient authentication scopes.');
      const id = decodeURIComponent(m[1]!);
      return sheetsReply(this.spreadsheets.get(id), id, m[2]!, q, (route) => this.count(route));
    }
    const scope = this.access.driveScope(caller);
    const writing = method !== 'GET';
    if (!scope.read || (writing && !scope.write)) return driveError(403, 'insufficientPermissions', 'Request had insufficient authentication scopes.');
    if (method === 'GET' && p === '/drive/v3/files') return this.list(q, caller);
    if (method === 'GET' && p === '/drive/v3/files/generateIds') return this.generateIds(q);
    if (method === 'POST' && p === '/drive/v3/files') return this.create(q, JSON.parse(body.toString() || '{}'), undefined, caller);
    if (method === 'POST' && p === '/upload/drive/v3/files') {
      const upload = this.upload(q, req, body);
      return this.create(q, upload.metadata, upload, caller);
    }
    if ((m = /^\/(upload\/)?drive\/v3\/files\/([^/]+)(\/permissions)?$/.exec(p))) {
      const found = this.reachable(caller, decodeURIComponent(m[2]!));
      if ('status' in found) return found;
      const { file, role } = found;
      if (m[3]) return method === 'POST' ? this.createPermission(file, role, body) : this.listPermissions(file);
      if (method === 'GET' && !m[1]) return this.get(file, q);
      if (method === 'PATCH') {
        if (!atLeast(role, 'writer')) return FakeGoogle.cannotWrite();
        if (m[1]) {
          const upload = this.upload(q, req, body);
          return this.update(file, q, upload.metadata, upload);
        }
        return this.update(file, q, JSON.parse(body.toString() || '{}'), undefined);
      }
    }
    return driveError(404, 'notFound', `no route ${method} ${p}`);
  }

  /** Everyone with access: the owner, then each permission on the file or on a folder above it. */
  private listPermissions(file: FakeFile): Reply {
    this.count('permissions.list');
    const out: FakePermission[] = [{ id: `perm-${file.owner}`, type: 'user', role: 'owner', emailAddress: file.owner }];
    const seen = new Set<string>();
    for (let at: FakeFile | undefined = file; at && !seen.has(at.id); at = this.files.get(at.parents[0] ?? '')) {
      seen.add(at.id);
      if (at !== file && at.owner !== file.owner) out.push({ id: `perm-${at.owner}`, type: 'user', role: 'writer', emailAddress: at.owner });
      out.push(...(this.permissions.get(at.id) ?? []));
    }
    return { status: 200, body: { kind: 'drive#permissionList', permissions: out } };
  }

  private createPermission(file: FakeFile, role: Role, body: Buffer): Reply {
    this.count('permissions.create');
    if (!atLeast(role, 'writer')) return FakeGoogle.cannotWrite();
    const input = JSON.parse(body.toString()) as FakePermission;
    if (!['reader', 'commenter', 'writer'].includes(input.role)) return driveError(400, 'invalid', `Invalid role ${input.role}`, 'role');
    if (input.type === 'user' && !input.emailAddress) return driveError(400, 'required', 'emailAddress is required for a user permission', 'emailAddress');
    const permission = this.upsertPermission(file.id, { type: input.type, role: input.role, emailAddress: input.emailAddress?.toLowerCase() });
    this.onCommit?.('permission', file);
    return { status: 200, body: { kind: 'drive#permission', ...permission } };
  }

  private upload(q: URLSearchParams, req: IncomingMessage, body: Buffer): { metadata: Record<string, unknown>; media: Buffer } {
    const type = q.get('uploadType');
    if (type === 'multipart') return parseMultipartRelated(body, req.headers['content-type'] ?? '');
    if (type === 'media') return { metadata: {}, media: body };
    throw new Error(`uploadType ${type} is not supported by the fake (use multipart or media)`);
  }

  private list(q: URLSearchParams, caller: Caller): Reply {
    this.stats.lists++;
    this.count('files.list');
    const match = parseDriveQuery(q.get('q') ?? undefined);
    const fields = parseFields(q.get('fields') ?? undefined);
    const pageSize = Math.min(this.maxPageSize, Math.max(1, Number(q.get('pageSize') ?? 100)));
    const offset = q.get('pageToken') ? Number(Buffer.from(q.get('pageToken')!, 'base64url').toString()) : 0;
    if (!Number.isInteger(offset)) return driveError(400, 'invalid', 'Invalid pageToken', 'pageToken');
    const indexedBefore = Date.now() - this.listLagMs;
    // what the caller's app cannot reach is left out without a word, as Drive does
    const all = [...this.files.values()].filter((f) => (!this.listLagMs || Date.parse(f.createdTime) <= indexedBefore) && match(f) && this.access.reach(caller, f)).sort((a, b) => a.id.localeCompare(b.id));
    const page = all.slice(offset, offset + pageSize);
    const next = offset + pageSize < all.length ? Buffer.from(String(offset + pageSize)).toString('base64url') : undefined;
    const fileFields = fields?.nested.get('files') ?? (fields ? undefined : new Set(['kind', 'id', 'name', 'mimeType']));
    const out: Record<string, unknown> = { kind: 'drive#fileList', incompleteSearch: false, files: page.map((f) => project(this.resource(f), fileFields)), ...(next ? { nextPageToken: next } : {}) };
    return { status: 200, body: project(out, fields?.top) };
  }

  private get(file: FakeFile, q: URLSearchParams): Reply {
    if (q.get('alt') === 'media') {
      this.stats.downloads++;
      this.count('files.get media');
      if (file.mimeType === FOLDER_MIME) return driveError(403, 'fileNotDownloadable', 'Only files with binary content can be downloaded.');
      return { status: 200, body: file.content };
    }
    this.count('files.get');
    const fields = parseFields(q.get('fields') ?? undefined);
    return { status: 200, body: project(this.resource(file), fields?.top ?? new Set(['kind', 'id', 'name', 'mimeType'])) };
  }

  /** Ids a later files.create may use, so that a create that got no answer can be repeated without making two files. */
  private generateIds(q: URLSearchParams): Reply {
    this.count('files.generateIds');
    const count = Number(q.get('count') ?? 10);
    if (!Number.isInteger(count) || count < 1 || count > 1000) return driveError(400, 'invalid', 'count must be between 1 and 1000', 'count');
    const ids = Array.from({ length: count }, () => this.newId());
    for (const id of ids) this.generatedIds.add(id);
    return { status: 200, body: { kind: 'drive#generatedIds', space: q.get('space') ?? 'drive', ids } };
  }

  private create(q: URLSearchParams, metadata: Record<string, unknown>, upload: { media: Buffer } | undefined, caller: Caller): Reply {
    this.count(upload ? 'files.create upload' : 'files.create');
    const parents = (metadata.parents as string[] | undefined) ?? ['root'];
    for (const parent of parents) {
      if (parent === 'root') continue;
      // the folder must be within the app's reach, and the person must be allowed to add to it
      const found = this.reachable(caller, parent, 'parents');
      if ('status' in found) return found;
      if (!atLeast(found.role, 'writer')) return FakeGoogle.cannotWrite();
    }
    const id = metadata.id === undefined ? undefined : String(metadata.id);
    if (id !== undefined) {
      // an id already used is refused, so a repeated create cannot make a second file (Drive answers 409)
      if (this.files.has(id)) return driveError(409, 'fileIdInUse', 'A file already exists with the provided ID.', 'id');
      if (!this.generatedIds.has(id)) return driveError(400, 'fileIdNotUsable', 'The provided file ID is not usable.', 'id');
    }
    const file = this.addFile({ id, name: String(metadata.name ?? 'Untitled'), parents, content: upload?.media, mimeType: String(metadata.mimeType ?? 'application/octet-stream'), appProperties: metadata.appProperties as Record<string, string> | undefined, owner: caller.user, app: caller.app });
    this.stats.creates++;
    this.onCommit?.('create', file);
    const fields = parseFields(q.get('fields') ?? undefined);
    return { status: 200, body: project(this.resource(file), fields?.top ?? new Set(['kind', 'id', 'name', 'mimeType'])) };
  }

  private update(file: FakeFile, q: URLSearchParams, metadata: Record<string, unknown>, upload: { media: Buffer } | undefined): Reply {
    this.count(upload ? 'files.update upload' : 'files.update');
    if (typeof metadata.name === 'string') file.name = metadata.name;
    if (metadata.appProperties) {
      for (const [k, v] of Object.entries(metadata.appProperties as Record<string, string | null>)) {
        if (v === null) delete file.appProperties[k];
        else file.appProperties[k] = v;
      }
    }
    const add = q.get('addParents')?.split(',').filter(Boolean) ?? [];
    const remove = new Set(q.get('removeParents')?.split(',').filter(Boolean) ?? []);
    if (add.length || remove.size) file.parents = [...file.parents.filter((p) => !remove.has(p)), ...add];
    if (upload) this.setContent(file, upload.media);
    else file.modifiedTime = new Date().toISOString();
    this.stats.updates++;
    this.onCommit?.('update', file);
    const fields = parseFields(q.get('fields') ?? undefined);
    return { status: 200, body: project(this.resource(file), fields?.top ?? new Set(['kind', 'id', 'name', 'mimeType'])) };
  }
}
