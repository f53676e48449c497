// Builds the Chrome extension into dist/extension (manifest.json at its root) and a Web Store zip beside it.
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import manifest from './manifest.config.js';
import { writeStoreZip } from './build/zip.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/extension', import.meta.url));
const distDir = fileURLToPath(new URL('../dist', import.meta.url));

export default defineConfig({
  root,
  publicDir: 'public',
  plugins: [
    crx({ manifest }),
    {
      name: 'trellis-web-store-zip',
      apply: 'build',
      closeBundle: async () => void (await writeStoreZip(outDir, distDir)),
    },
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    modulePreload: false,
    chunkSizeWarningLimit: 400,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  logLevel: 'warn',
});
