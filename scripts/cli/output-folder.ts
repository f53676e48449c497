// Output folders Trellis owns: a manifest lists what it wrote, so a re-run replaces its own files and removes the
// ones it no longer writes, and never touches (or silently overwrites) anything a person put there.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { writeFileAtomic } from '../storage/folder-store';
import { CliError } from './io';

const MANIFEST = '.trellis-output';

/** Writes `files` (relative path -> text) into `dir`, replacing an earlier run's output; `force` allows a foreign folder. */
export async function writeOwnedFolder(dir: string, files: Record<string, string>, options: { force?: boolean; cwd: string; what: string }): Promise<{ removed: string[] }> {
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
  await mkdir(dir, { recursive: true });
  await Promise.all([...new Set(names.map((n) => dirname(join(dir, n))))].map((d) => mkdir(d, { recursive: true })));
  for (const name of names) await writeFileAtomic(join(dir, name), files[name]!);
  const keep = new Set(names);
  const removed = previous.filter((p) => !keep.has(p) && !p.split('/').includes('..'));
  for (const name of removed) await rm(join(dir, name), { force: true });
  await writeFileAtomic(manifest, `${names.join('\n')}\n`);
  return { removed };
}
