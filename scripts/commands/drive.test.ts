import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFileJson } from '../../shared/model/files';
import { planDriveName, planProperties } from '../../shared/storage/drive-files';
import { teamPlan } from '../../shared/test/team-fixtures';
import { captureIO } from '../cli/io';
import { configDir, DRIVE_FILE_SCOPE, TOKEN_FILE } from '../drive/auth';
import { Progress } from '../drive/progress';
import { FakeGoogle } from '../test-support/fake-google/server';
import { main } from '../trellis';

let fake: FakeGoogle;
let home: string;
const savedEnv = { ...process.env };

beforeEach(async () => {
  fake = await FakeGoogle.start();
  home = mkdtempSync(join(tmpdir(), 'trellis-home-'));
  process.env.XDG_CONFIG_HOME = join(home, 'config');
  delete process.env.TRELLIS_OAUTH_CLIENT;
});
afterEach(async () => {
  process.env = { ...savedEnv };
  await fake.close();
});

function clientFile(): string {
  fake.registerOAuthClient('trellis-test.apps.googleusercontent.com', 'shh');
  const path = join(home, 'client_secret.json');
  writeFileSync(path, JSON.stringify({ installed: { client_id: 'trellis-test.apps.googleusercontent.com', client_secret: 'shh', auth_uri: `${fake.url}/o/oauth2/v2/auth`, token_uri: `${fake.url}/token`, redirect_uris: ['http://localhost'] } }));
  return path;
}

/** Plays the browser: waits for the sign-in link, opens it, follows Google's redirect to the loopback server. */
async function signInInBrowser(io: ReturnType<typeof captureIO>): Promise<URL> {
  for (let i = 0; i < 200 && !/https?:\/\/\S+/.test(io.err()); i++) await new Promise((r) => setTimeout(r, 10));
  const url = new URL(/(https?:\/\/\S+)/.exec(io.err())![1]!);
  const page = await fetch(url);
  expect(await page.text()).toContain('Trellis is signed in');
  return url;
}

async function signIn(extra: string[] = []): Promise<URL> {
  const io = captureIO(home);
  const running = main(['drive', 'login', '--client', clientFile(), ...extra], io);
  const url = await signInInBrowser(io);
  expect(await running).toBe(0);
  expect(io.out()).toContain(`Signed in. The token is saved in ${join(home, 'config', 'trellis')}`);
  return url;
}

