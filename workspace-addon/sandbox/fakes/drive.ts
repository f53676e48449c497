// A Drive shared by several people, seen through the add-on's drive.file scope: a user's add-on sees a file only
// when the user may read it (directly or through a group) AND the add-on created it for them or was given it
// (file-scope grant). The Drive advanced service (v3: ids from generateIds, creates that refuse an existing id,
// sharing that an organisation's policy may refuse), the REST media download through UrlFetchApp, and the Docs
// API read from it.
import type { PlacedImage } from './document-body';
import type * as Api from '../../src/platform/apps-script';
import type { CallLog } from '../call-log';
import { AppsScriptException, GoogleJsonResponseException } from './errors';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export interface FakeFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  appProperties: Record<string, string>;
  owner: string;
  /** email (of a person or a group) -> role */
  permissions: Map<string, 'owner' | 'writer' | 'commenter' | 'reader'>;
  /** Stored bytes for binary files; the imported HTML for Google Docs. */
  content: string;
  /** Google Docs: the structure documents.get returns. */
  docsJson?: Api.DocsDocument;
  /** Google Docs: images placed with DocumentApp's Body.insertImage since the last import. */
  placedImages?: PlacedImage[];
  createdTime: string;
  modifiedTime: string;
  trashed: boolean;
}

export interface SharedEmail {
  to: string;
  fileId: string;
  role: string;
  message?: string;
}

export interface SharedWith {
  email: string;
  type: 'user' | 'group';
  fileId: string;
  role: string;
  notified: boolean;
}

const ROLE_RANK = { reader: 1, commenter: 2, writer: 3, owner: 4 } as const;

/**
 * A failure to play once, for the next call of `method` whose detail (the file's name, or its id) matches:
 * 'lost-answer' does the work and then fails as if Drive's answer never arrived (503 Backend Error); 'refused'
 * fails before doing anything.
 */
export interface DriveFault {
  method: 'Files.create' | 'Files.update' | 'Permissions.create';
  match?: RegExp;
  effect: 'lost-answer' | 'refused';
  code?: number;
  message?: string;
}

export class FakeBlob implements Api.Blob {
  constructor(
    private readonly data: string,
    private readonly contentType: string | null,
    private name: string | null,
    /** A blob made from bytes (Utilities.newBlob(Byte[])). */
    readonly bytes?: Uint8Array,
  ) {}
  getDataAsString() {
    return this.bytes ? String.fromCharCode(...this.bytes.subarray(0, 65536)) : this.data;
  }
  getContentType() {
    return this.contentType;
  }
  getName() {
    return this.name;
  }
}

type Clause = (f: FakeFile) => boolean;

