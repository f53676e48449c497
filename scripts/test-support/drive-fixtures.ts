// Test and bench helpers for Drive: the real googleapis client with offline auth (an OAuth2Client holding a preset
// token) pointed at the fake server, retry waits kept short through the policy's options.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toFileJson } from '../../shared/model/files';
import { frameworkDriveName } from '../../shared/storage/drive-files';
import { departmentFramework, departmentPlans } from '../../shared/test/department';
import { DriveClient, type DriveClientOptions } from '../drive/drive-client';
import { googleAuth, type OAuth2Client } from '../drive/google-apis';
import type { FakeGoogle } from './fake-google/server';

export function offlineAuth(token = 'test-access-token'): OAuth2Client {
  const auth = new googleAuth.OAuth2();
  auth.setCredentials({ access_token: token, token_type: 'Bearer', expiry_date: Date.now() + 24 * 3600_000 });
  return auth;
}

/** A client of the fake: every call (uploads too) at its address, retry waits in milliseconds. */
export function fakeClient(fake: FakeGoogle, options: Partial<DriveClientOptions> = {}): DriveClient {
  return new DriveClient({
    auth: offlineAuth(),
    rootUrl: fake.url,
    sheetsRootUrl: fake.url,
    timeoutMs: 2000,
    retry: { baseDelayMs: 2, maxDelayMs: 20, retryAfterUnitMs: 5, retries: 10 },
    ...options,
  });
}

/** A folder of `count` plan files and their framework, as HR would have them; returns its path. */
export function localCareerFolder(count: number, today = '2026-03-01'): string {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-sync-'));
  const framework = departmentFramework();
  writeFileSync(join(dir, frameworkDriveName(framework.id, framework.version)), toFileJson(framework));
  for (const plan of departmentPlans(framework, count, today)) writeFileSync(join(dir, `${plan.id}.plan.json`), toFileJson(plan));
  return dir;
}
