import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPlan, toFileJson } from '../../shared/model/files';
import type { Plan } from '../../shared/model/plan';
import { applyCommand } from '../../shared/plan/commands';
import { frameworkDriveName, planDriveName, planProperties } from '../../shared/storage/drive-files';
import { testFramework } from '../../shared/test/fixtures';
import { teamPlan } from '../../shared/test/team-fixtures';
import { fakeClient } from '../test-support/drive-fixtures';
import { FakeGoogle } from '../test-support/fake-google/server';
import { pull } from './pull';
import { push } from './push';
import { JOURNAL_FILE } from './sync-journal';
import { countOutcomes } from './sync-report';

// Calls that change Drive and whose answer is lost (a dropped connection, a timeout, an error sent after the
// change was made): a retry must neither write over a save made meanwhile nor make a second file.

let fake: FakeGoogle | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const tmp = () => mkdtempSync(join(tmpdir(), 'trellis-lost-'));
const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const at = (iso: string) => ({ actor: { name: 'Dana Lee' }, now: iso });
const NAME = planDriveName('alex-senior');

/** Plan v1 pushed to Drive, and a local v2 that continues it, ready to be pushed. */
async function planPushedThenChanged() {
  fake = await FakeGoogle.start();
  const folder = fake.addFolder('Career paths');
  const dir = tmp();
  const v1 = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
  writeFileSync(join(dir, NAME), toFileJson(v1));
  expect(countOutcomes(await push(fakeClient(fake), dir, folder.id))).toEqual({ created: 1 });
  const v2 = applyCommand(v1, { type: 'record-check-in', notes: 'good progress' }, at('2026-02-01T10:00:00.000Z'));
  writeFileSync(join(dir, NAME), toFileJson(v2));
  const file = fake.childrenOf(folder.id)[0]!;
  return { folder, dir, file, v1, v2 };
}

