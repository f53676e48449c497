// Root config: vitest runs every test of the core, the CLI, the extension and the add-on.
// The surfaces have their own build configs (extension/vite.config.ts, workspace-addon/vite.config.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['shared/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,tsx}', 'extension/**/*.test.{ts,tsx}', 'workspace-addon/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
