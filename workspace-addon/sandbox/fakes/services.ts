// The small services, with the platform's limits: PropertiesService (strings, 9 KB a value), CacheService (100 KB
// a value, six hours at most, 1,000 items a cache), LockService (one holder across every execution of the script),
// Session, Utilities (blobs up to 50 MB), ScriptApp and UrlFetchApp (no network: only the Drive media endpoint,
// answered by the fake Drive, responses up to 50 MB).
import type * as Api from '../../src/platform/apps-script';
import type { CallLog } from '../call-log';
import type { FakeDrive } from './drive';
import { FakeBlob } from './drive';
import { AppsScriptException } from './errors';

export class FakeProperties implements Api.Properties {
  readonly data = new Map<string, string>();
  constructor(
    private readonly log: CallLog,
    private readonly scope: string,
  ) {}
  getProperty(key: string) {
    this.log.record('PropertiesService', `${this.scope}.getProperty`);
    return this.data.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    this.log.record('PropertiesService', `${this.scope}.setProperty`);
    if (typeof value !== 'string') throw new AppsScriptException('Invalid argument: value (properties hold strings)');
    if (bytes(value) > 9 * 1024) throw new AppsScriptException('Argument too large: value');
    const total = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : bytes(k) + bytes(v)), 0) + bytes(key) + bytes(value);
    if (total > 500 * 1024) throw new AppsScriptException('You have exceeded the property storage quota.');
    this.data.set(key, value);
    return this;
  }
  deleteProperty(key: string) {
    this.log.record('PropertiesService', `${this.scope}.deleteProperty`);
    this.data.delete(key);
    return this;
  }
}

/** Apps Script Cache reference: keys up to 250 characters, values up to 100 KB, 21,600 s at most. */
export const CACHE_VALUE_BYTES = 100 * 1024;
/** The Cache reference: "The cap for cached items is 1,000"; beyond it the cache keeps the 900 farthest from expiry. */
export const CACHE_MAX_ITEMS = 1000;
export const CACHE_ITEMS_KEPT = 900;
/** Apps Script's size limit for a blob, and for a UrlFetchApp request or response: 50 MB. */
export const BLOB_MAX_BYTES = 50 * 1024 * 1024;

export const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export class FakeCache implements Api.Cache {
  private readonly data = new Map<string, { value: string; until: number; written: number }>();
  private writes = 0;
  /** Items the cap pushed out (the add-on must not rely on them coming back). */
  evicted = 0;
  constructor(
    private readonly log: CallLog,
    private readonly now: () => number,
  ) {}
  /** Items held now (expired ones do not count). */
  size(): number {
    this.dropExpired();
    return this.data.size;
  }
  private dropExpired() {
    const now = this.now();
    for (const [k, v] of this.data) if (v.until <= now) this.data.delete(k);
  }
  private store(key: string, value: string, seconds: number) {
    this.data.delete(key);
    this.data.set(key, { value, until: this.now() + seconds * 1000, written: ++this.writes });
  }
  /** Over 1,000 items the cache keeps the 900 farthest from expiry (newest writes first among equals). */
  private enforceCap() {
    if (this.data.size <= CACHE_MAX_ITEMS) return;
    this.dropExpired();
    if (this.data.size <= CACHE_MAX_ITEMS) return;
    const keep = [...this.data].sort(([, a], [, b]) => b.until - a.until || b.written - a.written).slice(0, CACHE_ITEMS_KEPT);
    this.evicted += this.data.size - keep.length;
    this.data.clear();
    for (const [k, v] of keep.sort(([, a], [, b]) => a.written - b.written)) this.data.set(k, v);
  }
  private check(key: string, value?: string, seconds?: number) {
    if (typeof key !== 'string' || key.length > 250) throw new AppsScriptException('Invalid argument: key');
    if (value !== undefined && (typeof value !== 'string' || bytes(value) > CACHE_VALUE_BYTES)) throw new AppsScriptException('Argument too large: value');
    if (seconds !== undefined && (seconds < 1 || seconds > 21_600)) throw new AppsScriptException('Invalid argument: expirationInSeconds');
  }
  private live(key: string): string | null {
    const hit = this.data.get(key);
    if (!hit || hit.until <= this.now()) return null;
    return hit.value;
  }
  get(key: string) {
    this.log.record('CacheService', 'get');
    this.check(key);
    return this.live(key);
  }
  getAll(keys: string[]) {
    this.log.record('CacheService', 'getAll');
    const out: Record<string, string> = {};
    for (const key of keys) {
      const v = this.live(key);
      if (v !== null) out[key] = v;
    }
    return out;
  }
  put(key: string, value: string, seconds = 600) {
    this.log.record('CacheService', 'put');
    this.check(key, value, seconds);
    this.store(key, value, seconds);
    this.enforceCap();
  }
  putAll(values: Record<string, string>, seconds = 600) {
    this.log.record('CacheService', 'putAll');
    for (const [k, v] of Object.entries(values)) this.check(k, v, seconds);
    for (const [k, v] of Object.entries(values)) this.store(k, v, seconds);
    this.enforceCap();
  }
  remove(key: string) {
    this.log.record('CacheService', 'remove');
    this.data.delete(key);
  }
  removeAll(keys: string[]) {
    this.log.record('CacheService', 'removeAll');
    for (const k of keys) this.data.delete(k);
  }
  /** For tests: forget everything, as when entries expire. */
  clear() {
    this.data.clear();
  }
}

