// Which built files make up the content script (its loader and every chunk it imports), and their gzipped size.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, requireBuild } from '../e2e/harness';

/** The content script: its loader and every chunk the loader's module imports, transitively. */
export function contentScriptFiles(): string[] {
  const loader = JSON.parse(readFileSync(`${requireBuild()}/manifest.json`, 'utf8')).content_scripts[0].js[0] as string;
  const seen = new Set<string>([loader]);
  const queue = [loader];
  while (queue.length) {
    const text = readFileSync(`${EXTENSION_DIR}/${queue.shift()}`, 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\(\s*(?:\/\*[^*]*\*\/\s*)?|getURL\()\s*["'](?:\.\/|\/)?((?:assets\/)?[\w.-]+\.js)["']/g)) {
      const file = m[1]!.startsWith('assets/') ? m[1]! : `assets/${m[1]}`;
      if (!seen.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
  }
  return [...seen];
}

export function contentScriptGzipBytes(): number {
  return contentScriptFiles().reduce((sum, f) => sum + gzipSync(readFileSync(`${EXTENSION_DIR}/${f}`), { level: 9 }).length, 0);
}

