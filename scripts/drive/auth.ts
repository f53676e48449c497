// Who Trellis calls Google as: a person signed in through the OAuth desktop flow (the token cached in their config
// folder), Application Default Credentials, or a service account for HR automation. Always the narrowest scopes:
// drive.file (only files Trellis or the add-on made or opened), plus read-only Sheets when importing a matrix.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../storage/folder-store';
import { googleAuth, type ApiAuth, type OAuth2Client } from './google-apis';

export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';
export const SHEETS_READONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';
export const TOKEN_FILE = 'google-token.json';

/** Trellis's folder in the user's config directory: %APPDATA%\trellis on Windows, $XDG_CONFIG_HOME/trellis or ~/.config/trellis elsewhere. */
export function configDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'trellis');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'trellis');
}

/** The OAuth client of a Google Cloud project ("Desktop app"), as its downloaded JSON holds it. */
export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
  authUri: string;
  tokenUri: string;
}

export interface CachedToken {
  client_id: string;
  client_secret: string;
  auth_uri: string;
  token_uri: string;
  refresh_token?: string;
  access_token?: string;
  expiry_date?: number;
  scope?: string;
  token_type?: string;
}

export class AuthError extends Error {
  override name = 'AuthError';
}

export function readClientConfig(text: string, file: string): OAuthClientConfig {
  let json: Record<string, Record<string, unknown>>;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AuthError(`${file}: not valid JSON (${(error as Error).message}); download the OAuth client's JSON from the Google Cloud console`);
  }
  const c = json.installed ?? json.web;
  if (!c || typeof c.client_id !== 'string' || typeof c.client_secret !== 'string') {
    throw new AuthError(`${file}: not an OAuth client file (expected "installed": { "client_id", "client_secret", … }); create a "Desktop app" OAuth client in the Google Cloud console and download its JSON`);
  }
  return { clientId: c.client_id, clientSecret: c.client_secret, authUri: String(c.auth_uri ?? 'https://accounts.google.com/o/oauth2/auth'), tokenUri: String(c.token_uri ?? 'https://oauth2.googleapis.com/token') };
}

function oauthClient(config: Pick<OAuthClientConfig, 'clientId' | 'clientSecret' | 'authUri' | 'tokenUri'>, redirectUri?: string): OAuth2Client {
  return new googleAuth.OAuth2({ clientId: config.clientId, clientSecret: config.clientSecret, redirectUri, endpoints: { oauth2AuthBaseUrl: config.authUri, oauth2TokenUrl: config.tokenUri } });
}

/** Token files hold a refresh token: readable by their owner only. */
async function saveToken(dir: string, token: CachedToken): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, TOKEN_FILE);
  await writeFileAtomic(path, `${JSON.stringify(token, null, 2)}\n`);
  await chmod(path, 0o600);
}

export async function readCachedToken(dir: string): Promise<CachedToken | undefined> {
  const path = join(dir, TOKEN_FILE);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as CachedToken;
  } catch {
    throw new AuthError(`${path} is damaged: run trellis drive logout, then trellis drive login`);
  }
}

export async function logout(dir: string): Promise<boolean> {
  const path = join(dir, TOKEN_FILE);
  if (!existsSync(path)) return false;
  await rm(path);
  return true;
}

export interface LoginOptions {
  client: OAuthClientConfig;
  scopes: string[];
  configDir: string;
  /** Shows the sign-in link (and may open a browser). */
  showUrl: (url: string) => void | Promise<void>;
  signal?: AbortSignal;
  /** How long to wait for the browser (default 5 minutes). */
  timeoutMs?: number;
}

const DONE_PAGE = '<!doctype html><meta charset="utf-8"><title>Trellis</title><body style="font:16px system-ui;margin:40px"><h1>Trellis is signed in</h1><p>You can close this tab and go back to the terminal.</p>';

/**
 * The OAuth desktop flow: a one-off server on the loopback address receives Google's redirect (with PKCE and a
 * state check), the code is exchanged for tokens, and the tokens are cached for the next commands.
 */
