// Career files on both sides of a sync: which Drive files are plans and frameworks (by name, or by the app
// properties the add-on sets), which local files are, and what each holds.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFramework, readPlan } from '../../shared/model/files';
import type { Framework } from '../../shared/model/framework';
import type { Plan } from '../../shared/model/plan';
import { frameworkDriveName, frameworkProperties, parseCareerFileName, planDriveName, planProperties, type CareerFileProperties } from '../../shared/storage/drive-files';
import { writeFileAtomic } from '../storage/folder-store';
import { unsafeFileName } from '../cli/safe-name';
import type { RemoteFile } from './drive-client';

export function md5(content: Buffer | string): string {
  return createHash('md5').update(content).digest('hex');
}

/** The local name a Drive file would get, whether or not it is safe: its own name when it follows the convention, else one made from its app properties. */
function proposedName(file: RemoteFile): string | undefined {
  if (parseCareerFileName(file.name)) return file.name;
  const { trellisKind, trellisId, trellisRevision } = file.appProperties;
  if (trellisKind === 'plan' && trellisId) return planDriveName(trellisId);
  if (trellisKind === 'framework' && trellisId && /^\d+$/.test(trellisRevision ?? '')) return frameworkDriveName(trellisId, Number(trellisRevision));
  return undefined;
}

/** The local name of a Drive career file; undefined when it is none, or when its name could not be a plain file in the folder. */
export function careerName(file: RemoteFile): string | undefined {
  const name = proposedName(file);
  return name && !unsafeFileName(name) ? name : undefined;
}

const revisionOf = (f: RemoteFile) => Number(f.appProperties.trellisRevision ?? 0) || 0;

/** The folder's career files by local name; when Drive holds several of one name, the highest revision wins. */
export function remoteCareerFiles(files: readonly RemoteFile[]): { byName: Map<string, RemoteFile>; warnings: string[] } {
  const groups = new Map<string, RemoteFile[]>();
  const warnings: string[] = [];
  for (const f of files) {
    const proposed = proposedName(f);
    const unsafe = proposed && unsafeFileName(proposed);
    if (unsafe) {
      // a name (or an app property) that would write outside the local folder is anyone's edit away: never followed
      warnings.push(`Drive file ${f.id} (${JSON.stringify(f.name)}) skipped: the local name it asks for, ${JSON.stringify(proposed)}, is not a plain file name (${unsafe}); rename it on Drive to "<id>.plan.json" or "<id>.v<version>.framework.json"`);
      continue;
    }
    const name = proposed;
    if (!name || f.mimeType.startsWith('application/vnd.google-apps.')) continue;
    groups.set(name, [...(groups.get(name) ?? []), f]);
  }
  const byName = new Map<string, RemoteFile>();
  for (const [name, list] of groups) {
    const sorted = [...list].sort((a, b) => revisionOf(b) - revisionOf(a) || (b.modifiedTime ?? '').localeCompare(a.modifiedTime ?? ''));
    byName.set(name, sorted[0]!);
    if (sorted.length > 1) warnings.push(`${name}: Drive holds ${sorted.length} files of this name; using ${sorted[0]!.id} (revision ${revisionOf(sorted[0]!)}), leaving ${sorted.slice(1).map((f) => f.id).join(', ')} alone`);
  }
  return { byName, warnings };
}

/** Plan and framework files directly in `dir` (conflict copies and other files left out). */
export async function localCareerFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && parseCareerFileName(e.name)).map((e) => e.name).sort();
}

export interface CareerContent {
  kind: 'plan' | 'framework';
  plan?: Plan;
  framework?: Framework;
  properties?: CareerFileProperties;
  /** Why the file does not read as what its name says. */
  error?: string;
}

/** What a file holds, read as its name says; never throws. */
export function readCareerContent(name: string, content: Buffer): CareerContent {
  const kind = parseCareerFileName(name)?.kind ?? 'plan';
  try {
    if (kind === 'plan') {
      const plan = readPlan(content.toString('utf8'), name);
      return { kind, plan, properties: planProperties(plan) };
    }
    const framework = readFramework(content.toString('utf8'), name);
    return { kind, framework, properties: frameworkProperties(framework) };
  } catch (error) {
    return { kind, error: (error as Error).message };
  }
}

/** Keeps the other side's copy beside a file in conflict; the same copy twice is kept once. */
export async function keepConflictCopy(dir: string, name: string, content: Buffer, tag: string, conflictName: (name: string, tag: string) => string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = conflictName(name, n === 1 ? tag : `${tag}-${n}`);
    const path = join(dir, candidate);
    if (existsSync(path)) {
      if (md5(await readFile(path)) === md5(content)) return candidate;
      continue;
    }
    await writeFileAtomic(path, content.toString('utf8'));
    return candidate;
  }
}
