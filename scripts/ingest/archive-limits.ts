// .xlsx and .docx files are ZIP archives; a small one can expand to gigabytes (a "zip bomb"), which the readers
// (exceljs, mammoth) would hold in memory whole. Before either sees the file, its entries are checked against the
// limits: what they declare, and then what they really inflate to (a bomb can declare small sizes and lie).
import { inflateRawSync } from 'node:zlib';
import { InputLimitError, limits } from '../../shared/ingest/limits';
import { FileFormatError } from '../../shared/model/files';

const MB = 1024 * 1024;
/** Most entries an archive may hold (a workbook has a few dozen; a bomb can have millions of tiny ones). */
const MAX_ENTRIES = 20_000;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

function entries(bytes: Buffer, name: string): Entry[] {
  // the end-of-central-directory record sits in the last 64 KB + 22 bytes
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileFormatError(name, ['is not a complete ZIP archive (an .xlsx or .docx is one): the file may be cut short; save or download it again']);
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES) throw new InputLimitError('archiveMegabytes', name, `the archive holds ${count} entries (at most ${MAX_ENTRIES})`);
  const list: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new FileFormatError(name, ['its ZIP directory is damaged; save or download the file again']);
    const nameLength = bytes.readUInt16LE(at + 28);
    list.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeader: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return list;
}

/** Throws when the archive would expand past the limits (total size, or ratio to the file's size). */
export function checkArchiveExpansion(bytes: Buffer, name: string): void {
  const list = entries(bytes, name);
  const budget = Math.min(limits.archiveMegabytes * MB, Math.max(bytes.length * limits.archiveRatio, 16 * MB));
  const refuse = (total: number) => {
    const byRatio = total > bytes.length * limits.archiveRatio && total <= limits.archiveMegabytes * MB;
    throw new InputLimitError(byRatio ? 'archiveRatio' : 'archiveMegabytes', name, `the ${(bytes.length / MB).toFixed(1)} MB archive expands to ${total >= 4096 * MB ? 'more than 4 GB' : `${(total / MB).toFixed(0)} MB`} (${Math.round(total / Math.max(1, bytes.length))} times its size)`);
  };
  const declared = list.reduce((sum, e) => sum + (e.size === 0xffffffff ? 4096 * MB : e.size), 0);
  if (declared > budget) refuse(declared);
  // what the entries really inflate to, each capped at what is left of the budget
  let total = 0;
  for (const e of list) {
    if (e.localHeader + 30 > bytes.length || bytes.readUInt32LE(e.localHeader) !== 0x04034b50) throw new FileFormatError(name, [`its ZIP entry ${e.name} is damaged; save or download the file again`]);
    const start = e.localHeader + 30 + bytes.readUInt16LE(e.localHeader + 26) + bytes.readUInt16LE(e.localHeader + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (e.method === 0) total += data.length;
    else if (e.method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, budget - total + 1) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) refuse(budget + 1);
        throw new FileFormatError(name, [`its ZIP entry ${e.name} does not decompress (${(error as Error).message}); save or download the file again`]);
      }
    } else throw new FileFormatError(name, [`its ZIP entry ${e.name} uses compression method ${e.method}, which Office files do not; save it again from Excel, Word or Google`]);
    if (total > budget) refuse(total);
  }
}
