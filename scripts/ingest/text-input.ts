// The one way a text input is read from disk (job descriptions, matrices, assessments, objectives, plans): its size
// held to the limit, a binary file named for what it is, the bytes decoded as they were saved (UTF-8 with or
// without BOM, UTF-16 LE/BE, Windows-1252), and characters no name should hold removed.
import { readFile, stat } from 'node:fs/promises';
import { checkInputSize } from '../../shared/ingest/limits';
import { FileFormatError } from '../../shared/model/files';
import { binaryInText, binaryKind } from './sniff';
import { decodeTextFile, type DecodedText } from './text-file';

/** Characters that show as nothing: two names that differ only by one of them would look the same. */
// eslint-disable-next-line no-irregular-whitespace
const INVISIBLE = /[\u200b\u2060\ufeff\u180e]/g;

/** Reads the bytes of an input file, refusing one over the size limit before reading it; `name` is the path as typed. */
export async function readInputBytes(path: string, name: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FileFormatError(name, ['is a folder, expected a file']);
    checkInputSize(info.size, name);
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new FileFormatError(name, [code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, expected a file' : code === 'EACCES' ? 'you may not read this file' : (error as Error).message]);
  }
}

/** The text of a file's bytes, or a clear error when they are not text; `what` says what the file should be ("a job description"). */
export function decodeInputText(bytes: Uint8Array, name: string, what: string): DecodedText {
  const kind = binaryKind(bytes);
  if (kind) throw new FileFormatError(name, [`this is ${kind}, not ${what}; give ${what} as text (or the format the command names)`]);
  const decoded = decodeTextFile(bytes);
  const binary = binaryInText(decoded.text);
  if (binary) throw new FileFormatError(name, [`line ${binary.line}: holds ${binary.what}, so it is binary data or a damaged file, not ${what}; save it again as text`]);
  return { ...decoded, text: decoded.text.replace(INVISIBLE, '') };
}

/** Reads a text input: limits, sniffing and decoding as above. */
export async function readTextInput(path: string, name: string, what: string): Promise<DecodedText> {
  return decodeInputText(await readInputBytes(path, name), name, what);
}
