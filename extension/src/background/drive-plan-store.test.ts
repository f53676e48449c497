// The Drive plan store against Drive's endpoints in memory: the revision check before a write, and a write by
// someone else landing between that check and ours, found by Drive's file version and repaired.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updatePlan } from '../../../shared/storage/store';
import type { Plan } from '../../../shared/model/plan';
import { ALEX, ALEX_PLAN_FILE, alexPlan, DANA } from '../../test-support/plan-fixture';
import { FakeDriveFile } from '../../test-support/fake-drive';
import { DrivePlanFile } from './drive-plan-store';

let drive: FakeDriveFile;
beforeEach(() => {
  drive = new FakeDriveFile(ALEX_PLAN_FILE, alexPlan(3));
  vi.stubGlobal('chrome', { identity: { getAuthToken: async () => ({ token: 'token-1' }), removeCachedAuthToken: async () => undefined } });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const answer = drive.answer(init.method ?? 'GET', new URL(url), typeof init.body === 'string' ? init.body : '');
    return new Response(answer.body, { status: answer.status, headers: { 'Content-Type': answer.contentType } });
  });
});
afterEach(() => vi.unstubAllGlobals());

const ctx = { actor: DANA, now: '2026-03-02T10:40:00Z' };
const kudos = { type: 'add-recognition', text: 'Great mentoring' } as const;
const theirChange = (plan: Plan): Plan => ({ ...plan, revision: plan.revision + 1, recognition: [...plan.recognition, { id: 'r-alex', at: '2026-03-02T10:39:59Z', by: ALEX.email, text: 'Shipped the design doc' }] });

describe('DrivePlanFile', () => {
  it('saves with one upload when nobody else writes: the version goes up by one, the history is not read', async () => {
    const store = new DrivePlanFile(ALEX_PLAN_FILE);
    const result = await updatePlan(store, ALEX_PLAN_FILE, kudos, ctx);
    expect(result).toMatchObject({ reapplied: false, plan: { revision: 4 } });
    expect(drive.uploads).toHaveLength(1);
    expect(drive.revisionReads).toEqual([]);
    expect(store.race).toBeUndefined();
  });

  it('a plan saved by someone else between its check and its write is found in the history, kept, and ours re-applied on top', async () => {
    // the store's check read is the second content read (the first is updatePlan's load)
    drive.afterRead = (n, file) => n === 2 && file.put(theirChange(file.plan));
    const store = new DrivePlanFile(ALEX_PLAN_FILE);
    const result = await updatePlan(store, ALEX_PLAN_FILE, kudos, ctx);
    expect(store.race).toEqual({ kind: 'repaired' });
    expect(result.reapplied).toBe(true);
    expect(drive.uploads).toHaveLength(2);
    expect(drive.plan.revision).toBe(5);
    expect(drive.plan.recognition.map((r) => r.text)).toEqual(['Shipped the design doc', 'Great mentoring']);
    expect(drive.plan.history.slice(-1)).toMatchObject([{ revision: 5, action: 'add-recognition', by: DANA.email }]);
  });

  it('a change to the file\'s details only (the version moved, the content did not) needs no repair', async () => {
    drive.afterRead = (n, file) => n === 2 && file.touch();
    const store = new DrivePlanFile(ALEX_PLAN_FILE);
    await updatePlan(store, ALEX_PLAN_FILE, kudos, ctx);
    expect(drive.uploads).toHaveLength(1);
    expect(drive.revisionReads.length).toBeGreaterThan(0);
    expect(store.race).toBeUndefined();
  });

  it('when the history cannot be read, the save stands and says it could not check', async () => {
    drive.afterRead = (n, file) => n === 2 && file.put(theirChange(file.plan));
    drive.revisionsStatus = 403;
    const store = new DrivePlanFile(ALEX_PLAN_FILE);
    await updatePlan(store, ALEX_PLAN_FILE, kudos, ctx);
    expect(store.race).toMatchObject({ kind: 'unverified', why: expect.stringContaining('revision history could not be read') });
    expect(drive.uploads).toHaveLength(1);
  });

  it('a plan changed before the check is a revision conflict, re-applied on the fresh copy (the core\'s updatePlan)', async () => {
    drive.beforeRead = (n, file) => n === 2 && file.put(theirChange(file.plan));
    const store = new DrivePlanFile(ALEX_PLAN_FILE);
    const result = await updatePlan(store, ALEX_PLAN_FILE, kudos, ctx);
    expect(result.reapplied).toBe(true);
    expect(store.race).toBeUndefined();
    expect(drive.uploads).toHaveLength(1);
    expect(drive.plan.recognition.map((r) => r.text)).toEqual(['Shipped the design doc', 'Great mentoring']);
  });
});
