// What a file really is, from its first bytes: a PNG image given as a job description, a PDF given as a matrix or a
// program given as a plan is named as such, instead of being read as garbage text and accepted.

// `weak`: letters a text could start with too ("BMW…", "MZ…"), so the file must also hold a NUL byte early on
const SIGNATURES: { bytes: number[]; what: string; weak?: boolean }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: 'a RIFF file (a WebP image or a WAV sound)', weak: true },
  { bytes: [0x42, 0x4d], what: 'a BMP image', weak: true },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (an .xlsx, .docx or .zip)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive', weak: true },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office file (.doc or .xls, from before 2007)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program', weak: true },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a macOS program' },
  { bytes: [0x00, 0x00, 0x00], what: 'binary data (an MP4 video or similar)' },
  { bytes: [0x49, 0x44, 0x33], what: 'an MP3 sound', weak: true },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg sound or video', weak: true },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database', weak: true },
];

/** What a file is by its signature, when it is a known binary kind; undefined for anything else. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const s of SIGNATURES) if (s.bytes.every((b, i) => bytes[i] === b) && (!s.weak || bytes.subarray(0, 1024).includes(0))) return s.what;
  return undefined;
}

/** Whether the bytes are a ZIP archive (what .xlsx and .docx files are). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/**
 * Text that decoded with control characters in it is not text: NUL (binary data read as text), or more than a few
 * other C0 controls. Returns the line of the first one, for the message.
 */
export function binaryInText(text: string): { line: number; what: string } | undefined {
  // eslint-disable-next-line no-control-regex
  const nul = text.indexOf('\u0000');
  // eslint-disable-next-line no-control-regex
  const controls = text.slice(0, 65536).match(/[\x01-\x08\x0e-\x1a\x1c-\x1f]/g)?.length ?? 0;
  // eslint-disable-next-line no-control-regex
  const at = nul >= 0 ? nul : controls > 8 ? text.search(/[\x01-\x08\x0e-\x1a\x1c-\x1f]/) : -1;
  if (at < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return { line, what: nul >= 0 ? 'a NUL character' : 'control characters' };
}
