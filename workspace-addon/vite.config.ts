// Bundles the add-on into ONE classic script for Apps Script (no ES modules there): an IIFE that assigns every
// entry point to the global `Trellis`; workspace-addon/build.ts then adds the top-level functions Apps Script calls.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../dist/workspace-addon'),
    emptyOutDir: true,
    // Apps Script's V8 reads modern syntax, but lowering to ES2019 keeps class fields and newer operators out
    target: 'es2019',
    minify: false,
    sourcemap: false,
    lib: {
      entry: resolve(here, 'src/main.ts'),
      name: 'Trellis',
      formats: ['iife'],
      fileName: () => 'Code.js',
    },
  },
});
