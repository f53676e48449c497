// The fake Google sign-in: the authorization-code flow with PKCE and refresh tokens, as an installed app meets it.
// The consent screen is taken as agreed by `user`; each access token it issues belongs to that user, the OAuth
// client's Cloud project (the "app" drive.file grants are made to) and the scopes granted.
import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_USER, TRELLIS_APP } from './drive-access';
import type { Reply } from './reply';

interface Grant {
  clientId: string;
  scope: string;
  user: string;
}

export type IssueToken = (token: string, caller: { user: string; app: string; scopes: string[] }) => void;

export class FakeOAuth {
  /** Who signs in at the consent screen. */
  user = DEFAULT_USER;
  private readonly clients = new Map<string, { secret: string; app: string }>();
  private readonly codes = new Map<string, Grant & { redirectUri: string; challenge?: string }>();
  private readonly refreshTokens = new Map<string, Grant>();

  constructor(private readonly issueToken: IssueToken) {}

  registerClient(clientId: string, secret: string, app = TRELLIS_APP): void {
    this.clients.set(clientId, { secret, app });
  }

  /** The consent screen, already agreed: redirects to the app's loopback address with a code, as Google does. */
  authorize(q: URLSearchParams): Reply {
    const clientId = q.get('client_id') ?? '';
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!this.clients.has(clientId)) return { status: 400, body: 'Error 401: invalid_client' };
    if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(redirectUri)) return { status: 400, body: 'Error 400: redirect_uri_mismatch' };
    const code = `code-${randomBytes(8).toString('hex')}`;
    this.codes.set(code, { clientId, redirectUri, challenge: q.get('code_challenge') ?? undefined, scope: q.get('scope') ?? '', user: this.user });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    if (q.get('state')) back.searchParams.set('state', q.get('state')!);
    back.searchParams.set('scope', q.get('scope') ?? '');
    return { status: 302, headers: { location: back.toString() }, body: '' };
  }

  token(form: URLSearchParams): Reply {
    const clientId = form.get('client_id') ?? '';
    const client = this.clients.get(clientId);
    if (!client || client.secret !== form.get('client_secret')) return { status: 401, body: { error: 'invalid_client' } };
    const issue = (grant: Grant, refresh?: string) => {
      const access = `access-${randomBytes(8).toString('hex')}`;
      this.issueToken(access, { user: grant.user, app: client.app, scopes: grant.scope.split(/\s+/).filter(Boolean) });
      const refreshToken = refresh ?? `refresh-${randomBytes(8).toString('hex')}`;
      this.refreshTokens.set(refreshToken, grant);
      return { status: 200, body: { access_token: access, expires_in: 3599, token_type: 'Bearer', scope: grant.scope, ...(refresh ? {} : { refresh_token: refreshToken }) } };
    };
    if (form.get('grant_type') === 'authorization_code') {
      const grant = this.codes.get(form.get('code') ?? '');
      if (!grant || grant.clientId !== clientId || grant.redirectUri !== form.get('redirect_uri')) return { status: 400, body: { error: 'invalid_grant' } };
      if (grant.challenge) {
        const verifier = form.get('code_verifier') ?? '';
        if (createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) return { status: 400, body: { error: 'invalid_grant', error_description: 'code_verifier does not match' } };
      }
      this.codes.delete(form.get('code')!);
      return issue(grant);
    }
    if (form.get('grant_type') === 'refresh_token') {
      const grant = this.refreshTokens.get(form.get('refresh_token') ?? '');
      return grant === undefined || grant.clientId !== clientId ? { status: 400, body: { error: 'invalid_grant' } } : issue(grant, form.get('refresh_token')!);
    }
    return { status: 400, body: { error: 'unsupported_grant_type' } };
  }
}
