// The extension's manifest (MV3): minimal permissions, Calendar and Drive's API as the only hosts, a strict CSP,
// and the OAuth client id taken from TRELLIS_OAUTH_CLIENT_ID at build time.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };

export const OAUTH_CLIENT_ID_PLACEHOLDER = 'SET-TRELLIS_OAUTH_CLIENT_ID-AT-BUILD-TIME.apps.googleusercontent.com';

export function oauthClientId(env: NodeJS.ProcessEnv = process.env): string {
  const id = env.TRELLIS_OAUTH_CLIENT_ID?.trim();
  return id || OAUTH_CLIENT_ID_PLACEHOLDER;
}

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  short_name: 'Trellis',
  description: '__MSG_extDescription__',
  version: pkg.version,
  default_locale: 'en',
  icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
  action: { default_title: '__MSG_actionTitle__', default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' } },
  permissions: ['storage', 'identity'],
  host_permissions: ['https://calendar.google.com/*', 'https://www.googleapis.com/*'],
  background: { service_worker: 'src/background/service-worker.ts', type: 'module' },
  content_scripts: [{ matches: ['https://calendar.google.com/*'], js: ['src/content/main.ts'], run_at: 'document_idle' }],
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  oauth2: { client_id: oauthClientId(), scopes: ['https://www.googleapis.com/auth/drive.file'] },
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'" },
  minimum_chrome_version: '116',
});
