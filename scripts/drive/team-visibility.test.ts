import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toFileJson } from '../../shared/model/files';
import { frameworkDriveName, planDriveName } from '../../shared/storage/drive-files';
import { testFramework } from '../../shared/test/fixtures';
import { teamPlan } from '../../shared/test/team-fixtures';
import { fakeClient, offlineAuth } from '../test-support/drive-fixtures';
import { FakeGoogle } from '../test-support/fake-google/server';
import { pull } from './pull';
import { push } from './push';
import { countOutcomes } from './sync-report';

// A team on Drive, each person through their own Trellis (drive.file): HR's folder, shared with the employees,
// and what each one's pull and push can see in it.

let fake: FakeGoogle | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const tmp = () => mkdtempSync(join(tmpdir(), 'trellis-team-'));
const careerFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.plan.json') || f.endsWith('.framework.json')).sort();
const FW = frameworkDriveName('eng', 1);

/** HR's "Career paths" folder with HR's framework, shared with three employees who each pushed their plan. */
async function team() {
  fake = await FakeGoogle.start();
  const as = (email: string) => fakeClient(fake!, { auth: offlineAuth(fake!.tokenFor(email)) });
  const hr = as('hr@example.com');
  const folder = fake.addFolder('Career paths', ['root'], 'hr@example.com');
  const hrDir = tmp();
  writeFileSync(join(hrDir, FW), toFileJson(testFramework()));
  expect(countOutcomes(await push(hr, hrDir, folder.id))).toEqual({ created: 1 });
  const planIds: Record<string, string> = {};
  const dirs: Record<string, string> = {};
  for (const name of ['Alex', 'Bea', 'Carl']) {
    const email = `${name.toLowerCase()}@example.com`;
    // HR shares the folder (through Trellis); the employee opens it with Trellis, then pushes their plan
    await hr.share(folder.id, email, 'writer');
    fake.openWithApp(folder.id, email);
    const plan = teamPlan({ employee: name, current: 'eng2', target: 'senior' });
    dirs[name] = tmp();
    writeFileSync(join(dirs[name], planDriveName(plan.id)), toFileJson(plan));
    expect(countOutcomes(await push(as(email), dirs[name], folder.id))).toEqual({ created: 1 });
    planIds[name] = fake.childrenOf(folder.id).find((f) => f.name === planDriveName(plan.id))!.id;
  }
  return { folder, as, hr, hrDir, planIds, dirs };
}

describe("HR's Trellis sees what HR made or opened with Trellis, and says what went out of sight", () => {
  it('pulls only the plans HR opened with Trellis; the others, though in HR\'s own folder, are not listed', async () => {
    const { folder, as, hr, hrDir, planIds, dirs } = await team();
    // the folder is HR's, so HR may open every plan in Drive's web pages, but opened only Bea's and Carl's with Trellis
    fake!.openWithApp(planIds.Bea!, 'hr@example.com');
    fake!.openWithApp(planIds.Carl!, 'hr@example.com');
    const report = await pull(hr, folder.id, hrDir);
    expect(countOutcomes(report)).toEqual({ downloaded: 2, unchanged: 1 });
    expect(careerFiles(hrDir)).toEqual(['bea-senior.plan.json', 'carl-senior.plan.json', FW]);
    // Drive gives no count of what it leaves out: a first look cannot report Alex's plan
    expect(report.unseen).toEqual([]);
    expect(await hr.find(planIds.Alex!)).toBeUndefined();
    // a manager's own folder, not shared with HR, is out of reach altogether, and so is what is in it
    const managers = fake!.addFolder("Dana's team", ['root'], 'dana@example.com');
    const kept = fake!.addFile({ name: 'erin-senior.plan.json', parents: [managers.id], owner: 'dana@example.com', content: '{}' });
    await expect(pull(hr, managers.id, tmp())).rejects.toThrow(/no folder .* that this account can see/);
    expect(() => fake!.openWithApp(kept.id, 'hr@example.com')).toThrow(/not shared with them/);
    // and each employee's Trellis sees only their own plan: HR's framework was never opened with theirs
    expect(countOutcomes(await pull(as('alex@example.com'), folder.id, dirs.Alex!))).toEqual({ unchanged: 1 });
    expect(careerFiles(dirs.Alex!)).toEqual(['alex-senior.plan.json']);
  });

  it('lists plans pulled before that are out of sight now, with the reason, keeping the copies and making no second file', async () => {
    const { folder, hr, hrDir, planIds } = await team();
    fake!.openWithApp(planIds.Bea!, 'hr@example.com');
    fake!.openWithApp(planIds.Carl!, 'hr@example.com');
    await pull(hr, folder.id, hrDir);
    // Bea moves her plan to the bin; Carl's is deleted for good
    fake!.files.get(planIds.Bea!)!.trashed = true;
    fake!.files.delete(planIds.Carl!);
    const report = await pull(hr, folder.id, hrDir);
    expect(countOutcomes(report)).toEqual({ unchanged: 1 });
    expect(report.unseen).toEqual([
      { name: 'bea-senior.plan.json', driveId: planIds.Bea, why: "in Drive's bin" },
      { name: 'carl-senior.plan.json', driveId: planIds.Carl, why: expect.stringMatching(/^deleted, or this account cannot open it with Trellis any more/) },
    ]);
    expect(careerFiles(hrDir)).toEqual(['bea-senior.plan.json', 'carl-senior.plan.json', FW]);

    // push does not put a new Carl plan beside one HR may no longer see, until asked a second time
    const pushed = await push(hr, hrDir, folder.id);
    expect(countOutcomes(pushed)).toEqual({ skipped: 2, unchanged: 1 });
    expect(pushed.notes.find((n) => n.startsWith('carl-senior.plan.json'))).toMatch(/not uploaded: it was on Drive at the last sync and is now deleted, or .*Push again to upload it as a new file/);
    expect(fake!.childrenOf(folder.id).map((f) => f.name).sort()).toEqual(['alex-senior.plan.json', FW]);
    expect(countOutcomes(await push(hr, hrDir, folder.id))).toEqual({ created: 2, unchanged: 1 });

    // a copy removed here as well is simply forgotten
    rmSync(join(hrDir, 'bea-senior.plan.json'));
    fake!.files.delete(fake!.childrenOf(folder.id).find((f) => f.name === 'bea-senior.plan.json')!.id);
    const last = await pull(hr, folder.id, hrDir);
    expect(last.unseen).toEqual([]);
    expect(existsSync(join(hrDir, 'bea-senior.plan.json'))).toBe(false);
  });
});
