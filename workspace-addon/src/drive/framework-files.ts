// Frameworks in Drive: one file per version ("engineering.v3.framework.json"), so plans made against an older
// version stay readable after HR re-imports the matrix. A new version is numbered under the script lock, after
// the latest one anybody published (the script properties remember it, since one HR person's add-on cannot see
// another's files), so no two files share an id and a version. Versions never change once written, so a version
// read once is kept in the user's cache (never the script-wide cache: another user may not be allowed to read it).
import { readFramework, toFileJson } from '../../../shared/model/files';
import type { Framework } from '../../../shared/model/framework';
import { frameworkDriveName, frameworkProperties, JSON_MIME } from '../../../shared/storage/drive-files';
import { gas, type DriveFileResource } from '../platform/apps-script';
import { withScriptLock } from '../platform/script-lock';
import { CACHE_SECONDS, cacheGetLarge, cachePutLarge } from '../platform/large-cache';
import { BLOB_MAX_BYTES } from '../platform/limits';
import { utf8Length } from '../platform/utf8';
import { appPropertyValue, createFileOnce, DriveAccessError, findByAppProperties, inCareerFolder, newFileIds, readText } from './drive-files';

export interface FrameworkFile {
  fileId: string;
  id: string;
  version: number;
  name: string;
  createdTime?: string;
  /** Set on the copy of a framework made for one plan (its job description's role added): not HR's. */
  derivedFor?: string;
}

function describe(file: DriveFileResource): FrameworkFile | undefined {
  const p = file.appProperties;
  if (!file.id || !p?.trellisId) return undefined;
  const version = Number(p.trellisRevision);
  const out: FrameworkFile = { fileId: file.id, id: p.trellisId, version: Number.isFinite(version) ? version : 1, name: p.trellisName || file.name || p.trellisId };
  if (file.createdTime) out.createdTime = file.createdTime;
  if (p.trellisDerivedFor) out.derivedFor = p.trellisDerivedFor;
  return out;
}

/**
 * Of several files claiming one id and version (written before versions were numbered under the lock), the one
 * published first: always the same one, whoever asks.
 */
const firstPublished = (a: FrameworkFile, b: FrameworkFile) => (a.createdTime ?? '').localeCompare(b.createdTime ?? '') || a.fileId.localeCompare(b.fileId);

function described(files: DriveFileResource[]): FrameworkFile[] {
  return files.map(describe).filter((f): f is FrameworkFile => !!f);
}

/** Every framework version Trellis can open for this user, newest version of each first. */
export function listFrameworkFiles(): FrameworkFile[] {
  return described(findByAppProperties({ trellisKind: 'framework' })).sort((a, b) => a.name.localeCompare(b.name) || b.version - a.version || firstPublished(a, b));
}

/** The newest version of each of HR's frameworks (the copies made for single plans are left out). */
export function latestFrameworks(): FrameworkFile[] {
  const seen = new Set<string>();
  return listFrameworkFiles().filter((f) => !f.derivedFor && (seen.has(f.id) ? false : (seen.add(f.id), true)));
}

const cacheKey = (id: string, version: number) => `fw:${id}:v${version}`;
const fileIdKey = (id: string, version: number) => `fw-file:${id}:v${version}`;

/**
 * The largest framework file Trellis can write and read back: Apps Script blobs (the upload) and UrlFetchApp
 * answers (the download) hold at most 50 MB.
 */
export const FRAMEWORK_FILE_LIMIT = BLOB_MAX_BYTES;
/** Framework files under this size are indented for people to read; larger ones are written compactly. */
const INDENTED_UP_TO = 1024 * 1024;

/** The framework as its file's text: indented while small, compact when large (half the size of indented). */
export function frameworkFileText(framework: Framework): string {
  const compact = `${JSON.stringify(framework)}\n`;
  return compact.length < INDENTED_UP_TO ? toFileJson(framework) : compact;
}

/** The framework's file would be larger than Apps Script can write or read; nothing was written. */
export class FrameworkTooLargeError extends Error {
  constructor(
    readonly frameworkName: string,
    readonly bytes: number,
  ) {
    super(tooLargeReason(frameworkName, bytes));
    this.name = 'FrameworkTooLargeError';
  }
}

