// Who may see and change which file in the fake Drive, so tests show what a real person's Trellis would and would
// not see. Each token belongs to one user and one app (the Google Cloud project of the OAuth client) and carries
// scopes. A user may access a file they own or that has a permission for them, on it or on a folder above it
// (folder permissions pass down). Under `drive.file` the app reaches a file only when, besides, the app was granted
// it for that user: the user created it with the app, or opened it with the app (Google Picker, "Open with", the
// add-on's file-scope request). The rule, its sources and what could not be confirmed: docs/team-and-drive.md.

import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';

export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';
export const DRIVE_READONLY_SCOPE = 'https://www.googleapis.com/auth/drive.readonly';
export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';
export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
export const SHEETS_READONLY_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.readonly';

/** The person tests act as unless they say otherwise, and the app (Cloud project) Trellis's clients belong to. */
export const DEFAULT_USER = 'me@example.com';
export const TRELLIS_APP = 'trellis';

export type Role = 'reader' | 'commenter' | 'writer' | 'owner';
const RANK: Record<Role, number> = { reader: 1, commenter: 2, writer: 3, owner: 4 };

export function atLeast(role: Role | undefined, wanted: Role): boolean {
  return !!role && RANK[role] >= RANK[wanted];
}

/** What a request is made as. */
export interface Caller {
  user: string;
  app: string;
  scopes: ReadonlySet<string>;
}

export interface SharedFile {
  id: string;
  owner: string;
  parents: string[];
}

export interface Grant {
  type: string;
  role: string;
  emailAddress?: string;
}

export class DriveAccess {
  private readonly callers = new Map<string, Caller>();
  /** "app|user|fileId": the app may reach this file for this user under drive.file. */
  private readonly appGrants = new Set<string>();

  constructor(
    private readonly fileById: (id: string) => SharedFile | undefined,
    private readonly permissionsOf: (id: string) => readonly Grant[],
  ) {}

  addToken(token: string, caller: { user?: string; app?: string; scopes?: readonly string[] } = {}): void {
    this.callers.set(token, { user: (caller.user ?? DEFAULT_USER).toLowerCase(), app: caller.app ?? TRELLIS_APP, scopes: new Set(caller.scopes ?? [DRIVE_FILE_SCOPE, SHEETS_READONLY_SCOPE]) });
  }

  caller(token: string): Caller | undefined {
    return this.callers.get(token) ?? this.serviceAccountCaller(token);
  }

  /** Service accounts whose self-signed JWTs the fake accepts as access tokens, by email: their public keys. */
  private readonly serviceAccounts = new Map<string, KeyObject>();

  /**
   * A service account of Trellis's Cloud project: its requests carry a JWT it signed itself (RS256) with a `scope`
   * claim, as Google accepts from service accounts instead of an access token from the token endpoint.
   */
  addServiceAccount(email: string, publicKeyPem: string): void {
    this.serviceAccounts.set(email.toLowerCase(), createPublicKey(publicKeyPem));
  }

  private serviceAccountCaller(token: string): Caller | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    try {
      const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
      const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { iss?: string; sub?: string; scope?: string; exp?: number };
      const key = this.serviceAccounts.get((claims.iss ?? '').toLowerCase());
      if (!key || header.alg !== 'RS256' || !claims.exp || claims.exp * 1000 < Date.now()) return undefined;
      if (!cryptoVerify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), key, Buffer.from(parts[2]!, 'base64url'))) return undefined;
      return { user: (claims.sub || claims.iss!).toLowerCase(), app: TRELLIS_APP, scopes: new Set((claims.scope ?? '').split(/\s+/).filter(Boolean)) };
    } catch {
      return undefined;
    }
  }

  /** The app may reach the file for this user from now on (they created it with the app, or opened it with it). */
  grant(app: string, user: string, fileId: string): void {
    this.appGrants.add(`${app}|${user.toLowerCase()}|${fileId}`);
  }

  /** The user's role on the file: as owner, from a permission on it, or from one on a folder above it. */
  roleOf(user: string, file: SharedFile, seen = new Set<string>()): Role | undefined {
    if (seen.has(file.id)) return undefined;
    seen.add(file.id);
    if (file.owner === user) return 'owner';
    let best: Role | undefined;
    const consider = (role: string | undefined) => {
      if (role && role in RANK && !atLeast(best, role as Role)) best = role as Role;
    };
    for (const p of this.permissionsOf(file.id)) if (p.type === 'anyone' || (p.type === 'user' && p.emailAddress?.toLowerCase() === user)) consider(p.role);
    for (const parentId of file.parents) {
      const parent = this.fileById(parentId);
      // a folder's owner may edit what others put in it, but does not own it
      const inherited = parent && this.roleOf(user, parent, seen);
      consider(inherited === 'owner' ? 'writer' : inherited);
    }
    return best;
  }

  /** Whether the caller's scopes let it use Drive at all, and write to it. */
  driveScope(caller: Caller): { read: boolean; write: boolean } {
    const s = caller.scopes;
    const write = s.has(DRIVE_SCOPE) || s.has(DRIVE_FILE_SCOPE);
    return { read: write || s.has(DRIVE_READONLY_SCOPE), write };
  }

  sheetsScope(caller: Caller): boolean {
    return [SHEETS_SCOPE, SHEETS_READONLY_SCOPE, DRIVE_SCOPE, DRIVE_READONLY_SCOPE].some((s) => caller.scopes.has(s));
  }

  /** The caller's role on the file when its app can reach it; undefined when the file is out of its sight. */
  reach(caller: Caller, file: SharedFile): Role | undefined {
    const role = this.roleOf(caller.user, file);
    if (!role) return undefined;
    const wide = caller.scopes.has(DRIVE_SCOPE) || caller.scopes.has(DRIVE_READONLY_SCOPE);
    return wide || this.appGrants.has(`${caller.app}|${caller.user}|${file.id}`) ? role : undefined;
  }
}
