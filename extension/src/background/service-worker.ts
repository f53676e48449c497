// Trellis's background worker: reads linked plans from Drive into the device cache, and applies the panel's
// quick actions to the plan through the core's revision check, saying when a newer plan was merged into.
import { WorkflowError } from '../../../shared/workflow/workflow';
import { updatePlan } from '../../../shared/storage/store';
import { hasCheckIn } from '../../../shared/plan/check-ins';
import { parsePlanCommand } from '../../../shared/plan/command-schema';
import { FileFormatError } from '../../../shared/model/files';
import type { Person } from '../../../shared/model/person';
import type { TrellisRequest, TrellisResponse } from '../common/messages';
import { loadSettings } from '../common/settings';
import { SignInNeededError, driveToken } from './auth';
import { actorEmail, UnknownActorError } from './drive-account';
import { DriveOfflineError } from './drive-fetch';
import { DrivePlanFile } from './drive-plan-store';
import { readCache, storePlan, writeCache } from './plan-cache';

/** Who the user is, when known without asking (the quick actions need it; none are offered otherwise). */
async function knownEmail(): Promise<string | undefined> {
  try {
    return await actorEmail((await loadSettings()).selfEmail, false);
  } catch {
    return undefined;
  }
}

async function refresh(fileId: string, interactive: boolean): Promise<TrellisResponse> {
  try {
    const plan = await new DrivePlanFile(fileId, interactive).load();
    return { ok: true, cached: await storePlan(fileId, plan, await knownEmail()) };
  } catch (error) {
    const offline = error instanceof DriveOfflineError;
    const needsSignIn = error instanceof SignInNeededError;
    const cached = await writeCache(fileId, { error: (error as Error).message, offline, needsSignIn });
    // Offline or signed out, the cached copy still serves the panel.
    if (cached.summary) return { ok: true, cached };
    return { ok: false, error: (error as Error).message, offline, needsSignIn };
  }
}

function describeFailure(error: unknown): { error: string; needsSignIn?: boolean; offline?: boolean } {
  if (error instanceof SignInNeededError) return { error: error.message, needsSignIn: true };
  if (error instanceof DriveOfflineError) return { error: 'Google Drive cannot be reached: nothing was saved. Your notes stay on this device; try again when online.', offline: true };
  if (error instanceof WorkflowError) return { error: `Not saved: ${error.message}` };
  if (error instanceof FileFormatError) return { error: `Not saved: the plan file is not readable (${error.message})` };
  if (error instanceof UnknownActorError) return { error: `Not saved: ${error.message}` };
  return { error: `Not saved: ${(error as Error).message}` };
}

async function command(request: Extract<TrellisRequest, { type: 'plan:command' }>): Promise<TrellisResponse> {
  const settings = await loadSettings();
  const store = new DrivePlanFile(request.fileId, true);
  try {
    const email = await actorEmail(settings.selfEmail, true);
    // the message came from the page: parsed at this edge, an unknown or malformed command is refused here
    const asked = parsePlanCommand(request.command);
    const fresh = await store.load();
    if (asked.type === 'record-check-in' && hasCheckIn(fresh, asked.notes, asked.eventId)) {
      return { ok: true, cached: await storePlan(request.fileId, fresh, email), message: 'These notes are already in the plan as a check-in for this meeting: nothing was added.' };
    }
    const actor: Person = [fresh.manager, fresh.employee, ...fresh.approvers].find((p) => p.email?.toLowerCase() === email) ?? { name: email, email };
    // The panel showed the cached revision; a newer one on Drive means someone changed the plan meanwhile:
    // the change goes onto the fresh copy (and again if it moves during the save), never over it.
    const shown = (await readCache(request.fileId)).summary?.revision;
    const result = await updatePlan(store, request.fileId, asked, { actor, now: new Date().toISOString() }, 3, fresh);
    const cached = await storePlan(request.fileId, result.plan, email);
    const name = result.plan.employee.name;
    const changedElsewhere = result.reapplied || (shown !== undefined && shown < fresh.revision);
    let message = changedElsewhere
      ? `${name}'s plan had changed since you opened it (now revision ${result.plan.revision}); your change was applied to the latest version and nothing was overwritten.`
      : 'Saved to the plan.';
    if (store.race?.kind === 'repaired') {
      message = `Someone else saved ${name}'s plan at the same moment as you: their change is kept and yours was applied on top of it (now revision ${result.plan.revision}).`;
    } else if (store.race?.kind === 'unverified') {
      message = `Saved, but someone else saved ${name}'s plan at the same moment and Trellis could not check that their change survived (${store.race.why}): look at the plan's version history in Drive.`;
    }
    return { ok: true, cached, message, reapplied: changedElsewhere };
  } catch (error) {
    return { ok: false, ...describeFailure(error) };
  }
}

async function handle(request: TrellisRequest): Promise<TrellisResponse> {
  switch (request.type) {
    case 'plan:refresh':
      return refresh(request.fileId, Boolean(request.interactive));
    case 'plan:command':
      return command(request);
    case 'auth:sign-in':
      try {
        await driveToken(true);
        return { ok: true, message: 'Signed in to Google Drive.' };
      } catch (error) {
        return { ok: false, error: (error as Error).message, needsSignIn: true };
      }
    case 'open-options':
      await chrome.runtime.openOptionsPage();
      return { ok: true };
  }
}

chrome.runtime.onMessage.addListener((request: TrellisRequest, _sender, respond) => {
  handle(request).then(respond, (error: unknown) => respond({ ok: false, error: (error as Error).message }));
  return true; // answer asynchronously
});
