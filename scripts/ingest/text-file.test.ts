// Text files in the encodings spreadsheets save them in: UTF-8 with or without a mark, UTF-16 both ways, Windows-1252.
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './text-file';

const text = 'Role\tCoding\tCommunication\r\nIngénieur\t2\t3\r\n';
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe('decodeTextFile', () => {
  it('reads UTF-16 LE and BE with their byte-order marks (Excel’s "Unicode Text")', () => {
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeTextFile(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a mark by its zero bytes, and says it guessed', () => {
    const le = decodeTextFile(Buffer.from(text, 'utf16le'));
    expect([le.text, le.encoding]).toEqual([text, 'utf-16le']);
    expect(le.note).toMatch(/UTF-16 LE/);
    expect(decodeTextFile(utf16be(text)).encoding).toBe('utf-16be');
  });

  it('reads UTF-8 with and without a mark, and falls back to Windows-1252 with a note', () => {
    expect(decodeTextFile(Buffer.from(`\uFEFF${text}`, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeTextFile(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    const ansi = decodeTextFile(Buffer.from([0x49, 0x6e, 0x67, 0xe9, 0x6e, 0x69, 0x65, 0x75, 0x72, 0x2c, 0x93, 0x41, 0x94]));
    expect(ansi.text).toBe('Ingénieur,“A”');
    expect(ansi.note).toMatch(/Windows-1252/);
  });
});
