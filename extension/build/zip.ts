// The Chrome Web Store upload: the built extension zipped with manifest.json at the archive's root.
import JSZip from 'jszip';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export async function zipDirectory(dir: string, zipFile: string): Promise<void> {
  const zip = new JSZip();
  // sorted and dated at the epoch, so the same build gives the same zip
  for (const path of files(dir).sort()) zip.file(relative(dir, path).split('\\').join('/'), readFileSync(path), { date: new Date(0) });
  writeFileSync(zipFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}
