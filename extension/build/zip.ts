// The Chrome Web Store upload: the built extension zipped with manifest.json at the archive's root, the same
// bytes for the same build, and named so that a build without the OAuth client id cannot pass for one to publish.
import JSZip from 'jszip';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every entry's date, fixed so that the zip depends on the files only (zip dates start in 1980; 0 would wrap). */
export const ZIP_ENTRY_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

export const STORE_ZIP = 'trellis-extension.zip';
export const DEV_ZIP = 'trellis-extension-DEV-no-oauth-client-id-NOT-FOR-STORE.zip';

/** Which zip a build writes, and the warning to print when it is not one to publish. */
export function storeZipPlan(env: NodeJS.ProcessEnv = process.env): { file: string; other: string; warning?: string } {
  if (env.TRELLIS_OAUTH_CLIENT_ID?.trim()) return { file: STORE_ZIP, other: DEV_ZIP };
  return {
    file: DEV_ZIP,
    other: STORE_ZIP,
    warning:
      `Trellis: TRELLIS_OAUTH_CLIENT_ID is not set, so the manifest's OAuth client id is a placeholder and Drive sign-in cannot work. ` +
      `dist/extension is fine for development and tests; the zip is dist/${DEV_ZIP}, not for the Web Store. ` +
      `To publish: TRELLIS_OAUTH_CLIENT_ID=<client id>.apps.googleusercontent.com npm run build:extension`,
  };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export async function zipDirectory(dir: string, zipFile: string): Promise<void> {
  const zip = new JSZip();
  // sorted, dated alike, and no folder entries (JSZip would date those now): the same build gives the same zip
  for (const path of files(dir).sort()) zip.file(relative(dir, path).split('\\').join('/'), readFileSync(path), { date: ZIP_ENTRY_DATE, createFolders: false });
  writeFileSync(zipFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}

/** Zips the build into dist/ under the name storeZipPlan gives, removing a zip of the other kind left there. */
export async function writeStoreZip(outDir: string, distDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const plan = storeZipPlan(env);
  if (plan.warning) console.warn(`\n${plan.warning}\n`);
  const other = join(distDir, plan.other);
  if (existsSync(other)) rmSync(other);
  const file = join(distDir, plan.file);
  await zipDirectory(outDir, file);
  return file;
}