/** Why a framework of this size cannot be published from Apps Script. */
export function tooLargeReason(frameworkName: string, bytes: number): string {
  return `${frameworkName} would be a file of about ${megabytes(bytes)}, and Apps Script can write and read at most ${megabytes(FRAMEWORK_FILE_LIMIT)} at once`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The file text, or FrameworkTooLargeError before anything is written. */
function fileTextWithinLimit(framework: Framework): string {
  const text = frameworkFileText(framework);
  const bytes = utf8Length(text);
  if (bytes > FRAMEWORK_FILE_LIMIT) throw new FrameworkTooLargeError(framework.name, bytes);
  return text;
}

/** A framework read, and the file it came from (so the next read can download it without looking it up). */
export interface LoadedFramework {
  framework: Framework;
  fileId?: string;
}

function remember(framework: Framework, fileId: string, text: string): void {
  cachePutLarge(cacheKey(framework.id, framework.version), text);
  gas().CacheService.getUserCache()?.put(fileIdKey(framework.id, framework.version), fileId, CACHE_SECONDS);
}

/** The framework in `fileId`, when that file holds this id and version (a file id from a card may be stale). */
function fromFile(fileId: string, id: string, version: number): LoadedFramework | undefined {
  try {
    const text = readText(fileId);
    const framework = readFramework(text, frameworkDriveName(id, version));
    if (framework.id !== id || framework.version !== version) return undefined;
    remember(framework, fileId, text);
    return { framework, fileId };
  } catch (error) {
    if (error instanceof DriveAccessError) return undefined;
    throw error;
  }
}

/**
 * A framework version by id: from the user's cache; else from its file when the caller knows it (one download);
 * else by looking it up (one query) and downloading it.
 */
export function loadFramework(id: string, version: number, knownFileId?: string): LoadedFramework | undefined {
  const cached = cacheGetLarge(cacheKey(id, version));
  if (cached) return { framework: readFramework(cached, frameworkDriveName(id, version)), fileId: gas().CacheService.getUserCache()?.get(fileIdKey(id, version)) ?? knownFileId };
  const known = knownFileId ? fromFile(knownFileId, id, version) : undefined;
  if (known) return known;
  const files = described(findByAppProperties({ trellisKind: 'framework', trellisId: id, trellisRevision: String(version) })).sort(firstPublished);
  const file = files[0];
  if (!file) return undefined;
  if (files.length > 1) console.warn(`${files.length} files claim ${frameworkDriveName(id, version)}; using ${file.fileId}, the first published`);
  const text = readText(file.fileId);
  const framework = readFramework(text, frameworkDriveName(id, version));
  remember(framework, file.fileId, text);
  return { framework, fileId: file.fileId };
}

/** A framework file chosen in Drive, by its file id. */
export function loadFrameworkFile(fileId: string, name = fileId): Framework {
  const text = readText(fileId);
  const framework = readFramework(text, name);
  remember(framework, fileId, text);
  return framework;
}

const latestKey = (id: string) => `trellis.frameworkVersion.${id}`;

/** The latest version of the framework anybody published with Trellis, as far as this user can know. */
function latestPublished(id: string): number {
  const remembered = Number(gas().PropertiesService.getScriptProperties().getProperty(latestKey(id)) ?? 0) || 0;
  const visible = described(findByAppProperties({ trellisKind: 'framework', trellisId: id })).reduce((max, f) => Math.max(max, f.version), 0);
  return Math.max(remembered, visible);
}

/**
 * Publishes HR's framework as a new version in the Career paths folder (older versions stay as they are): under
 * the script lock it is numbered after the latest version published, whatever version it was read as (another
 * import may have been published meanwhile). Returns the file, with the version it got.
 */
export function saveFrameworkVersion(framework: Framework): FrameworkFile {
  const text = fileTextWithinLimit(framework);
  return withScriptLock(() => {
    const version = latestPublished(framework.id) + 1;
    const numbered = version === framework.version ? framework : { ...framework, version };
    // a version number is never given twice, even if the create below fails
    gas().PropertiesService.getScriptProperties().setProperty(latestKey(framework.id), String(version));
    return writeFramework(numbered, version === framework.version ? text : frameworkFileText(numbered), newFileIds(1)[0]!);
  });
}

/**
 * Saves the copy of a framework made for one plan (its own id, version 1), shared only with that plan's people,
 * under a file id generated beforehand (pressed again, it finds the file instead of making another).
 */
export function saveDerivedFramework(framework: Framework, planId: string, fileId: string): FrameworkFile {
  return writeFramework(framework, fileTextWithinLimit(framework), fileId, { trellisDerivedFor: planId });
}

function writeFramework(framework: Framework, text: string, fileId: string, extraProperties: Record<string, string> = {}): FrameworkFile {
  const { file } = inCareerFolder((folder) => createFileOnce(
    fileId,
    { name: frameworkDriveName(framework.id, framework.version), mimeType: JSON_MIME, parents: [folder], appProperties: { ...frameworkProperties(framework), trellisName: appPropertyValue('trellisName', framework.name), ...extraProperties } },
    text,
    JSON_MIME,
  ));
  remember(framework, file.id!, text);
  return { fileId: file.id!, id: framework.id, version: framework.version, name: framework.name };
}
