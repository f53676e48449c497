// Output folders Trellis owns: a manifest lists what it wrote, so a re-run replaces its own files and removes the
// ones it no longer writes, and never touches (or silently overwrites) anything a person put there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic } from '../storage/folder-store';
import { CliError } from './io';
import { confinedRelativePath } from './safe-name';

const MANIFEST = '.trellis-output';

/**
 * Refuses, before anything is read or written, an output folder that cannot be one: an existing file,
 * or a path through a file ("notes.txt/plans").
 */
export function checkOutputFolder(dir: string, cwd: string, option = '--out'): void {
  const shown = relative(cwd, dir) || '.';
  for (let path = dir; ; path = dirname(path)) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      if (dirname(path) === path) return;
      continue; // not there yet: made when the files are written
    }
    if (isFolder) return;
    throw new CliError(path === dir ? `${option} ${shown}: is a file, not a folder. Give a folder (new or existing) for the output` : `${option} ${shown}: ${relative(cwd, path) || path} is a file, so no folder can be made inside it. Give another folder for the output`, 2);
  }
}

/** Makes the output folder, saying plainly why when the system refuses. */
export async function makeOutputFolder(dir: string, cwd: string, option = '--out'): Promise<void> {
  checkOutputFolder(dir, cwd, option);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'you may not write there' : code === 'EROFS' ? 'it is on a read-only disk' : (error as Error).message;
    throw new CliError(`${option} ${relative(cwd, dir) || '.'}: cannot make the folder (${why}); nothing was written`);
  }
}

/** Where a run stages its files inside the output folder before moving them into place. */
const STAGING = '.trellis-staging';
/** The temporary files of writeFileAtomic ("name.<pid>.<ms>.<n>.tmp"; older runs wrote "name.<pid>.<ms>.tmp"). */
const ATOMIC_TEMP = /\.\d+\.\d+(?:\.\d+)?\.tmp$/;

/**
 * What an interrupted run left: its staging folder, and temporary files beside the files it owns. Removed before
 * a run starts, so an interruption never makes the next run refuse or keep half a file.
 */
async function removeLeftovers(dir: string, owned: readonly string[]): Promise<void> {
  await rm(join(dir, STAGING), { recursive: true, force: true });
  const folders = new Set(['.', ...owned.map((n) => dirname(n))]);
  const ownedNames = new Set([...owned, MANIFEST]);
  for (const folder of folders) {
    const path = join(dir, folder);
    if (!existsSync(path)) continue;
    for (const entry of readdirSync(path)) {
      if (!ATOMIC_TEMP.test(entry)) continue;
      const original = join(folder, entry.replace(ATOMIC_TEMP, '')).replace(/^\.\//, '');
      if (ownedNames.has(original)) await rm(join(path, entry), { force: true });
    }
  }
}

/**
 * Writes `files` (relative path -> text) into `dir`, replacing an earlier run's output; `force` allows a foreign
 * folder. Survives interruption: the files are written into a staging folder first, the manifest then lists both
 * runs' files, and only then are they moved into place, so a run stopped at any point leaves either the old output
 * or the new (plus leftovers the next run removes), and never a folder the next run refuses.
 */
export async function writeOwnedFolder(dir: string, files: Record<string, string>, options: { force?: boolean; cwd: string; what: string }): Promise<{ removed: string[] }> {
  checkOutputFolder(dir, options.cwd);
  const names = Object.keys(files).sort();
  for (const name of names) {
    // the names are ours, but made from ids in the input (a role id of "../x" in a hand-edited framework)
    const why = unsafeRelative(dir, name);
    if (why) throw new CliError(`${why}; nothing was written. Fix the id in the input it comes from`);
  }
  const manifest = join(dir, MANIFEST);
  let previous: string[] = [];
  if (existsSync(manifest)) {
    // a manifest line that would lead outside the folder is not followed (someone edited it)
    previous = (await readFile(manifest, 'utf8')).split('\n').filter((line) => line && !unsafeRelative(dir, line));
  } else if (existsSync(dir) && readdirSync(dir).some((entry) => entry !== STAGING) && !options.force) {
    throw new CliError(`${relative(options.cwd, dir) || '.'} already holds files Trellis did not write: nothing was written. Choose an empty or new folder for the ${options.what}, or pass --force to write into it anyway.`);
  }
  await makeOutputFolder(dir, options.cwd);
  await removeLeftovers(dir, [...previous, ...names]);
  const staging = join(dir, STAGING);
  await Promise.all([...new Set(names.map((n) => dirname(join(staging, n))))].map((d) => mkdir(d, { recursive: true })));
  for (const name of names) await writeFile(join(staging, name), files[name]!, 'utf8');
  await writeFileAtomic(manifest, `${[...new Set([...previous, ...names])].sort().join('\n')}\n`);
  await Promise.all([...new Set(names.map((n) => dirname(join(dir, n))))].map((d) => mkdir(d, { recursive: true })));
  for (const name of names) await rename(join(staging, name), join(dir, name));
  const keep = new Set(names);
  const removed = previous.filter((p) => !keep.has(p));
  for (const name of removed) await rm(join(dir, name), { force: true });
  await writeFileAtomic(manifest, `${names.join('\n')}\n`);
  await rm(staging, { recursive: true, force: true });
  return { removed };
}

/** Why a relative name may not be written in `dir`, or undefined when it may. */
function unsafeRelative(dir: string, name: string): string | undefined {
  try {
    confinedRelativePath(dir, name, 'output file');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Removes what an interrupted atomic write of one of `paths` left beside it ("<name>.<pid>.<ms>.<n>.tmp"). */
export async function removeStaleTemporaries(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const folder = dirname(path);
    if (!existsSync(folder)) continue;
    const base = path.slice(folder.length + 1);
    for (const entry of readdirSync(folder)) if (entry.startsWith(`${base}.`) && ATOMIC_TEMP.test(entry) && entry.replace(ATOMIC_TEMP, '') === base) await rm(join(folder, entry), { force: true });
  }
}
