// Reads a text file's bytes in the encoding it was saved in: UTF-8, UTF-16 as Excel's "Unicode Text" and Windows
// tools save it (with or without a byte-order mark), or the Windows-1252 of an older "CSV" save, said as a note.

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Said to the person when the encoding was a guess rather than marked in the file. */
  note?: string;
}

/** The text of a file, without its byte-order mark. */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) return { text: decode(unmarked, bytes), encoding: unmarked, note: `read as ${unmarked === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} text (the file has no byte-order mark)` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      note: 'the file is not UTF-8, so it was read as Windows-1252 (Western European), as older Excel versions save CSV; if names look wrong, save it again as "CSV UTF-8"',
    };
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

// Node's TextDecoder reads "windows-1252" as Latin-1, so the 0x80–0x9F block (curly quotes, dashes, €) is mapped here
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return decode('latin1', bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** ASCII text saved as UTF-16 has a zero in every other byte: the even ones for big-endian, the odd ones for little. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return undefined;
}