/** One lock shared by every execution of the script; `heldElsewhere` simulates another user saving right now. */
export class FakeLockState {
  holder: string | undefined;
  heldElsewhere = false;
  acquisitions = 0;
}

export class FakeLock implements Api.Lock {
  constructor(
    private readonly state: FakeLockState,
    private readonly execution: () => string,
    private readonly log: CallLog,
  ) {}
  tryLock(timeoutInMillis: number) {
    this.log.record('LockService', 'tryLock');
    if (typeof timeoutInMillis !== 'number' || timeoutInMillis < 0 || timeoutInMillis > 300_000) throw new AppsScriptException('Invalid argument: timeoutInMillis');
    if (this.state.heldElsewhere || (this.state.holder && this.state.holder !== this.execution())) return false;
    this.state.holder = this.execution();
    this.state.acquisitions++;
    return true;
  }
  waitLock(timeoutInMillis: number) {
    if (!this.tryLock(timeoutInMillis)) throw new AppsScriptException('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock() {
    this.log.record('LockService', 'releaseLock');
    if (this.state.holder === this.execution()) this.state.holder = undefined;
  }
  hasLock() {
    return this.state.holder === this.execution();
  }
}

export function fakeUtilities(): Api.UtilitiesApi {
  let n = 0;
  return {
    newBlob: (data, contentType, name) => {
      // Byte[]: Apps Script's bytes are signed, -128 to 127
      if (Array.isArray(data)) {
        if (!data.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)) throw new AppsScriptException('Invalid argument: data (Byte[] values are -128 to 127)');
        if (data.length > BLOB_MAX_BYTES) throw new AppsScriptException(`Blob too large: ${data.length} bytes (Apps Script blobs hold at most 50 MB)`);
        return new FakeBlob('', contentType ?? null, name ?? null, Uint8Array.from(data, (b) => b & 0xff));
      }
      if (typeof data !== 'string') throw new AppsScriptException('Invalid argument: data');
      if (bytes(data) > BLOB_MAX_BYTES) throw new AppsScriptException(`Blob too large: ${bytes(data)} bytes (Apps Script blobs hold at most 50 MB)`);
      return new FakeBlob(data, contentType ?? null, name ?? null);
    },
    getUuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

export function tokenFor(email: string): string {
  return `fake-oauth-token:${email}`;
}

export class FakeHttpResponse implements Api.HttpResponse {
  constructor(
    private readonly status: number,
    private readonly body: string,
  ) {}
  getResponseCode() {
    return this.status;
  }
  getContentText() {
    return this.body;
  }
}

/** UrlFetchApp with no network: the only address it reaches is Drive's media download, served by the fake Drive. */
export function fakeUrlFetchApp(drive: FakeDrive, currentUser: () => string, log: CallLog): Api.UrlFetchAppApi {
  return {
    fetch: (url, params) => {
      log.record('UrlFetchApp', 'fetch', { detail: url });
      const m = /^https:\/\/www\.googleapis\.com\/drive\/v3\/files\/([^/?]+)\?alt=media$/.exec(url);
      if (!m) throw new AppsScriptException(`Address unavailable in the sandbox: ${url}`);
      const auth = params?.headers?.Authorization;
      const answer = auth !== `Bearer ${tokenFor(currentUser())}` ? { status: 401, body: '{"error":{"code":401,"message":"Login Required."}}' } : drive.mediaDownload(decodeURIComponent(m[1]!));
      if (bytes(answer.body) > BLOB_MAX_BYTES) throw new AppsScriptException(`UrlFetch response too large: ${bytes(answer.body)} bytes (at most 50 MB)`);
      if (answer.status !== 200 && !params?.muteHttpExceptions) throw new AppsScriptException(`Request failed for https://www.googleapis.com returned code ${answer.status}. Truncated server response: ${answer.body.slice(0, 100)}`);
      return new FakeHttpResponse(answer.status, answer.body);
    },
  };
}
