// A fake Google Drive v3 / Sheets v4 / OAuth server on loopback, for testing the real googleapis client without
// the internet: files.list (q, fields, paging), files.get (metadata and alt=media), files.create and files.update
// (metadata, multipart and media uploads, with ids from files.generateIds), permissions, spreadsheets.get with
// merges, values.get and batchGet, and the OAuth authorization-code flow with PKCE. Faults and latency can be
// injected, at random or aimed at one request, to test retries and resumption.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDriveQuery, parseFields, project, QueryError } from './drive-query';
import { ArmedFaults, FaultInjector, type ArmedFaultKind, type FaultPlan } from './faults';
import { parseMultipartRelated } from './multipart';
import { spreadsheetResource, valueRange, type FakeSpreadsheet } from './sheets';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface FakeFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
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
  /** Bearer tokens the API accepts (default: "test-access-token"). */
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

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string | Record<string, unknown>;
}

const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function driveError(code: number, reason: string, message: string, location?: string): Reply {
  const status = { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 409: 'ALREADY_EXISTS', 429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE' }[code] ?? 'UNKNOWN';
  return { status: code, body: { error: { code, message, status, errors: [{ domain: code === 403 || code === 429 ? 'usageLimits' : 'global', reason, message, ...(location ? { location, locationType: 'parameter' } : {}) }] } } };
}

export class FakeGoogle {
  readonly files = new Map<string, FakeFile>();
  readonly permissions = new Map<string, FakePermission[]>();
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly tokens: Set<string>;
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
  readonly oauthClients = new Map<string, string>();
  private codes = new Map<string, { clientId: string; redirectUri: string; challenge?: string; scope: string }>();
  private refreshTokens = new Map<string, string>();
  private server!: Server;
  private nextId = 1;
  url = '';

  private constructor(options: FakeGoogleOptions) {
    this.tokens = new Set(options.tokens ?? ['test-access-token']);
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

  addFolder(name: string, parents = ['root']): FakeFile {
    return this.addFile({ name, parents, mimeType: FOLDER_MIME });
  }

  addFile(input: { id?: string; name: string; parents?: string[]; content?: string | Buffer; mimeType?: string; appProperties?: Record<string, string> }): FakeFile {
    const now = new Date().toISOString();
    const file: FakeFile = {
      id: input.id ?? this.newId(),
      name: input.name,
      mimeType: input.mimeType ?? 'application/json',
      parents: input.parents ?? ['root'],
      trashed: false,
      appProperties: { ...input.appProperties },
      content: Buffer.from(input.content ?? ''),
      version: 1,
      headRevisionId: randomBytes(8).toString('hex'),
      createdTime: now,
      modifiedTime: now,
    };
    this.files.set(file.id, file);
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

  registerOAuthClient(clientId: string, secret: string): void {
    this.oauthClients.set(clientId, secret);
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
        reply = isApi && !this.authorized(req) ? driveError(401, 'authError', 'Request had invalid authentication credentials.') : this.route(req.method ?? 'GET', url, req, body);
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

  private authorized(req: IncomingMessage): boolean {
    const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    return !!m && this.tokens.has(m[1]!);
  }

  private count(route: string): void {
    this.stats.byRoute[route] = (this.stats.byRoute[route] ?? 0) + 1;
  }

  private route(method: string, url: URL, req: IncomingMessage, body: Buffer): Reply {
    const p = url.pathname;
    const q = url.searchParams;
    let m: RegExpExecArray | null;
    if (method === 'GET' && p === '/drive/v3/files') return this.list(q);
    if (method === 'GET' && p === '/drive/v3/files/generateIds') return this.generateIds(q);
    if (method === 'POST' && p === '/drive/v3/files') return this.create(q, JSON.parse(body.toString() || '{}'), undefined);
    if ((m = /^\/drive\/v3\/files\/([^/]+)$/.exec(p))) {
      const file = this.files.get(decodeURIComponent(m[1]!));
      if (!file) return driveError(404, 'notFound', `File not found: ${decodeURIComponent(m[1]!)}.`, 'fileId');
      if (method === 'GET') return this.get(file, q);
      if (method === 'PATCH') return this.update(file, q, JSON.parse(body.toString() || '{}'), undefined);
    }
    if (method === 'POST' && p === '/upload/drive/v3/files') {
      const upload = this.upload(q, req, body);
      return this.create(q, upload.metadata, upload);
    }
    if (method === 'PATCH' && (m = /^\/upload\/drive\/v3\/files\/([^/]+)$/.exec(p))) {
      const file = this.files.get(decodeURIComponent(m[1]!));
      if (!file) return driveError(404, 'notFound', `File not found: ${m[1]}.`, 'fileId');
      const upload = this.upload(q, req, body);
      return this.update(file, q, upload.metadata, upload);
    }
    if ((m = /^\/drive\/v3\/files\/([^/]+)\/permissions$/.exec(p))) {
      const file = this.files.get(decodeURIComponent(m[1]!));
      if (!file) return driveError(404, 'notFound', `File not found: ${m[1]}.`, 'fileId');
      const list = this.permissions.get(file.id) ?? [];
      if (method === 'GET') {
        this.count('permissions.list');
        return { status: 200, body: { kind: 'drive#permissionList', permissions: list } };
      }
      if (method === 'POST') {
        this.count('permissions.create');
        const input = JSON.parse(body.toString()) as FakePermission;
        if (!['reader', 'commenter', 'writer', 'owner'].includes(input.role)) return driveError(400, 'invalid', `Invalid role ${input.role}`, 'role');
        const permission = { id: `perm${list.length + 1}`, type: input.type, role: input.role, emailAddress: input.emailAddress };
        this.permissions.set(file.id, [...list, permission]);
        this.onCommit?.('permission', file);
        return { status: 200, body: { kind: 'drive#permission', ...permission } };
      }
    }
    if ((m = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(p))) return this.sheets(decodeURIComponent(m[1]!), m[2]!, q);
    if (method === 'GET' && p === '/o/oauth2/v2/auth') return this.authorize(q);
    if (method === 'POST' && p === '/token') return this.token(new URLSearchParams(body.toString()));
    return driveError(404, 'notFound', `no route ${method} ${p}`);
  }

  private upload(q: URLSearchParams, req: IncomingMessage, body: Buffer): { metadata: Record<string, unknown>; media: Buffer } {
    const type = q.get('uploadType');
    if (type === 'multipart') return parseMultipartRelated(body, req.headers['content-type'] ?? '');
    if (type === 'media') return { metadata: {}, media: body };
    throw new Error(`uploadType ${type} is not supported by the fake (use multipart or media)`);
  }

  private list(q: URLSearchParams): Reply {
    this.stats.lists++;
    this.count('files.list');
    const match = parseDriveQuery(q.get('q') ?? undefined);
    const fields = parseFields(q.get('fields') ?? undefined);
    const pageSize = Math.min(this.maxPageSize, Math.max(1, Number(q.get('pageSize') ?? 100)));
    const offset = q.get('pageToken') ? Number(Buffer.from(q.get('pageToken')!, 'base64url').toString()) : 0;
    if (!Number.isInteger(offset)) return driveError(400, 'invalid', 'Invalid pageToken', 'pageToken');
    const indexedBefore = Date.now() - this.listLagMs;
    const all = [...this.files.values()].filter((f) => (!this.listLagMs || Date.parse(f.createdTime) <= indexedBefore) && match(f)).sort((a, b) => a.id.localeCompare(b.id));
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

  private create(q: URLSearchParams, metadata: Record<string, unknown>, upload: { media: Buffer } | undefined): Reply {
    this.count(upload ? 'files.create upload' : 'files.create');
    const parents = (metadata.parents as string[] | undefined) ?? ['root'];
    for (const parent of parents) if (parent !== 'root' && !this.files.has(parent)) return driveError(404, 'notFound', `File not found: ${parent}.`, 'parents');
    const id = metadata.id === undefined ? undefined : String(metadata.id);
    if (id !== undefined) {
      // an id already used is refused, so a repeated create cannot make a second file (Drive answers 409)
      if (this.files.has(id)) return driveError(409, 'fileIdInUse', 'A file already exists with the provided ID.', 'id');
      if (!this.generatedIds.has(id)) return driveError(400, 'fileIdNotUsable', 'The provided file ID is not usable.', 'id');
    }
    const file = this.addFile({ id, name: String(metadata.name ?? 'Untitled'), parents, content: upload?.media, mimeType: String(metadata.mimeType ?? (upload ? 'application/octet-stream' : 'application/octet-stream')), appProperties: metadata.appProperties as Record<string, string> | undefined });
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

  private sheets(id: string, rest: string, q: URLSearchParams): Reply {
    const sheet = this.spreadsheets.get(id);
    if (!sheet) return driveError(404, 'notFound', 'Requested entity was not found.');
    if (rest === '') {
      this.count('spreadsheets.get');
      if (q.get('includeGridData') === 'true') return driveError(400, 'invalid', 'the fake does not serve grid data; use values.batchGet');
      return { status: 200, body: spreadsheetResource(sheet) };
    }
    const render = q.get('valueRenderOption') ?? undefined;
    if (rest === '/values:batchGet') {
      this.count('values.batchGet');
      const ranges = q.getAll('ranges');
      const valueRanges = ranges.map((r) => valueRange(sheet, r, render));
      const missing = ranges.find((_, i) => !valueRanges[i]);
      if (missing) return driveError(400, 'badRequest', `Unable to parse range: ${missing}`);
      return { status: 200, body: { spreadsheetId: id, valueRanges } };
    }
    const m = /^\/values\/(.+)$/.exec(rest);
    if (m) {
      this.count('values.get');
      const range = decodeURIComponent(m[1]!);
      const values = valueRange(sheet, range, render);
      return values ? { status: 200, body: values } : driveError(400, 'badRequest', `Unable to parse range: ${range}`);
    }
    return driveError(404, 'notFound', `no sheets route ${rest}`);
  }

  /** The consent screen, already agreed: redirects to the app's loopback address with a code, as Google does. */
  private authorize(q: URLSearchParams): Reply {
    const clientId = q.get('client_id') ?? '';
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!this.oauthClients.has(clientId)) return { status: 400, body: 'Error 401: invalid_client' };
    if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(redirectUri)) return { status: 400, body: 'Error 400: redirect_uri_mismatch' };
    const code = `code-${randomBytes(8).toString('hex')}`;
    this.codes.set(code, { clientId, redirectUri, challenge: q.get('code_challenge') ?? undefined, scope: q.get('scope') ?? '' });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    if (q.get('state')) back.searchParams.set('state', q.get('state')!);
    back.searchParams.set('scope', q.get('scope') ?? '');
    return { status: 302, headers: { location: back.toString() }, body: '' };
  }

  private token(form: URLSearchParams): Reply {
    const clientId = form.get('client_id') ?? '';
    if (this.oauthClients.get(clientId) !== form.get('client_secret')) return { status: 401, body: { error: 'invalid_client' } };
    const issue = (scope: string, refresh?: string) => {
      const access = `access-${randomBytes(8).toString('hex')}`;
      this.tokens.add(access);
      const refreshToken = refresh ?? `refresh-${randomBytes(8).toString('hex')}`;
      this.refreshTokens.set(refreshToken, scope);
      return { status: 200, body: { access_token: access, expires_in: 3599, token_type: 'Bearer', scope, ...(refresh ? {} : { refresh_token: refreshToken }) } };
    };
    if (form.get('grant_type') === 'authorization_code') {
      const grant = this.codes.get(form.get('code') ?? '');
      if (!grant || grant.clientId !== clientId || grant.redirectUri !== form.get('redirect_uri')) return { status: 400, body: { error: 'invalid_grant' } };
      if (grant.challenge) {
        const verifier = form.get('code_verifier') ?? '';
        if (createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) return { status: 400, body: { error: 'invalid_grant', error_description: 'code_verifier does not match' } };
      }
      this.codes.delete(form.get('code')!);
      return issue(grant.scope);
    }
    if (form.get('grant_type') === 'refresh_token') {
      const scope = this.refreshTokens.get(form.get('refresh_token') ?? '');
      return scope === undefined ? { status: 400, body: { error: 'invalid_grant' } } : issue(scope, form.get('refresh_token')!);
    }
    return { status: 400, body: { error: 'unsupported_grant_type' } };
  }
}
