// Output folders Trellis owns: a manifest lists what it wrote, so a re-run replaces its own files and removes the
// ones it no longer writes, and never touches (or silently overwrites) anything a person put there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic } from '../storage/folder-store';
import { CliError } from './io';

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

/** Writes `files` (relative path -> text) into `dir`, replacing an earlier run's output; `force` allows a foreign folder. */
export async function writeOwnedFolder(dir: string, files: Record<string, string>, options: { force?: boolean; cwd: string; what: string }): Promise<{ removed: string[] }> {
  checkOutputFolder(dir, options.cwd);
  const manifest = join(dir, MANIFEST);
  let previous: string[] = [];
  if (existsSync(manifest)) {
    previous = (await readFile(manifest, 'utf8')).split('\n').filter(Boolean);
  } else if (existsSync(dir) && readdirSync(dir).length && !options.force) {
    throw new CliError(`${relative(options.cwd, dir) || '.'} already holds files Trellis did not write: nothing was written. Choose an empty or new folder for the ${options.what}, or pass --force to write into it anyway.`);
  }
  const names = Object.keys(files).sort();
  for (const name of names) {
    if (name.startsWith('/') || name.split('/').includes('..')) throw new Error(`refusing to write outside the output folder: ${name}`);
  }
  await makeOutputFolder(dir, options.cwd);
  await Promise.all([...new Set(names.map((n) => dirname(join(dir, n))))].map((d) => mkdir(d, { recursive: true })));
  for (const name of names) await writeFileAtomic(join(dir, name), files[name]!);
  const keep = new Set(names);
  const removed = previous.filter((p) => !keep.has(p) && !p.split('/').includes('..'));
  for (const name of removed) await rm(join(dir, name), { force: true });
  await writeFileAtomic(manifest, `${names.join('\n')}\n`);
  return { removed };
}