/** The Drive query forms Trellis uses; anything else is refused, so the add-on cannot lean on untested syntax. */
export function parseDriveQuery(q: string): Clause {
  const clauses: Clause[] = [];
  const str = `'((?:[^'\\\\]|\\\\.)*)'`;
  const unquote = (s: string) => s.replace(/\\(.)/g, '$1');
  const rest = q.trim().split(/\s+and\s+(?![^{]*})/i);
  for (const part of rest) {
    const p = part.trim();
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^name\\s*=\\s*${str}$`).exec(p))) {
      const v = unquote(m[1]!);
      clauses.push((f) => f.name === v);
    } else if ((m = new RegExp(`^mimeType\\s*=\\s*${str}$`).exec(p))) {
      const v = unquote(m[1]!);
      clauses.push((f) => f.mimeType === v);
    } else if ((m = /^trashed\s*=\s*(true|false)$/.exec(p))) {
      const v = m[1] === 'true';
      clauses.push((f) => f.trashed === v);
    } else if ((m = new RegExp(`^${str}\\s+in\\s+parents$`).exec(p))) {
      const v = unquote(m[1]!);
      clauses.push((f) => f.parents.includes(v));
    } else if ((m = new RegExp(`^appProperties\\s+has\\s+\\{\\s*key\\s*=\\s*${str}\\s+and\\s+value\\s*=\\s*${str}\\s*\\}$`).exec(p))) {
      const k = unquote(m[1]!);
      const v = unquote(m[2]!);
      clauses.push((f) => f.appProperties[k] === v);
    } else {
      throw new GoogleJsonResponseException('drive.files.list', 400, `Invalid Value (query clause not understood: ${p})`);
    }
  }
  return (f) => clauses.every((c) => c(f));
}

export class FakeDrive {
  readonly files = new Map<string, FakeFile>();
  /** "email|fileId": the add-on may open this file for this user (drive.file). */
  readonly appAccess = new Set<string>();
  readonly sharedEmails: SharedEmail[] = [];
  /** Every permission created, notified or not. */
  readonly shares: SharedWith[] = [];
  /** Google Groups: group email -> member emails. */
  readonly groups = new Map<string, string[]>();
  /**
   * The organisation's sharing policy: the reason Drive refuses to share a file with `email` (for example a domain
   * that allows no sharing outside it), or undefined when it may.
   */
  sharingRefused?: (email: string, owner: string) => string | undefined;
  /** Failures still to play (see DriveFault). */
  readonly faults: DriveFault[] = [];
  /** Ids handed out by generateIds, per user. */
  private readonly generated = new Map<string, Set<string>>();
  private nextId = 1;
  private clock = Date.parse('2026-03-02T09:00:00Z');

  constructor(
    private readonly log: CallLog,
    private readonly currentUser: () => string,
  ) {}

  newId(prefix = 'f'): string {
    return `${prefix}${String(this.nextId++).padStart(6, '0')}_${'x'.repeat(20)}`;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  /** Puts a file in someone's Drive directly (a document they wrote, a file HR shared), outside the add-on. */
  addFile(file: Partial<FakeFile> & { name: string; mimeType: string; owner: string }): FakeFile {
    const full: FakeFile = {
      id: file.id ?? this.newId(),
      parents: [],
      appProperties: {},
      permissions: new Map([[file.owner, 'owner']]),
      content: '',
      createdTime: '',
      modifiedTime: this.tick(),
      trashed: false,
      ...file,
    };
    if (!full.createdTime) full.createdTime = full.modifiedTime;
    if (!full.permissions.has(file.owner)) full.permissions.set(file.owner, 'owner');
    this.files.set(full.id, full);
    return full;
  }

  /** The next matching call fails (see DriveFault). */
  fail(fault: DriveFault): void {
    this.faults.push(fault);
  }

  private faultFor(method: DriveFault['method'], detail: string | undefined, effect: DriveFault['effect']): DriveFault | undefined {
    const i = this.faults.findIndex((f) => f.method === method && f.effect === effect && (!f.match || f.match.test(detail ?? '')));
    return i < 0 ? undefined : this.faults.splice(i, 1)[0];
  }

  private refuseIfFaulty(method: DriveFault['method'], api: string, detail: string | undefined): void {
    const fault = this.faultFor(method, detail, 'refused');
    if (fault) throw new GoogleJsonResponseException(api, fault.code ?? 500, fault.message ?? 'Internal Error');
  }

  private loseAnswerIfFaulty(method: DriveFault['method'], api: string, detail: string | undefined): void {
    if (this.faultFor(method, detail, 'lost-answer')) throw new GoogleJsonResponseException(api, 503, 'Backend Error');
  }

  /** The user granted the add-on access to a file (file-scope grant, or Drive's request-file-scope). */
  grant(email: string, fileId: string): void {
    this.appAccess.add(`${email}|${fileId}`);
  }

  /** The user's role on the file: their own, or the strongest a group they belong to has. */
  roleOf(email: string, file: FakeFile): string | undefined {
    let best = file.permissions.get(email);
    for (const [group, members] of this.groups) {
      const role = file.permissions.get(group);
      if (role && members.includes(email) && (!best || ROLE_RANK[role] > ROLE_RANK[best])) best = role;
    }
    return best;
  }

  visible(email: string, file: FakeFile | undefined): file is FakeFile {
    return !!file && !file.trashed && !!this.roleOf(email, file) && this.appAccess.has(`${email}|${file.id}`);
  }

  private open(api: string, fileId: string): FakeFile {
    const file = this.files.get(fileId);
    if (!this.visible(this.currentUser(), file)) throw new GoogleJsonResponseException(api, 404, `File not found: ${fileId}.`);
    return file;
  }

  private requireWriter(api: string, file: FakeFile): void {
    const role = this.roleOf(this.currentUser(), file);
    if (role !== 'owner' && role !== 'writer') throw new GoogleJsonResponseException(api, 403, 'The user does not have sufficient permissions for this file.');
  }

  private resource(file: FakeFile): Api.DriveFileResource {
    const role = this.roleOf(this.currentUser(), file);
    return {
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      parents: [...file.parents],
      appProperties: { ...file.appProperties },
      createdTime: file.createdTime,
      modifiedTime: file.modifiedTime,
      webViewLink: file.mimeType === DOC_MIME ? `https://docs.google.com/document/d/${file.id}/edit` : `https://drive.google.com/file/d/${file.id}/view`,
      capabilities: { canEdit: role === 'owner' || role === 'writer', canShare: role === 'owner' || role === 'writer' },
    };
  }

  private setAppProperties(file: FakeFile, props: Record<string, string | null> | undefined): void {
    for (const [key, value] of Object.entries(props ?? {})) {
      if (value === null) {
        delete file.appProperties[key];
        continue;
      }
      if (typeof value !== 'string') throw new GoogleJsonResponseException('drive.files', 400, `Invalid value for appProperties.${key}`);
      if (Buffer.byteLength(key + value, 'utf8') > 124) throw new GoogleJsonResponseException('drive.files', 400, `The size of the property ${key} exceeds the 124 bytes limit.`);
      file.appProperties[key] = value;
    }
    if (Object.keys(file.appProperties).length > 30) throw new GoogleJsonResponseException('drive.files', 400, 'A file may have at most 30 app properties.');
  }

  private store(file: FakeFile, blob: Api.Blob | undefined, api: string): void {
    if (!blob) return;
    if (!(blob instanceof FakeBlob)) throw new AppsScriptException(`Invalid argument: mediaData (${api})`);
    const data = blob.getDataAsString();
    if (file.mimeType === DOC_MIME) {
      if (blob.getContentType() !== 'text/html' && blob.getContentType() !== 'text/plain') throw new GoogleJsonResponseException(api, 400, `Cannot convert ${blob.getContentType()} to a Google Doc.`);
      file.content = data;
      // an import replaces the whole document, images placed in the old one included
      file.placedImages = [];
    } else if (file.mimeType === FOLDER_MIME) {
      throw new GoogleJsonResponseException(api, 400, 'A folder has no content.');
    } else {
      file.content = data;
    }
  }

  readonly service: Api.DriveAdvancedService = {
    Files: {
      list: (args) => {
        this.log.record('Drive', 'Files.list', { detail: args.q });
        if (!args || typeof args.q !== 'string') throw new GoogleJsonResponseException('drive.files.list', 400, 'q is required by Trellis');
        const match = parseDriveQuery(args.q);
        const me = this.currentUser();
        const all = [...this.files.values()].filter((f) => this.visible(me, f) && match(f));
        const size = Math.min(args.pageSize ?? 100, 1000);
        const start = Number(args.pageToken ?? 0);
        const page = all.slice(start, start + size).map((f) => this.resource(f));
        return start + size < all.length ? { files: page, nextPageToken: String(start + size) } : { files: page };
      },
      get: (fileId, args) => {
        this.log.record('Drive', 'Files.get', { detail: fileId });
        if (!args?.fields) throw new GoogleJsonResponseException('drive.files.get', 400, 'Trellis always names the fields it needs');
        return this.resource(this.open('drive.files.get', fileId));
      },
      create: (resource, ...rest) => {
        this.log.record('Drive', 'Files.create', { detail: resource.name });
        // the reference's create takes the resource alone, or a media Blob after it (never a missing one)
        const [mediaData] = rest;
        if (rest.length && !(mediaData instanceof FakeBlob)) throw new GoogleJsonResponseException('drive.files.create', 400, 'mediaData must be a Blob when given');
        const me = this.currentUser();
        if (!resource.name) throw new GoogleJsonResponseException('drive.files.create', 400, 'name is required by Trellis');
        this.refuseIfFaulty('Files.create', 'drive.files.create', resource.name);
        if (resource.id !== undefined) {
          if (this.files.has(resource.id)) throw new GoogleJsonResponseException('drive.files.create', 409, 'A file already exists with the provided ID.');
          if (!this.generated.get(me)?.has(resource.id)) throw new GoogleJsonResponseException('drive.files.create', 400, 'The provided file ID is not usable.');
        }
        for (const parent of resource.parents ?? []) {
          const folder = this.open('drive.files.create', parent);
          if (folder.mimeType !== FOLDER_MIME) throw new GoogleJsonResponseException('drive.files.create', 400, `${parent} is not a folder`);
          this.requireWriter('drive.files.create', folder);
        }
        const created = this.tick();
        const file: FakeFile = {
          id: resource.id ?? this.newId(),
          name: resource.name,
          mimeType: resource.mimeType ?? (mediaData?.getContentType() || 'application/octet-stream'),
          parents: resource.parents ?? [],
          appProperties: {},
          owner: me,
          permissions: new Map([[me, 'owner']]),
          content: '',
          createdTime: created,
          modifiedTime: created,
          trashed: false,
        };
        this.setAppProperties(file, resource.appProperties);
        this.store(file, mediaData, 'drive.files.create');
        this.generated.get(me)?.delete(file.id);
        this.files.set(file.id, file);
        this.grant(me, file.id);
        this.loseAnswerIfFaulty('Files.create', 'drive.files.create', resource.name);
        return this.resource(file);
      },
      update: (resource, fileId, ...rest) => {
        this.log.record('Drive', 'Files.update', { detail: fileId });
        const [mediaData] = rest;
        if (rest.length && !(mediaData instanceof FakeBlob)) throw new GoogleJsonResponseException('drive.files.update', 400, 'mediaData must be a Blob when given');
        const file = this.open('drive.files.update', fileId);
        this.requireWriter('drive.files.update', file);
        this.refuseIfFaulty('Files.update', 'drive.files.update', file.name);
        if (resource.name) file.name = resource.name;
        this.setAppProperties(file, resource.appProperties);
        this.store(file, mediaData, 'drive.files.update');
        file.modifiedTime = this.tick();
        return this.resource(file);
      },
      generateIds: (args) => {
        this.log.record('Drive', 'Files.generateIds', { detail: String(args?.count) });
        const count = args?.count ?? 10;
        if (!Number.isInteger(count) || count < 1 || count > 1000) throw new GoogleJsonResponseException('drive.files.generateIds', 400, 'Invalid count');
        const me = this.currentUser();
        const ids = Array.from({ length: count }, () => this.newId('g'));
        const mine = this.generated.get(me) ?? new Set<string>();
        ids.forEach((id) => mine.add(id));
        this.generated.set(me, mine);
        return { ids };
      },
      remove: (fileId) => {
        this.log.record('Drive', 'Files.remove', { detail: fileId });
        const file = this.open('drive.files.delete', fileId);
        if (this.roleOf(this.currentUser(), file) !== 'owner') throw new GoogleJsonResponseException('drive.files.delete', 403, 'The user does not have sufficient permissions for this file.');
        this.files.delete(fileId);
      },
    },
    Permissions: {
      create: (resource, fileId, args) => {
        this.log.record('Drive', 'Permissions.create', { detail: `${fileId} ${resource.role} ${resource.emailAddress}` });
        const file = this.open('drive.permissions.create', fileId);
        this.requireWriter('drive.permissions.create', file);
        if ((resource.type !== 'user' && resource.type !== 'group') || !resource.emailAddress) throw new GoogleJsonResponseException('drive.permissions.create', 400, 'Trellis shares with people and groups by email');
        if (!['writer', 'commenter', 'reader'].includes(resource.role)) throw new GoogleJsonResponseException('drive.permissions.create', 400, `role ${resource.role} not allowed`);
        const email = resource.emailAddress.toLowerCase();
        if (resource.type === 'group' && !this.groups.has(email)) throw new GoogleJsonResponseException('drive.permissions.create', 400, `Invalid sharing request: ${email} is not a group.`);
        if (args?.emailMessage !== undefined && args.sendNotificationEmail === false) throw new GoogleJsonResponseException('drive.permissions.create', 400, 'emailMessage is only valid when a notification email is sent');
        this.refuseIfFaulty('Permissions.create', 'drive.permissions.create', email);
        const refused = this.sharingRefused?.(email, file.owner);
        if (refused) throw new GoogleJsonResponseException('drive.permissions.create', 403, `${refused} (shareOutNotPermitted)`);
        const current = file.permissions.get(email);
        if (current !== 'owner') file.permissions.set(email, resource.role);
        const notified = args?.sendNotificationEmail !== false;
        this.shares.push({ email, type: resource.type, fileId, role: resource.role, notified });
        if (notified) this.sharedEmails.push({ to: email, fileId, role: resource.role, message: args?.emailMessage });
        return { id: `perm-${email}`, type: resource.type, role: resource.role, emailAddress: email };
      },
    },
  };

  /** GET https://www.googleapis.com/drive/v3/files/{id}?alt=media, as the REST API answers it. */
  mediaDownload(fileId: string): { status: number; body: string } {
    const file = this.files.get(fileId);
    if (!this.visible(this.currentUser(), file)) return { status: 404, body: JSON.stringify({ error: { code: 404, message: `File not found: ${fileId}.` } }) };
    if (file.mimeType.startsWith('application/vnd.google-apps.')) return { status: 403, body: JSON.stringify({ error: { code: 403, message: 'Only files with binary content can be downloaded. Use Export with Docs Editors files.' } }) };
    return { status: 200, body: file.content };
  }

  /** documents.get through the Docs advanced service. */
  readonly docs: Api.DocsAdvancedService = {
    Documents: {
      get: (documentId) => {
        this.log.record('Docs', 'Documents.get', { dataRead: true, detail: documentId });
        const file = this.files.get(documentId);
        if (!this.visible(this.currentUser(), file)) throw new GoogleJsonResponseException('docs.documents.get', 403, 'The caller does not have permission');
        if (file.mimeType !== DOC_MIME || !file.docsJson) throw new GoogleJsonResponseException('docs.documents.get', 400, 'This operation is not supported for this document');
        return structuredClone(file.docsJson);
      },
    },
  };

  filesNamed(pattern: RegExp): FakeFile[] {
    return [...this.files.values()].filter((f) => pattern.test(f.name));
  }
}
