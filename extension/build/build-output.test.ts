// The built extension as Chrome and the Web Store get it: manifest at the root, minimal permissions, a strict
// CSP, the OAuth client id from the environment, no remote code, and a content script that stays small.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { EXTENSION_DIR, requireBuild } from '../e2e/harness';
import { OAUTH_CLIENT_ID_PLACEHOLDER, oauthClientId } from '../manifest.config';
import { contentScriptFiles } from './content-script';
import { DEV_ZIP, storeZipPlan, zipDirectory } from './zip';

const manifest = () => JSON.parse(readFileSync(`${requireBuild()}/manifest.json`, 'utf8'));
const scripts = () => readdirSync(`${EXTENSION_DIR}/assets`).filter((f) => f.endsWith('.js'));

describe('the built extension', () => {
  it('asks for storage and identity only, on Calendar and Google APIs only, with drive.file', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'identity']);
    expect(m.host_permissions).toEqual(['https://calendar.google.com/*', 'https://www.googleapis.com/*']);
    expect(m.oauth2.scopes).toEqual(['https://www.googleapis.com/auth/drive.file']);
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([['https://calendar.google.com/*']]);
    expect(m.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'");
    expect(m.web_accessible_resources.every((r: { matches: string[] }) => r.matches.every((x) => x === 'https://calendar.google.com/*'))).toBe(true);
  });

  it('has its name, description, icons and English messages', () => {
    const m = manifest();
    const messages = JSON.parse(readFileSync(`${EXTENSION_DIR}/_locales/en/messages.json`, 'utf8'));
    expect(m.name).toBe('__MSG_extName__');
    expect(messages.extName.message).toMatch(/^Trellis/);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    for (const size of ['16', '32', '48', '128']) expect(readFileSync(`${EXTENSION_DIR}/${m.icons[size]}`).subarray(1, 4).toString()).toBe('PNG');
  });

  it('takes the OAuth client id from TRELLIS_OAUTH_CLIENT_ID, with a placeholder that says so', () => {
    expect(oauthClientId({ TRELLIS_OAUTH_CLIENT_ID: ' 123-abc.apps.googleusercontent.com ' })).toBe('123-abc.apps.googleusercontent.com');
    expect(oauthClientId({})).toBe(OAUTH_CLIENT_ID_PLACEHOLDER);
    expect(OAUTH_CLIENT_ID_PLACEHOLDER).toContain('TRELLIS_OAUTH_CLIENT_ID');
    expect([OAUTH_CLIENT_ID_PLACEHOLDER, process.env.TRELLIS_OAUTH_CLIENT_ID?.trim()]).toContain(manifest().oauth2.client_id);
  });

  it('loads no remote code: scripts come from the package, and no script fetches code from elsewhere', () => {
    const html = readFileSync(`${EXTENSION_DIR}/src/options/index.html`, 'utf8');
    for (const m of html.matchAll(/<script[^>]*src="([^"]+)"/g)) expect(m[1]).toMatch(/^\/assets\//);
    for (const file of scripts()) {
      const text = readFileSync(`${EXTENSION_DIR}/assets/${file}`, 'utf8');
      expect(text).not.toMatch(/import\(\s*["']https?:/);
      expect(text).not.toMatch(/importScripts\(/);
      const urls = [...text.matchAll(/https?:\/\/[\w.-]+/g)].map((m) => m[0]);
      for (const url of urls) expect(url).toMatch(/^(https:\/\/(calendar\.google\.com|www\.googleapis\.com|drive\.google\.com|json-schema\.org)|http:\/\/(www\.w3\.org|json-schema\.org))$/);
    }
  });

  it('keeps zod out of the content script', () => {
    for (const file of contentScriptFiles()) expect(readFileSync(`${EXTENSION_DIR}/${file}`, 'utf8')).not.toMatch(/ZodError|\$ZodType/);
  });

  it('zips for the Web Store with manifest.json at the root and every built file, dated alike', async () => {
    const zip = await JSZip.loadAsync(readFileSync(`${EXTENSION_DIR}/../${storeZipPlan().file}`));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toEqual(manifest());
    expect(Object.keys(zip.files).filter((f) => !zip.files[f]!.dir)).toEqual(expect.arrayContaining(['_locales/en/messages.json', 'icons/icon-128.png', 'src/options/index.html', ...contentScriptFiles()]));
    expect(new Set(Object.values(zip.files).map((f) => f.date.toISOString()))).toEqual(new Set(['1980-01-01T00:00:00.000Z']));
  });

  it('gives the same zip for the same build, whenever it is made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-zip-'));
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
      await zipDirectory(EXTENSION_DIR, join(dir, 'a.zip'));
      vi.setSystemTime(new Date('2031-07-09T17:45:13Z'));
      await zipDirectory(EXTENSION_DIR, join(dir, 'b.zip'));
      expect(readFileSync(join(dir, 'a.zip')).equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
    } finally {
      vi.useRealTimers();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without TRELLIS_OAUTH_CLIENT_ID, warns and names the zip so it cannot pass for one to publish', () => {
    expect(storeZipPlan({ TRELLIS_OAUTH_CLIENT_ID: '123-abc.apps.googleusercontent.com' })).toEqual({ file: 'trellis-extension.zip', other: DEV_ZIP });
    const dev = storeZipPlan({ TRELLIS_OAUTH_CLIENT_ID: '  ' });
    expect(dev.file).toBe(DEV_ZIP);
    expect(dev.file).toMatch(/NOT-FOR-STORE/);
    expect(dev.warning).toContain('TRELLIS_OAUTH_CLIENT_ID is not set');
    expect(dev.warning).toContain('not for the Web Store');
  });
});