describe('trellis drive login', () => {
  it('runs the desktop OAuth flow with PKCE and the narrowest scope, and caches the token for the owner only', async () => {
    const url = await signIn();
    expect(url.searchParams.get('scope')).toBe(DRIVE_FILE_SCOPE);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('access_type')).toBe('offline');
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const path = join(home, 'config', 'trellis', TOKEN_FILE);
    const token = JSON.parse(readFileSync(path, 'utf8'));
    expect(token).toMatchObject({ client_id: 'trellis-test.apps.googleusercontent.com', scope: DRIVE_FILE_SCOPE, refresh_token: expect.stringMatching(/^refresh-/), access_token: expect.stringMatching(/^access-/) });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    // with --sheets the read-only Sheets scope is asked for as well
    const again = await signIn(['--sheets']);
    expect(again.searchParams.get('scope')).toBe(`${DRIVE_FILE_SCOPE} https://www.googleapis.com/auth/spreadsheets.readonly`);
  });

  it('finds the config folder the platform way', () => {
    expect(configDir({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux', '/home/a')).toBe('/x/cfg/trellis');
    expect(configDir({}, 'linux', '/home/a')).toBe('/home/a/.config/trellis');
    expect(configDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toMatch(/Roaming.trellis$/);
  });

  it('says how to sign in when there is no token, and which scope is missing', async () => {
    const io = captureIO(home);
    expect(await main(['drive', 'pull', 'abcdefghijklmnop', '--out', 'x', '--api-root', fake.url], io)).toBe(1);
    expect(io.err()).toContain('not signed in to Google: run trellis drive login --client client_secret.json');
    await signIn();
    const io2 = captureIO(home);
    expect(await main(['drive', 'import-sheet', 'abcdefghijklmnop', '--out', 'f.json', '--api-root', fake.url], io2)).toBe(1);
    expect(io2.err()).toContain('does not allow spreadsheets.readonly: run trellis drive login --sheets again');
  });
});

describe('trellis drive pull and push', () => {
  it('syncs through the cached sign-in, refreshing an expired access token and saving the new one', async () => {
    await signIn();
    const path = join(home, 'config', 'trellis', TOKEN_FILE);
    const stale = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...stale, access_token: 'expired', expiry_date: Date.now() - 1000 }));
    const folder = fake.addFolder('Career paths');
    const plan = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    fake.addFile({ name: planDriveName(plan.id), parents: [folder.id], content: toFileJson(plan), appProperties: planProperties(plan) });
    const io = captureIO(home);
    const link = `https://drive.google.com/drive/folders/${folder.id}`;
    expect(await main(['drive', 'pull', link, '--out', 'plans', '--api-root', fake.url], io)).toBe(0);
    expect(io.out()).toMatch(/Pulled into .*plans: 1 file: 1 downloaded/);
    // plain progress lines when stderr is not a terminal
    expect(io.err()).toMatch(/100% 1\/1 files pulled/);
    expect(readFileSync(join(home, 'plans', planDriveName(plan.id)), 'utf8')).toBe(toFileJson(plan));
    await new Promise((r) => setTimeout(r, 50));
    const refreshed = JSON.parse(readFileSync(path, 'utf8'));
    expect(refreshed.access_token).not.toBe('expired');
    expect(refreshed.refresh_token).toBe(stale.refresh_token);

    // the employee works on it and pushes: uploaded; a second push has nothing to do
    writeFileSync(join(home, 'plans', 'bea-eng2.plan.json'), toFileJson(teamPlan({ employee: 'Bea', current: 'eng1', target: 'eng2' })));
    const io2 = captureIO(home);
    expect(await main(['drive', 'push', 'plans', '--folder', folder.id, '--api-root', fake.url, '--concurrency', '2'], io2)).toBe(0);
    expect(io2.out()).toContain('Pushed to Drive folder');
    expect(io2.out()).toMatch(/2 files: (1 unchanged, 1 created|1 created, 1 unchanged)/);
    expect(fake.childrenOf(folder.id).map((f) => f.name).sort()).toEqual(['alex-senior.plan.json', 'bea-eng2.plan.json']);
  });

  it('exits 1 and lists each conflict with where the other copy was kept', async () => {
    await signIn();
    const folder = fake.addFolder('Career paths');
    const plan = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    const remote = fake.addFile({ name: planDriveName(plan.id), parents: [folder.id], content: toFileJson({ ...plan, revision: 2, history: [...plan.history, { revision: 2, at: '2026-02-01T00:00:00.000Z', by: 'Dana', action: 'add-comment', detail: 'drive' }] }) });
    writeFileSync(join(home, planDriveName(plan.id)), toFileJson({ ...plan, revision: 2, history: [...plan.history, { revision: 2, at: '2026-02-02T00:00:00.000Z', by: 'Alex', action: 'add-comment', detail: 'local' }] }));
    const io = captureIO(home);
    expect(await main(['drive', 'push', '.', '--folder', folder.id, '--api-root', fake.url], io)).toBe(1);
    expect(io.out()).toContain('1 conflict: both copies kept, nothing overwritten');
    expect(io.out()).toContain('alex-senior.plan.json: Drive\'s copy (revision 2) and yours (revision 2) were changed separately; the other copy is alex-senior.plan.conflict-r2.json');
    expect(existsSync(join(home, 'alex-senior.plan.conflict-r2.json'))).toBe(true);
    expect(fake.files.get(remote.id)!.version).toBe(1);
  });

  /** A signed-in person who pulled a folder holding one plan; `again()` pulls once more. */
  async function pulledOnce() {
    await signIn();
    const folder = fake.addFolder('Career paths');
    const plan = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    const remote = fake.addFile({ name: planDriveName(plan.id), parents: [folder.id], content: toFileJson(plan), appProperties: planProperties(plan) });
    const again = (io = captureIO(home)) => main(['drive', 'pull', folder.id, '--out', 'plans', '--api-root', fake.url], io);
    expect(await again()).toBe(0);
    return { plan, remote, again };
  }

  it('exits 1 when Drive\'s copy does not read, keeping the local plan and saying where Drive\'s went', async () => {
    const { plan, remote, again } = await pulledOnce();
    fake.editFile(remote.id, '{"kind":"trellis.plan","schemaVersion":99}');
    const io = captureIO(home);
    expect(await again(io)).toBe(1);
    expect(io.out()).toMatch(/1 file: 1 skipped/);
    expect(io.out()).toMatch(/alex-senior\.plan\.json: kept yours; Drive's copy does not read as a plan .* saved beside yours as alex-senior\.plan\.conflict-unreadable-[0-9a-f]{8}\.json/);
    expect(readFileSync(join(home, 'plans', planDriveName(plan.id)), 'utf8')).toBe(toFileJson(plan));
  });

  it('exits 1 and lists a file pulled before that this account no longer sees, keeping the copy', async () => {
    const { plan, remote, again } = await pulledOnce();
    fake.files.delete(remote.id);
    const io = captureIO(home);
    expect(await again(io)).toBe(1);
    expect(io.out()).toContain('1 file synced before is not in the folder as this account sees it now; your copies are kept');
    expect(io.out()).toMatch(/ {2}alex-senior\.plan\.json: deleted, or this account cannot open it with Trellis any more/);
    expect(existsSync(join(home, 'plans', planDriveName(plan.id)))).toBe(true);
  });

  it('rejects what is not a folder id or link, and a bad concurrency, as usage errors', async () => {
    const io = captureIO(home);
    expect(await main(['drive', 'pull', 'my folder', '--out', 'x'], io)).toBe(2);
    expect(io.err()).toContain('"my folder" is not a Drive folder id or link');
    const io2 = captureIO(home);
    expect(await main(['drive', 'push', '.', '--folder', 'abcdefghijklmnop', '--concurrency', '100'], io2)).toBe(2);
    expect(io2.err()).toContain('--concurrency "100"');
  });
});

describe('HR automation: a service account, or Application Default Credentials', () => {
  /** A service account key file as the Cloud console gives it, with a key pair made here. */
  function serviceAccountKey(email: string): string {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    fake.registerServiceAccount(email, publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const path = join(home, 'sa-key.json');
    writeFileSync(path, JSON.stringify({ type: 'service_account', project_id: 'trellis', private_key_id: 'k1', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), client_email: email, client_id: '1', token_uri: `${fake.url}/token` }));
    return path;
  }

  it('pushes and pulls as the service account, which reaches only what it made with Trellis', async () => {
    const robot = 'hr-reports@trellis.iam.gserviceaccount.com';
    const key = serviceAccountKey(robot);
    const folder = fake.addFolder('Career paths (HR)', ['root'], robot);
    const local = mkdtempSync(join(home, 'plans-'));
    writeFileSync(join(local, 'bea-eng2.plan.json'), toFileJson(teamPlan({ employee: 'Bea', current: 'eng1', target: 'eng2' })));
    const io = captureIO(home);
    expect(await main(['drive', 'push', local, '--folder', folder.id, '--service-account', key, '--api-root', fake.url], io)).toBe(0);
    expect(io.out()).toMatch(/1 created/);
    const made = fake.childrenOf(folder.id).find((f) => f.name === 'bea-eng2.plan.json')!;
    expect(made.owner).toBe(robot);
    // a plan someone put in the folder by hand is outside the service account's drive.file reach
    fake.addFile({ name: 'sam-senior.plan.json', parents: [folder.id], content: toFileJson(teamPlan({ employee: 'Sam', current: 'eng2', target: 'senior' })), owner: robot, createdWithApp: false });
    const io2 = captureIO(home);
    expect(await main(['drive', 'pull', folder.id, '--out', 'pulled', '--service-account', key, '--api-root', fake.url], io2)).toBe(0);
    expect(readdirSync(join(home, 'pulled')).filter((f) => f.endsWith('.json'))).toEqual(['bea-eng2.plan.json']);
  });

  it('finds the same key through GOOGLE_APPLICATION_CREDENTIALS with --adc, and says clearly when a key file is missing', async () => {
    const robot = 'hr-reports@trellis.iam.gserviceaccount.com';
    process.env.GOOGLE_APPLICATION_CREDENTIALS = serviceAccountKey(robot);
    const folder = fake.addFolder('Career paths (HR)', ['root'], robot);
    const plan = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    fake.addFile({ name: planDriveName(plan.id), parents: [folder.id], content: toFileJson(plan), appProperties: planProperties(plan), owner: robot });
    const io = captureIO(home);
    expect(await main(['drive', 'pull', folder.id, '--out', 'adc', '--adc', '--api-root', fake.url], io)).toBe(0);
    expect(readFileSync(join(home, 'adc', planDriveName(plan.id)), 'utf8')).toBe(toFileJson(plan));
    const io2 = captureIO(home);
    expect(await main(['drive', 'pull', folder.id, '--out', 'x', '--service-account', join(home, 'nope.json'), '--api-root', fake.url], io2)).toBe(1);
    expect(io2.err()).toContain("nope.json: no such file (the service account's JSON key)");
  });
});

describe('progress', () => {
  it('redraws one bar in place on a terminal and prints a line every tenth elsewhere', () => {
    let tty = '';
    let clock = 0;
    const bar = new Progress({ write: (t) => (tty += t), isTTY: true, columns: 80 }, 'files pulled', 4, () => clock);
    bar.tick();
    bar.retry();
    clock = 1500;
    bar.tick();
    expect(tty.split('\r\x1b[2K').pop()).toBe('[##################.................]  50% 2/4 files pulled · 1 retried · 1.5s');
    expect(tty).not.toContain('\n');
    let plain = '';
    const lines = new Progress({ write: (t) => (plain += t), isTTY: false }, 'files', 100, () => 0);
    for (let i = 0; i < 100; i++) lines.tick();
    expect(plain.trim().split('\n')).toHaveLength(11);
    expect(plain.trim().split('\n').pop()).toBe('100% 100/100 files · 0.0s');
  });
});

describe('trellis report team --pull', () => {
  it('brings the folder up to date from Drive, then reports on it', async () => {
    await signIn();
    const folder = fake.addFolder('Career paths');
    const { testFramework } = await import('../../shared/test/fixtures');
    const { frameworkDriveName, frameworkProperties } = await import('../../shared/storage/drive-files');
    fake.addFile({ name: frameworkDriveName('eng', 1), parents: [folder.id], content: toFileJson(testFramework()), appProperties: frameworkProperties(testFramework()) });
    for (const employee of ['Alex', 'Bea']) {
      const plan = teamPlan({ employee, current: 'eng2', target: 'senior' });
      fake.addFile({ name: planDriveName(plan.id), parents: [folder.id], content: toFileJson(plan), appProperties: planProperties(plan) });
    }
    const io = captureIO(home);
    expect(await main(['report', 'team', 'plans', '--pull', folder.id, '--api-root', fake.url, '--out', 'report', '--today', '2026-03-01'], io)).toBe(0);
    expect(io.out()).toMatch(/Pulled into .*plans: 3 files: 3 downloaded/);
    expect(io.out()).toMatch(/Team report for 2026-03-01: 2 plans, frameworks eng v1/);
    expect(readFileSync(join(home, 'report', 'team-report.html'), 'utf8')).toContain('Bea');
  });
});
