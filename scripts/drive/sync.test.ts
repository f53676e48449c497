import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPlan, toFileJson } from '../../shared/model/files';
import { applyCommand } from '../../shared/plan/commands';
import { frameworkDriveName, frameworkProperties, planDriveName, planProperties } from '../../shared/storage/drive-files';
import { testFramework } from '../../shared/test/fixtures';
import { teamPlan } from '../../shared/test/team-fixtures';
import { fakeClient, localCareerFolder } from '../test-support/drive-fixtures';
import { FakeGoogle } from '../test-support/fake-google/server';
import { countOutcomes } from './sync-report';
import { pull } from './pull';
import { push } from './push';

let fake: FakeGoogle | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const tmp = () => mkdtempSync(join(tmpdir(), 'trellis-drive-'));
const careerFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.plan.json') || f.endsWith('.framework.json')).sort();

/** Every local file is on Drive exactly once, byte for byte. */
function expectMirrored(dir: string, folderId: string) {
  const remote = fake!.childrenOf(folderId);
  const names = careerFiles(dir);
  expect(remote.map((f) => f.name).sort()).toEqual(names);
  for (const f of remote) expect(f.content.equals(readFileSync(join(dir, f.name))), f.name).toBe(true);
}

describe('drive push and pull against the fake Drive', () => {
  it('pushes plans and frameworks with their app properties, and pulls what the add-on wrote', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = tmp();
    const alex = { ...teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' }), employee: { name: 'Alex', email: 'Alex@Example.com' }, manager: { name: 'Dana', email: 'dana@example.com' } };
    writeFileSync(join(dir, planDriveName(alex.id)), toFileJson(alex));
    writeFileSync(join(dir, frameworkDriveName('eng', 1)), toFileJson(testFramework()));
    writeFileSync(join(dir, 'notes.txt'), 'left alone');
    const pushed = await push(fakeClient(fake), dir, folder.id);
    expect(countOutcomes(pushed)).toEqual({ created: 2 });
    expectMirrored(dir, folder.id);
    // the uploads reached the fake too: the API root is passed per call, since the per-API rootUrl misses media uploads
    expect(fake.stats.byRoute['files.create upload']).toBe(2);
    const onDrive = fake.childrenOf(folder.id).find((f) => f.name === planDriveName(alex.id))!;
    // the same app properties the add-on writes, so its home and Calendar cards find a plan the CLI pushed
    expect(onDrive.appProperties).toEqual({ trellisKind: 'plan', trellisId: alex.id, trellisRevision: '1', trellisEmployee: 'alex@example.com', trellisManager: 'dana@example.com' });
    expect(onDrive.mimeType).toBe('application/json');

    // the add-on saved another plan under a name of its own, plus a Google Doc of it
    const bea = teamPlan({ employee: 'Bea', current: 'eng1', target: 'eng2' });
    fake.addFile({ name: 'Bea — career path.json', parents: [folder.id], content: toFileJson(bea), appProperties: planProperties(bea) });
    fake.addFile({ name: 'Bea — career path', parents: [folder.id], mimeType: 'application/vnd.google-apps.document' });
    const out = tmp();
    const pulled = await pull(fakeClient(fake), folder.id, out);
    expect(countOutcomes(pulled)).toEqual({ downloaded: 3 });
    expect(careerFiles(out)).toEqual([planDriveName(alex.id), planDriveName(bea.id), frameworkDriveName('eng', 1)].sort());
    expect(readPlan(readFileSync(join(out, planDriveName(bea.id)), 'utf8')).employee.name).toBe('Bea');
    // a second pull has nothing to do and downloads nothing
    const downloads = fake.stats.downloads;
    expect(countOutcomes(await pull(fakeClient(fake), folder.id, out))).toEqual({ unchanged: 3 });
    expect(fake.stats.downloads).toBe(downloads);
  });

  it('uploads a plan that continues the Drive copy, and never overwrites a newer or diverged one', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = tmp();
    const name = planDriveName('alex-senior');
    const v1 = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    writeFileSync(join(dir, name), toFileJson(v1));
    await push(fakeClient(fake), dir, folder.id);
    const remoteId = fake.childrenOf(folder.id)[0]!.id;
    const ctx = (at: string) => ({ actor: { name: 'Dana Lee' }, now: at });

    // the local copy moves on: it continues Drive's, so it goes up
    const v2 = applyCommand(v1, { type: 'record-check-in', notes: 'good progress' }, ctx('2026-02-01T10:00:00.000Z'));
    writeFileSync(join(dir, name), toFileJson(v2));
    expect(countOutcomes(await push(fakeClient(fake), dir, folder.id))).toEqual({ uploaded: 1 });
    expect(fake.files.get(remoteId)!.appProperties.trellisRevision).toBe('2');

    // the manager records a check-in in the add-on: Drive is now newer, and push leaves it alone
    const v3 = applyCommand(v2, { type: 'record-check-in', notes: 'from the add-on' }, ctx('2026-02-08T10:00:00.000Z'));
    fake.editFile(remoteId, toFileJson(v3), planProperties(v3));
    const skipped = await push(fakeClient(fake), dir, folder.id);
    expect(countOutcomes(skipped)).toEqual({ 'remote-newer': 1 });
    expect(skipped.notes[0]).toMatch(/Drive has a newer copy \(revision 3, yours 2\); pull it first/);
    expect(readPlan(fake.files.get(remoteId)!.content.toString()).revision).toBe(3);

    // meanwhile the employee changed their copy too: both diverged from revision 2
    const mine = applyCommand(v2, { type: 'record-check-in', notes: 'my own note' }, ctx('2026-02-09T10:00:00.000Z'));
    writeFileSync(join(dir, name), toFileJson(mine));
    const conflicted = await push(fakeClient(fake), dir, folder.id);
    expect(countOutcomes(conflicted)).toEqual({ conflict: 1 });
    expect(conflicted.conflicts).toEqual([{ name, keptAs: 'alex-senior.plan.conflict-r3.json', why: expect.stringContaining('changed separately') }]);
    expect(fake.files.get(remoteId)!.content.toString()).toBe(toFileJson(v3));
    expect(readFileSync(join(dir, 'alex-senior.plan.conflict-r3.json'), 'utf8')).toBe(toFileJson(v3));
    expect(readFileSync(join(dir, name), 'utf8')).toBe(toFileJson(mine));

    // pull keeps the employee's copy too, and lists the same conflict
    const pulled = await pull(fakeClient(fake), folder.id, dir);
    expect(countOutcomes(pulled)).toEqual({ conflict: 1 });
    expect(readFileSync(join(dir, name), 'utf8')).toBe(toFileJson(mine));
    expect(readdirSync(dir).filter((f) => f.includes('conflict'))).toEqual(['alex-senior.plan.conflict-r3.json']);
  });

  it('pulls a newer Drive copy over a local file that has not changed since the last sync, and keeps a framework edited on both sides', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const fw = testFramework();
    const remoteFw = fake.addFile({ name: frameworkDriveName('eng', 1), parents: [folder.id], content: toFileJson(fw), appProperties: frameworkProperties(fw) });
    const dir = tmp();
    await pull(fakeClient(fake), folder.id, dir);
    // HR fixes a typo on Drive: the untouched local copy follows
    const fixed = { ...fw, name: 'Engineering (fixed)' };
    fake.editFile(remoteFw.id, toFileJson(fixed));
    expect(countOutcomes(await pull(fakeClient(fake), folder.id, dir))).toEqual({ downloaded: 1 });
    expect(readFileSync(join(dir, frameworkDriveName('eng', 1)), 'utf8')).toBe(toFileJson(fixed));
    // now both sides change version 1: nothing is overwritten, Drive's copy is kept beside it
    fake.editFile(remoteFw.id, toFileJson({ ...fixed, name: 'Engineering (Drive)' }));
    writeFileSync(join(dir, frameworkDriveName('eng', 1)), toFileJson({ ...fixed, name: 'Engineering (local)' }));
    const report = await pull(fakeClient(fake), folder.id, dir);
    expect(report.conflicts[0]!.keptAs).toMatch(/^eng\.v1\.framework\.conflict-[0-9a-f]{8}\.json$/);
    expect(readFileSync(join(dir, frameworkDriveName('eng', 1)), 'utf8')).toContain('Engineering (local)');
  });

  it('never replaces a readable local plan with a Drive copy that does not read: keeps it, saves Drive\'s beside it, reports it', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const plan = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    const name = planDriveName(plan.id);
    const remote = fake.addFile({ name, parents: [folder.id], content: toFileJson(plan), appProperties: planProperties(plan) });
    const dir = tmp();
    await pull(fakeClient(fake), folder.id, dir);
    // the Drive copy is damaged (a save cut short); the local copy has not changed since the last sync
    const damaged = toFileJson(plan).slice(0, 200);
    fake.editFile(remote.id, damaged);
    const report = await pull(fakeClient(fake), folder.id, dir);
    expect(countOutcomes(report)).toEqual({ skipped: 1 });
    expect(readFileSync(join(dir, name), 'utf8')).toBe(toFileJson(plan));
    const beside = readdirSync(dir).filter((f) => f.includes('conflict'));
    expect(beside).toEqual([expect.stringMatching(/^alex-senior\.plan\.conflict-unreadable-[0-9a-f]{8}\.json$/)]);
    expect(readFileSync(join(dir, beside[0]!), 'utf8')).toBe(damaged);
    expect(report.notes).toEqual([expect.stringMatching(new RegExp(`^${name.replace(/\./g, '\\.')}: kept yours; Drive's copy does not read as a plan \\(.*not valid JSON.*\\), so it is saved beside yours as ${beside[0]!.replace(/\./g, '\\.')}\\. Fix the file on Drive`))]);
    // pulling again changes nothing and keeps one copy beside it
    expect(countOutcomes(await pull(fakeClient(fake), folder.id, dir))).toEqual({ skipped: 1 });
    expect(readdirSync(dir).filter((f) => f.includes('conflict'))).toEqual(beside);
    // a plan that is not here yet is still downloaded, with a warning: nothing readable is lost by writing it
    const other = tmp();
    const first = await pull(fakeClient(fake), folder.id, other);
    expect(countOutcomes(first)).toEqual({ downloaded: 1 });
    expect(first.warnings).toEqual([expect.stringContaining(`${name}: downloaded, but it does not read as a plan`)]);
  });

  it('shares each plan with its employee, manager and approvers once', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = tmp();
    const plan = { ...teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' }), employee: { name: 'Alex', email: 'alex@example.com' }, manager: { name: 'Dana', email: 'dana@example.com' }, approvers: [{ name: 'Morgan', email: 'morgan@example.com' }, { name: 'No Email' }] };
    writeFileSync(join(dir, planDriveName(plan.id)), toFileJson(readPlan(plan)));
    const first = await push(fakeClient(fake), dir, folder.id, { share: true });
    expect(first.shared).toBe(3);
    const id = fake.childrenOf(folder.id)[0]!.id;
    expect(fake.permissions.get(id)!.map((p) => [p.emailAddress, p.role])).toEqual([['alex@example.com', 'writer'], ['dana@example.com', 'writer'], ['morgan@example.com', 'writer']]);
    expect((await push(fakeClient(fake), dir, folder.id, { share: true })).shared).toBe(0);
    expect(fake.permissions.get(id)).toHaveLength(3);
  });

  it('raises someone who can only read a plan to the role it gives, and repeats no share whose answer was lost', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = tmp();
    const plan = { ...teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' }), employee: { name: 'Alex', email: 'alex@example.com' }, manager: { name: 'Dana', email: 'dana@example.com' } };
    writeFileSync(join(dir, planDriveName(plan.id)), toFileJson(readPlan(plan)));
    await push(fakeClient(fake), dir, folder.id);
    const id = fake.childrenOf(folder.id)[0]!.id;
    fake.permissions.set(id, [{ id: 'p1', type: 'user', role: 'reader', emailAddress: 'alex@example.com' }]);
    fake.armFault('permissions.create', 'drop-after-commit');
    fake.armFault('permissions.create', 'rate-limit-after-commit');
    expect((await push(fakeClient(fake), dir, folder.id, { share: true })).shared).toBe(2);
    expect(fake.stats.byRoute['permissions.create']).toBe(2);
    const roles = (email: string) => fake!.permissions.get(id)!.filter((p) => p.emailAddress === email).map((p) => p.role);
    expect(roles('alex@example.com')).toContain('writer');
    expect(roles('dana@example.com')).toEqual(['writer']);
  });

  it('refuses an unreadable local file instead of uploading it, and explains a folder it cannot see', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = tmp();
    writeFileSync(join(dir, 'broken.plan.json'), '{"kind":"trellis.plan"');
    const report = await push(fakeClient(fake), dir, folder.id);
    expect(countOutcomes(report)).toEqual({ skipped: 1 });
    expect(report.notes[0]).toMatch(/broken\.plan\.json: not uploaded, it does not read as a plan: .*not valid JSON/);
    expect(fake.childrenOf(folder.id)).toEqual([]);
    await expect(push(fakeClient(fake), dir, 'missingfolder123')).rejects.toThrow(/no folder missingfolder123 that this account can see.*drive\.file/);
    const file = fake.addFile({ name: 'x.json', parents: [folder.id] });
    await expect(pull(fakeClient(fake), file.id, dir)).rejects.toThrow(/is "x\.json", a file, not a folder/);
  });
});

