// A small Google Workspace for the add-on to run in: people, one shared Drive, the open editor file, and per-user
// properties and caches, all behind the Apps Script service fakes that count every call.
import type { DocsDocument, SandboxGlobals } from '../src/platform/apps-script';
import { CallLog, type ServiceCall } from './call-log';
import { fakeCardService } from './fakes/card-service';
import { DOC_MIME, FakeDrive, SHEET_MIME, type FakeFile } from './fakes/drive';
import { FakeEditors, type FakeSpreadsheetData } from './fakes/editors';
import { AppsScriptException } from './fakes/errors';
import { readManifest } from './host';
import { FakeCache, FakeLock, FakeLockState, FakeProperties, fakeUrlFetchApp, fakeUtilities, tokenFor } from './fakes/services';

export class FakeWorkspace {
  readonly log = new CallLog();
  /** The signed-in user of the current execution. */
  user = 'alex@example.com';
  /** Session.getActiveUser().getEmail() answers "" (what its reference says it does when a security policy withholds the address). */
  withholdEmail = false;
  /** Milliseconds since 1970, moved by tests (cache expiry, timestamps stay real). */
  now = Date.parse('2026-03-02T09:00:00Z');
  execution = 0;
  readonly drive = new FakeDrive(this.log, () => this.user);
  readonly editors = new FakeEditors(
    this.log,
    (id) => this.drive.appAccess.has(`${this.user}|${id}`),
    (id) => this.documentForDocumentApp(id),
    (id) => this.activeImportedDoc(id),
  );
  /** The scopes the add-on was granted: the manifest's (a test may narrow them). */
  scopes: string[] = readManifest().oauthScopes;

  /**
   * DocumentApp.openById: needs the documents scope (its reference's Authorization section), and opens any Doc
   * the user can read, whether or not the add-on made it (it does not go through drive.file).
   */
  private documentForDocumentApp(id: string): { file: FakeFile; canEdit: boolean } {
    if (!this.scopes.includes('https://www.googleapis.com/auth/documents')) throw new AppsScriptException('You do not have permission to call DocumentApp.openById. Required permissions: https://www.googleapis.com/auth/documents');
    const file = this.drive.files.get(id);
    const role = file && !file.trashed ? this.drive.roleOf(this.user, file) : undefined;
    if (!file || !role || file.mimeType !== DOC_MIME) throw new AppsScriptException('Document is missing (perhaps it was deleted, or you don\'t have read access?)');
    return { file, canEdit: role === 'owner' || role === 'writer' };
  }
  /**
   * DocumentApp.getActiveDocument on a Doc kept in Drive (a career path's Doc, opened in Docs): documents.currentonly
   * is enough, for the open Doc only (the scope's reference), once the user granted the add-on the file.
   */
  private activeImportedDoc(id: string): { file: FakeFile; canEdit: boolean } | undefined {
    if (!this.scopes.some((s) => s === 'https://www.googleapis.com/auth/documents' || s === 'https://www.googleapis.com/auth/documents.currentonly')) {
      throw new AppsScriptException('You do not have permission to call DocumentApp.getActiveDocument. Required permissions: https://www.googleapis.com/auth/documents.currentonly');
    }
    const file = this.drive.files.get(id);
    const role = file && !file.trashed ? this.drive.roleOf(this.user, file) : undefined;
    if (!file || !role || file.mimeType !== DOC_MIME) return undefined;
    return { file, canEdit: role === 'owner' || role === 'writer' };
  }
  readonly lock = new FakeLockState();
  readonly logs: string[] = [];
  /** Every execution the host ran (trigger or card action) and the service calls it made. */
  readonly executions: { name: string; calls: ServiceCall[] }[] = [];
  private readonly userProps = new Map<string, FakeProperties>();
  private readonly scriptProps = new FakeProperties(this.log, 'script');
  private readonly userCaches = new Map<string, FakeCache>();
  private readonly scriptCache = new FakeCache(this.log, () => this.now);

  as(email: string): this {
    this.user = email.toLowerCase();
    return this;
  }

  userProperties(email = this.user): FakeProperties {
    let p = this.userProps.get(email);
    if (!p) this.userProps.set(email, (p = new FakeProperties(this.log, 'user')));
    return p;
  }

  userCache(email = this.user): FakeCache {
    let c = this.userCaches.get(email);
    if (!c) this.userCaches.set(email, (c = new FakeCache(this.log, () => this.now)));
    return c;
  }

  /** A Google Doc someone wrote (a job description): its Docs API structure, owned by `owner`. */
  addGoogleDoc(owner: string, name: string, document: DocsDocument): FakeFile {
    const file = this.drive.addFile({ name, mimeType: DOC_MIME, owner, docsJson: { ...document, title: name } });
    file.docsJson!.documentId = file.id;
    this.editors.documentBodies.set(file.id, { elements: (document.body?.content ?? []).filter((e) => !e.sectionBreak).length });
    return file;
  }

  /** A Google Sheet someone keeps (a KSA matrix). */
  addSpreadsheet(owner: string, data: Omit<FakeSpreadsheetData, 'id'>): FakeFile {
    const file = this.drive.addFile({ name: data.name, mimeType: SHEET_MIME, owner });
    this.editors.spreadsheets.set(file.id, { ...data, id: file.id });
    return file;
  }

  /** The services as globals of the add-on's script (what the vm context holds). */
  globals(): SandboxGlobals & { console: Pick<Console, 'log' | 'warn' | 'error' | 'info'> } {
    const record = (level: string) => (...args: unknown[]) => this.logs.push(`${level}: ${args.map(String).join(' ')}`);
    return {
      CardService: fakeCardService(),
      Drive: this.drive.service,
      Docs: this.drive.docs,
      DocumentApp: this.editors.documentApp,
      SpreadsheetApp: this.editors.spreadsheetApp,
      PropertiesService: { getUserProperties: () => this.userProperties(), getScriptProperties: () => this.scriptProps },
      CacheService: { getUserCache: () => this.userCache(), getScriptCache: () => this.scriptCache },
      LockService: {
        getScriptLock: () => new FakeLock(this.lock, () => String(this.execution), this.log),
        getUserLock: () => new FakeLock(this.lock, () => String(this.execution), this.log),
      },
      Session: { getActiveUser: () => ({ getEmail: () => (this.withholdEmail ? '' : this.user) }), getScriptTimeZone: () => 'Etc/UTC' },
      Utilities: fakeUtilities(),
      UrlFetchApp: fakeUrlFetchApp(this.drive, () => this.user, this.log),
      ScriptApp: { getOAuthToken: () => tokenFor(this.user) },
      console: { log: record('log'), info: record('info'), warn: record('warn'), error: record('error') },
    };
  }
}