export async function login(options: LoginOptions): Promise<CachedToken> {
  const state = randomBytes(16).toString('hex');
  let settle!: { resolve: (code: string) => void; reject: (e: Error) => void };
  const codeArrived = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/') return void res.writeHead(404).end();
    const error = url.searchParams.get('error');
    const code = url.searchParams.get('code');
    if (url.searchParams.get('state') !== state) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('This sign-in link is not the one Trellis opened; start again with trellis drive login.');
      return;
    }
    if (error || !code) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(`Sign-in did not complete: ${error ?? 'no code'}. You can close this tab.`);
      settle.reject(new AuthError(error === 'access_denied' ? 'sign-in was cancelled in the browser (access denied); run trellis drive login again to retry' : `sign-in failed: ${error ?? 'Google sent no code'}`));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(DONE_PAGE);
    settle.resolve(code);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const timer = setTimeout(() => settle.reject(new AuthError('no answer from the browser within the time allowed; run trellis drive login again')), options.timeoutMs ?? 300_000);
  const onAbort = () => settle.reject(new AuthError('sign-in interrupted'));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const client = oauthClient(options.client, redirectUri);
    const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
    const url = client.generateAuthUrl({ access_type: 'offline', prompt: 'consent', scope: options.scopes, state, code_challenge: codeChallenge, code_challenge_method: 'S256' as never, include_granted_scopes: true });
    await options.showUrl(url);
    const code = await codeArrived;
    const { tokens } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri });
    const cached: CachedToken = {
      client_id: options.client.clientId,
      client_secret: options.client.clientSecret,
      auth_uri: options.client.authUri,
      token_uri: options.client.tokenUri,
      refresh_token: tokens.refresh_token ?? undefined,
      access_token: tokens.access_token ?? undefined,
      expiry_date: tokens.expiry_date ?? undefined,
      scope: tokens.scope ?? options.scopes.join(' '),
      token_type: tokens.token_type ?? 'Bearer',
    };
    await saveToken(options.configDir, cached);
    return cached;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    server.closeAllConnections();
    server.close();
  }
}

export type AuthMode = { kind: 'user'; configDir: string } | { kind: 'adc' } | { kind: 'service-account'; keyFile: string; subject?: string };

/**
 * A service account acting as itself signs its own JWT, with the scopes in it, for each request: Google accepts it
 * in place of an access token, which spares the round trip to the token endpoint (Google's client libraries do the
 * same). Credentials of a person (ADC from gcloud) and domain-wide delegation still go through the token endpoint.
 */
function selfSigning(auth: InstanceType<typeof googleAuth.GoogleAuth>): InstanceType<typeof googleAuth.GoogleAuth> {
  auth.useJWTAccessWithScope = true;
  return auth;
}

/** The credentials for a command that needs `scopes`, or an error that says how to get them. */
export async function authorize(mode: AuthMode, scopes: string[]): Promise<ApiAuth> {
  if (mode.kind === 'adc') return selfSigning(new googleAuth.GoogleAuth({ scopes }));
  if (mode.kind === 'service-account') {
    if (!existsSync(mode.keyFile)) throw new AuthError(`${mode.keyFile}: no such file (the service account's JSON key)`);
    if (mode.subject) return new googleAuth.GoogleAuth({ keyFile: mode.keyFile, scopes, clientOptions: { subject: mode.subject } });
    return selfSigning(new googleAuth.GoogleAuth({ keyFile: mode.keyFile, scopes }));
  }
  const token = await readCachedToken(mode.configDir);
  if (!token) throw new AuthError(`not signed in to Google: run trellis drive login --client client_secret.json${scopes.includes(SHEETS_READONLY_SCOPE) ? ' --sheets' : ''} (see docs/team-and-drive.md), or use --adc or --service-account KEY.json`);
  const granted = new Set((token.scope ?? '').split(/\s+/));
  const missing = scopes.filter((s) => !granted.has(s));
  if (missing.length) {
    throw new AuthError(`the saved sign-in does not allow ${missing.map((s) => s.replace('https://www.googleapis.com/auth/', '')).join(', ')}: run trellis drive login${missing.includes(SHEETS_READONLY_SCOPE) ? ' --sheets' : ''} again to grant it`);
  }
  const client = oauthClient({ clientId: token.client_id, clientSecret: token.client_secret, authUri: token.auth_uri, tokenUri: token.token_uri });
  client.setCredentials({ refresh_token: token.refresh_token, access_token: token.access_token, expiry_date: token.expiry_date, token_type: token.token_type, scope: token.scope });
  // a refreshed access token is saved, so the next command does not refresh again
  client.on('tokens', (fresh) => {
    void saveToken(mode.configDir, { ...token, access_token: fresh.access_token ?? token.access_token, expiry_date: fresh.expiry_date ?? token.expiry_date, refresh_token: fresh.refresh_token ?? token.refresh_token });
  });
  return client;
}