describe('syncing 1,000 files through faults', () => {
  it('pushes 1,000 files under a 20% fault rate: every file on Drive once and unchanged; then pulls them all back', async () => {
    fake = await FakeGoogle.start({ faults: { rate: 0.2, seed: 42, retryAfterSeconds: 1, slowMs: 400 }, maxPageSize: 400 });
    const folder = fake.addFolder('Career paths');
    const dir = localCareerFolder(999);
    let retries = 0;
    const client = fakeClient(fake, { timeoutMs: 250, onRetry: () => retries++ });
    const report = await push(client, dir, folder.id, { concurrency: 8 });
    expect(report.interrupted).toBe(false);
    expect(countOutcomes(report)).toEqual({ created: 1000 });
    expectMirrored(dir, folder.id);
    expect(fake.faults!.total).toBeGreaterThan(150);
    for (const kind of ['429', '403-rate', '500', '503', 'drop', 'drop-after-commit', 'slow'] as const) expect(fake.faults!.counts[kind], kind).toBeGreaterThan(5);
    expect(retries).toBeGreaterThanOrEqual(fake.faults!.total - 5);

    const out = tmp();
    const pulled = await pull(fakeClient(fake, { timeoutMs: 250 }), folder.id, out, { concurrency: 8 });
    expect(countOutcomes(pulled)).toEqual({ downloaded: 1000 });
    expect(careerFiles(out)).toEqual(careerFiles(dir));
    for (const name of careerFiles(dir)) expect(readFileSync(join(out, name)).equals(readFileSync(join(dir, name))), name).toBe(true);
    // listing 1,000 files takes three pages when Drive sends 400 a page (one more for the push's empty folder)
    expect(fake.stats.byRoute['files.list']).toBeGreaterThanOrEqual(4);
  });

  it('resumes a push interrupted mid-way without losing or duplicating a file', async () => {
    fake = await FakeGoogle.start({ faults: { rate: 0.2, seed: 7, retryAfterSeconds: 1, slowMs: 400 } });
    const folder = fake.addFolder('Career paths');
    const dir = localCareerFolder(999);
    const controller = new AbortController();
    fake.onCommit = () => {
      if (fake!.stats.creates >= 400) controller.abort();
    };
    const first = await push(fakeClient(fake, { timeoutMs: 250, signal: controller.signal }), dir, folder.id, { concurrency: 8, signal: controller.signal });
    expect(first.interrupted).toBe(true);
    const afterFirst = fake.childrenOf(folder.id).length;
    expect(afterFirst).toBeGreaterThanOrEqual(400);
    expect(afterFirst).toBeLessThan(1000);
    fake.onCommit = undefined;
    const second = await push(fakeClient(fake, { timeoutMs: 250 }), dir, folder.id, { concurrency: 8 });
    expect(second.interrupted).toBe(false);
    const counts = countOutcomes(second);
    // what the first run finished is recognised, not uploaded again
    expect((counts.unchanged ?? 0) + (counts.created ?? 0)).toBe(1000);
    expect(counts.unchanged).toBeGreaterThanOrEqual(afterFirst - 8);
    expectMirrored(dir, folder.id);
    expect(fake.stats.creates).toBe(1000);
  });

  it('resumes an interrupted pull: files already down are not fetched again, and none is half written', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const source = localCareerFolder(299);
    await push(fakeClient(fake), source, folder.id, { concurrency: 8 });
    fake.setFaults({ rate: 0.2, seed: 9, retryAfterSeconds: 1, slowMs: 400 });
    const out = tmp();
    const controller = new AbortController();
    const client = fakeClient(fake, { timeoutMs: 250, signal: controller.signal });
    const original = client.download.bind(client);
    let downloads = 0;
    client.download = async (id: string) => {
      if (++downloads === 120) controller.abort();
      return original(id);
    };
    const first = await pull(client, folder.id, out, { concurrency: 8, signal: controller.signal });
    expect(first.interrupted).toBe(true);
    const partial = careerFiles(out);
    expect(partial.length).toBeGreaterThan(100);
    expect(partial.length).toBeLessThan(300);
    for (const name of partial) expect(readFileSync(join(out, name)).equals(readFileSync(join(source, name)))).toBe(true);
    expect(readdirSync(out).some((f) => f.endsWith('.tmp'))).toBe(false);
    const before = fake.stats.downloads;
    const second = await pull(fakeClient(fake, { timeoutMs: 250 }), folder.id, out, { concurrency: 8 });
    const counts = countOutcomes(second);
    expect(counts.unchanged).toBe(partial.length);
    expect(counts.downloaded).toBe(300 - partial.length);
    // only the missing files were fetched (plus retried attempts of those)
    expect(fake.stats.downloads - before).toBeLessThan((300 - partial.length) * 1.6);
    expect(careerFiles(out)).toEqual(careerFiles(source));
    for (const name of careerFiles(source)) expect(readFileSync(join(out, name)).equals(readFileSync(join(source, name)))).toBe(true);
    expect(existsSync(join(out, '.trellis-sync.jsonl'))).toBe(true);
  });
});
