// Drive sync never writes outside its folder and never rolls a plan back: names from Drive are confined, and the
// plans' histories are compared before the sync journal is trusted.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPlan, toFileJson } from '../../shared/model/files';
import { applyCommand } from '../../shared/plan/commands';
import type { Plan } from '../../shared/model/plan';
import { planDriveName, planProperties } from '../../shared/storage/drive-files';
import { teamPlan } from '../../shared/test/team-fixtures';
import { fakeClient } from '../test-support/drive-fixtures';
import { FakeGoogle } from '../test-support/fake-google/server';
import { countOutcomes } from './sync-report';
import { pull } from './pull';
import { push } from './push';

let fake: FakeGoogle | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const checkIn = (plan: Plan, notes: string, day: number) => applyCommand(plan, { type: 'record-check-in', notes }, { actor: { name: 'Dana Lee' }, now: `2026-02-${String(day).padStart(2, '0')}T10:00:00.000Z` });

describe('drive pull keeps every file inside --out', () => {
  it('skips Drive names and trellisId app properties that climb out, are absolute, use backslashes, NUL or reserved names', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const root = mkdtempSync(join(tmpdir(), 'trellis-pull-'));
    const out = join(root, 'a', 'b', 'plans');
    const plan = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    const json = toFileJson(plan);
    const hostileNames = ['../../escaped.plan.json', '/tmp/absolute.plan.json', '..\\..\\win.plan.json', 'nul\u0000.plan.json', 'sub/dir.plan.json'];
    for (const name of hostileNames) fake.addFile({ name, parents: [folder.id], content: json, appProperties: planProperties(plan) });
    // a name outside the convention takes its local name from trellisId: that must not climb out either
    for (const id of ['../../../by-property', 'CON', '..']) fake.addFile({ name: 'Career plan.json', parents: [folder.id], content: 'not even json', appProperties: { trellisKind: 'plan', trellisId: id, trellisRevision: '1' } });
    fake.addFile({ name: planDriveName(plan.id), parents: [folder.id], content: json, appProperties: planProperties(plan) });

    const report = await pull(fakeClient(fake), folder.id, out);
    expect([...report.outcomes], report.warnings.join("\n")).toEqual([[planDriveName(plan.id), "downloaded"]]);
    expect(readdirSync(out).filter((f) => !f.startsWith('.'))).toEqual([planDriveName(plan.id)]);
    // nothing landed above --out, nor at the absolute path
    expect(readdirSync(join(root, 'a'))).toEqual(['b']);
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['plans']);
    expect(readdirSync(root)).toEqual(['a']);
    expect(existsSync('/tmp/absolute.plan.json')).toBe(false);
    // each skipped file is said, with what to do
    expect(report.warnings.filter((w) => w.includes('not a plain file name'))).toHaveLength(hostileNames.length + 3);
    expect(report.warnings.join('\n')).toContain('rename it on Drive');
  });
});

describe('drive push never sends an id that would name a file outside a folder', () => {
  it('skips a local plan whose id climbs out, is absolute, uses backslashes, NUL or a reserved name', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = mkdtempSync(join(tmpdir(), 'trellis-push-ids-'));
    const plan = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    const ids = ['../../evil', '/etc/evil', '..\\evil', 'nul\u0000x', 'CON'];
    ids.forEach((id, i) => writeFileSync(join(dir, `p${i}.plan.json`), toFileJson({ ...plan, id })));
    writeFileSync(join(dir, planDriveName(plan.id)), toFileJson(plan));
    const report = await push(fakeClient(fake), dir, folder.id);
    expect(countOutcomes(report)).toEqual({ skipped: ids.length, created: 1 });
    expect(fake.childrenOf(folder.id).map((f) => f.appProperties.trellisId)).toEqual([plan.id]);
    expect(report.notes.filter((n) => n.includes('cannot name a file'))).toHaveLength(ids.length);
  });
});

describe('drive push never rolls Drive back', () => {
  it('refuses to upload an older local revision after a pull, even though Drive is unchanged since the sync: a conflict, kept side by side', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = mkdtempSync(join(tmpdir(), 'trellis-rollback-'));
    const v1 = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    let latest = v1;
    for (let i = 1; i <= 5; i++) latest = checkIn(latest, `comment ${i}`, i);
    expect(latest.revision).toBe(6);
    const name = planDriveName(v1.id);
    const remote = fake.addFile({ name, parents: [folder.id], content: toFileJson(latest), appProperties: planProperties(latest) });
    expect(countOutcomes(await pull(fakeClient(fake), folder.id, dir))).toEqual({ downloaded: 1 });

    // the local file is replaced by revision 1 (an old copy restored from a backup or an e-mail)
    writeFileSync(join(dir, name), toFileJson(v1));
    const report = await push(fakeClient(fake), dir, folder.id);
    expect(countOutcomes(report)).toEqual({ conflict: 1 });
    // Drive still holds revision 6 with its five comments
    const onDrive = readPlan(fake.childrenOf(folder.id).find((f) => f.id === remote.id)!.content.toString('utf8'));
    expect(onDrive.revision).toBe(6);
    expect(onDrive.history.filter((h) => h.action === 'record-check-in')).toHaveLength(5);
    // Drive's copy is kept beside the local one and the conflict is reported
    expect(report.conflicts[0]).toMatchObject({ name, keptAs: 'alex-senior.plan.conflict-r6.json' });
    expect(readPlan(readFileSync(join(dir, report.conflicts[0]!.keptAs), 'utf8')).revision).toBe(6);
    expect(readPlan(readFileSync(join(dir, name), 'utf8')).revision).toBe(1);
  });

  it('uploads a local plan that continues Drive\'s (the ordinary case still works)', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = mkdtempSync(join(tmpdir(), 'trellis-forward-'));
    const v1 = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    const name = planDriveName(v1.id);
    fake.addFile({ name, parents: [folder.id], content: toFileJson(v1), appProperties: planProperties(v1) });
    await pull(fakeClient(fake), folder.id, dir);
    writeFileSync(join(dir, name), toFileJson(checkIn(v1, 'next', 3)));
    expect(countOutcomes(await push(fakeClient(fake), dir, folder.id))).toEqual({ uploaded: 1 });
    expect(readPlan(fake.childrenOf(folder.id)[0]!.content.toString('utf8')).revision).toBe(2);
  });

  it('mirror on pull: a Drive copy set back to an older revision never replaces the newer local plan', async () => {
    fake = await FakeGoogle.start();
    const folder = fake.addFolder('Career paths');
    const dir = mkdtempSync(join(tmpdir(), 'trellis-pull-rollback-'));
    const v1 = teamPlan({ employee: 'Alex', current: 'eng2', target: 'senior' });
    let latest = v1;
    for (let i = 1; i <= 5; i++) latest = checkIn(latest, `comment ${i}`, i);
    const name = planDriveName(v1.id);
    const remote = fake.addFile({ name, parents: [folder.id], content: toFileJson(latest), appProperties: planProperties(latest) });
    await pull(fakeClient(fake), folder.id, dir);
    // someone restores revision 1 on Drive (Manage versions): the journal says only Drive moved
    fake.editFile(remote.id, toFileJson(v1), planProperties(v1));
    const report = await pull(fakeClient(fake), folder.id, dir);
    expect(countOutcomes(report)).toEqual({ conflict: 1 });
    expect(readPlan(readFileSync(join(dir, name), 'utf8')).revision).toBe(6);
    expect(readPlan(readFileSync(join(dir, report.conflicts[0]!.keptAs), 'utf8')).revision).toBe(1);
  });
});
