// Names that come from outside (Drive file names and app properties, plan ids, marker and manifest lines) become
// file names only when they are one plain name inside their folder: never a path that climbs out ("../"), an
// absolute path, a backslash path, a NUL, a control character, or a name Windows reserves.
import { resolve, sep } from 'node:path';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Longest name most file systems take, in UTF-8 bytes. */
const MAX_NAME_BYTES = 255;

/** Why `name` cannot be a file name inside a folder; undefined when it can. */
export function unsafeFileName(name: string): string | undefined {
  if (!name) return 'the name is empty';
  if (name === '.' || name === '..') return `"${name}" names a folder, not a file`;
  if (name.startsWith('.')) return 'the name starts with a dot (a hidden file, or a way up with "..")';
  if (name.includes('/') || name.includes('\\')) return 'the name holds a path ("/" or "\\"), which could place the file outside its folder';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(name)) return 'the name holds a control character (such as NUL)';
  if (/^[a-z]:/i.test(name) || name.includes(':')) return 'the name holds ":" (a drive letter or a stream on Windows)';
  if (WINDOWS_RESERVED.test(name)) return `"${name}" is a name Windows reserves for a device`;
  if (/[. ]$/.test(name)) return 'the name ends in a dot or a space, which Windows drops';
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) return `the name is longer than ${MAX_NAME_BYTES} bytes`;
  return undefined;
}

/** The path of `name` inside `dir`; throws when the name is not a plain file name there. */
export function confinedPath(dir: string, name: string, what = 'file name'): string {
  const why = unsafeFileName(name);
  const path = resolve(dir, name);
  const root = resolve(dir);
  if (why || !path.startsWith(root.endsWith(sep) ? root : root + sep)) throw new UnsafeNameError(`${what} ${JSON.stringify(name)}: ${why ?? 'it would be outside its folder'}`);
  return path;
}

/** A relative path of plain names ("roles/senior.html") inside `dir`; throws on anything that climbs out. */
export function confinedRelativePath(dir: string, relative: string, what = 'file name'): string {
  for (const part of relative.split('/')) {
    const why = unsafeFileName(part);
    if (why) throw new UnsafeNameError(`${what} ${JSON.stringify(relative)}: ${why}`);
  }
  const path = resolve(dir, relative);
  const root = resolve(dir);
  if (!path.startsWith(root + sep)) throw new UnsafeNameError(`${what} ${JSON.stringify(relative)}: it would be outside its folder`);
  return path;
}

export class UnsafeNameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeNameError';
  }
}