/** What the journal says the last sync agreed on for the plan. */
function journalBase(dir: string): { localMd5: string; remoteMd5: string } {
  const lines = readFileSync(join(dir, JOURNAL_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return lines.filter((l) => l.name === NAME).pop();
}

describe('an update whose answer was lost', () => {
  it('does not write over a check-in the manager saved meanwhile: Drive keeps it, nothing is called in sync', async () => {
    const { folder, dir, file, v2 } = await planPushedThenChanged();
    let v3: Plan | undefined;
    fake!.armFault('files.update', 'drop-after-commit');
    fake!.onCommit = (kind, changed) => {
      if (kind !== 'update' || v3) return;
      // the manager records a check-in in the add-on, on top of the upload that just arrived
      v3 = applyCommand(v2, { type: 'record-check-in', notes: 'from the add-on' }, at('2026-02-02T10:00:00.000Z'));
      fake!.editFile(changed.id, toFileJson(v3), planProperties(v3));
    };
    const report = await push(fakeClient(fake!), dir, folder.id);
    expect(countOutcomes(report)).toEqual({ 'remote-newer': 1 });
    expect(report.notes).toEqual([`${NAME}: not uploaded, Drive has a newer copy (revision 3, yours 2); pull it first`]);
    expect(readPlan(fake!.files.get(file.id)!.content.toString()).revision).toBe(3);
    expect(fake!.files.get(file.id)!.content.toString()).toBe(toFileJson(v3!));
    expect(fake!.stats.updates).toBe(1);
    // the journal still holds the last agreement (v1), not "v2 is on Drive"
    expect(journalBase(dir).localMd5).not.toBe(md5(toFileJson(v2)));
    // and the next pull brings the manager's check-in down, since it continues the local copy
    expect(countOutcomes(await pull(fakeClient(fake!), folder.id, dir))).toEqual({ downloaded: 1 });
    expect(readFileSync(join(dir, NAME), 'utf8')).toBe(toFileJson(v3!));
  });

  it('keeps both copies side by side when the save made meanwhile does not continue ours', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = tmp();
    const fwName = frameworkDriveName('eng', 1);
    const fw = testFramework();
    writeFileSync(join(dir, fwName), toFileJson(fw));
    await push(fakeClient(fake), dir, folder.id);
    const file = fake.childrenOf(folder.id)[0]!;
    writeFileSync(join(dir, fwName), toFileJson({ ...fw, name: 'Engineering (mine)' }));
    const theirs = toFileJson({ ...fw, name: 'Engineering (HR, in the add-on)' });
    fake.armFault('files.update', 'drop-after-commit');
    fake.onCommit = (kind, changed) => {
      if (kind === 'update' && changed.content.toString() !== theirs) fake!.editFile(changed.id, theirs);
    };
    const report = await push(fakeClient(fake), dir, folder.id);
    expect(countOutcomes(report)).toEqual({ conflict: 1 });
    const keptAs = report.conflicts[0]!.keptAs;
    expect(keptAs).toMatch(/^eng\.v1\.framework\.conflict-[0-9a-f]{8}\.json$/);
    expect(readFileSync(join(dir, keptAs), 'utf8')).toBe(theirs);
    expect(readFileSync(join(dir, fwName), 'utf8')).toContain('Engineering (mine)');
    expect(fake.files.get(file.id)!.content.toString()).toBe(theirs);
  });

  it('that went through is not sent again, whether the connection dropped or a rate-limit error came back', async () => {
    for (const fault of ['drop-after-commit', 'rate-limit-after-commit'] as const) {
      const { folder, dir, file, v2 } = await planPushedThenChanged();
      fake!.armFault('files.update', fault);
      expect(countOutcomes(await push(fakeClient(fake!), dir, folder.id)), fault).toEqual({ uploaded: 1 });
      expect(fake!.stats.updates, fault).toBe(1);
      expect(fake!.files.get(file.id)!.content.toString()).toBe(toFileJson(v2));
      expect(journalBase(dir)).toMatchObject({ localMd5: md5(toFileJson(v2)), remoteMd5: md5(toFileJson(v2)) });
      await fake!.close();
    }
    fake = undefined;
  });

  it('that never arrived is tried again', async () => {
    const { folder, dir, file, v2 } = await planPushedThenChanged();
    fake!.armFault('files.update', 'drop');
    fake!.armFault('files.update', '500');
    expect(countOutcomes(await push(fakeClient(fake!), dir, folder.id))).toEqual({ uploaded: 1 });
    expect(fake!.files.get(file.id)!.content.toString()).toBe(toFileJson(v2));
  });
});

describe('a create whose answer was lost', () => {
  async function oneLocalPlan(options: { listLagMs?: number } = {}) {
    fake = await FakeGoogle.start(options);
    const folder = fake.addFolder('Career paths');
    const dir = tmp();
    writeFileSync(join(dir, NAME), toFileJson(teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' })));
    return { folder, dir };
  }

  it('makes one file when Drive answered a rate-limit error although it had made it', async () => {
    const { folder, dir } = await oneLocalPlan();
    fake!.armFault('files.create', 'rate-limit-after-commit');
    expect(countOutcomes(await push(fakeClient(fake!), dir, folder.id))).toEqual({ created: 1 });
    expect(fake!.childrenOf(folder.id).map((f) => f.name)).toEqual([NAME]);
  });

  it('makes one file when the folder search has not caught up with the create yet', async () => {
    const { folder, dir } = await oneLocalPlan({ listLagMs: 60_000 });
    fake!.armFault('files.create', 'drop-after-commit');
    expect(countOutcomes(await push(fakeClient(fake!), dir, folder.id))).toEqual({ created: 1 });
    expect(fake!.childrenOf(folder.id).map((f) => f.name)).toEqual([NAME]);
    expect(fake!.stats.creates).toBe(1);
  });

  it('makes one file even when the lookup misses it: the repeated create is refused by Drive and the file found by its id', async () => {
    const { folder, dir } = await oneLocalPlan();
    fake!.armFault('files.create', 'drop-after-commit');
    const client = fakeClient(fake!);
    const find = client.find.bind(client);
    let stale = true;
    client.find = async (id: string) => {
      // a read that has not caught up: the first lookup does not see the file
      if (stale) return (stale = false), undefined;
      return find(id);
    };
    expect(countOutcomes(await push(client, dir, folder.id))).toEqual({ created: 1 });
    expect(fake!.childrenOf(folder.id).map((f) => f.name)).toEqual([NAME]);
    expect(fake!.stats.byRoute['files.create upload']).toBe(2);
    expect(existsSync(join(dir, JOURNAL_FILE))).toBe(true);
    expect(journalBase(dir).remoteMd5).toBe(md5(readFileSync(join(dir, NAME), 'utf8')));
  });

  it('reserves ids in batches: 250 creates cost three generateIds calls', async () => {
    fake = await FakeGoogle.start();
    const client = fakeClient(fake);
    const folder = fake.addFolder('Career paths');
    const upload = (i: number) => ({ content: Buffer.from(`{"i":${i}}`), mimeType: 'application/json', appProperties: {}, md5: md5(`{"i":${i}}`) });
    await Promise.all(Array.from({ length: 250 }, (_, i) => client.create(folder.id, `f${i}.json`, upload(i))));
    expect(fake.childrenOf(folder.id)).toHaveLength(250);
    expect(fake.stats.byRoute['files.generateIds']).toBe(3);
  });
});
