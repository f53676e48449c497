// Plan buttons: open a plan, apply a workflow step (revision-checked, under the lock), re-apply a change after a
// conflict, share the plan, show its history.
import type { Framework } from '../../../shared/model/framework';
import type { PlanCommand } from '../../../shared/plan/commands';
import { conflictCard, describeCommand } from '../cards/conflict-card';
import { navigate, notify } from '../cards/kit';
import { historyCard, planCard } from '../cards/plan-card';
import { findByAppProperties } from '../drive/drive-files';
import { loadFramework } from '../drive/framework-files';
import { commandsFor, loadStoredPlan, PlanConflictError, sharePlan, updateStoredPlan, type PlanChange, type SharingOutcome, type StoredPlan } from '../drive/plan-files';
import { milestoneEditorCard } from '../cards/milestone-editor-card';
import { param, requireParam, type AddonEvent } from '../platform/event';
import { currentEmail, nowIso } from '../platform/session';
import { actionEditsFromCard, commandsFromCard, FieldError, FormError, milestoneEditsFromCard } from '../workflow/commands-from-card';
import { parsePlanCommand } from '../../../shared/plan/command-schema';

/** The plan's framework, noting its file on the stored plan so the card's buttons carry it to the next save. */
export function frameworkFor(stored: StoredPlan): Framework | undefined {
  const loaded = loadFramework(stored.plan.framework.id, stored.plan.framework.version, stored.frameworkFileId);
  if (loaded?.fileId) stored.frameworkFileId = loaded.fileId;
  return loaded?.framework;
}

/** The framework a plan button names (id, version and, when known, its file). */
function frameworkFromParams(e: AddonEvent): { framework?: Framework; fileId?: string } {
  const id = param(e, 'fw');
  const version = Number(param(e, 'fwv'));
  if (!id || !Number.isFinite(version)) return {};
  const loaded = loadFramework(id, version, param(e, 'fwf'));
  return loaded ? { framework: loaded.framework, ...(loaded.fileId ? { fileId: loaded.fileId } : {}) } : {};
}

export function openPlanCard(stored: StoredPlan, sharing?: SharingOutcome) {
  return planCard(stored, frameworkFor(stored), sharing ? { sharing } : {});
}

/** The copy of the framework made for this plan (its job description's role added), when there is one. */
export function derivedFrameworkFileOf(stored: StoredPlan): string | undefined {
  return findByAppProperties({ trellisKind: 'framework', trellisId: stored.plan.framework.id, trellisRevision: String(stored.plan.framework.version), trellisDerivedFor: stored.plan.id })[0]?.id;
}

export function planOpen(e: AddonEvent) {
  return navigate(openPlanCard(loadStoredPlan(requireParam(e, 'fileId'))), 'push');
}

/** Applies commands to the plan the card showed; a plan changed meanwhile gets the conflict card instead. */
export function applyToPlan(e: AddonEvent, change: PlanChange) {
  const fileId = requireParam(e, 'fileId');
  const baseRevision = Number(requireParam(e, 'rev'));
  const email = currentEmail();
  let loaded: { framework?: Framework; fileId?: string } = {};
  try {
    // the framework is read inside the lock, after the revision check (none is needed for a conflict)
    const { stored, docRefreshed, commands } = updateStoredPlan(fileId, baseRevision, change, () => {
      loaded = frameworkFromParams(e);
      return { actor: { name: email, email }, now: nowIso(), framework: loaded.framework };
    });
    if (loaded.fileId) stored.frameworkFileId = loaded.fileId;
    const note = `Saved: ${commands.map(describeCommand).join(', then ')}${docRefreshed ? '' : ' (the plan document refreshes at the next save by the employee or manager)'}`;
    return navigate(planCard(stored, loaded.framework), 'update', note);
  } catch (error) {
    // the conflict card carries plain commands: edits by id are made against the fresh copy
    if (error instanceof PlanConflictError) {
      const fwf = param(e, 'fwf');
      if (fwf) error.fresh.frameworkFileId = fwf;
      return navigate(conflictCard(error.fresh, baseRevision, commandsFor(change, error.fresh.plan)), 'push');
    }
    throw error;
  }
}

export function planAct(e: AddonEvent) {
  const act = requireParam(e, 'act');
  if (act === 'edit-milestones') return applyToPlan(e, (plan) => [milestoneEditsFromCard(e, plan)]);
  if (act === 'set-actions') return applyToPlan(e, (plan) => [actionEditsFromCard(e, plan)]);
  let commands: PlanCommand[];
  try {
    commands = commandsFromCard(act, e, nowIso());
  } catch (error) {
    // a field to fix: the same card again, the problem beside the field and the typing kept
    if (!(error instanceof FieldError)) throw error;
    const stored = loadStoredPlan(requireParam(e, 'fileId'));
    return navigate(planCard(stored, frameworkFor(stored), { form: { problems: error.problems, entered: error.entered } }), 'update', 'Please check the field marked on the card; nothing was saved');
  }
  return applyToPlan(e, commands);
}

export function planEditMilestones(e: AddonEvent) {
  const stored = loadStoredPlan(requireParam(e, 'fileId'));
  const fwf = param(e, 'fwf');
  if (fwf) stored.frameworkFileId = fwf;
  return navigate(milestoneEditorCard(stored), 'push');
}

export function planReapply(e: AddonEvent) {
  let commands: unknown;
  try {
    commands = JSON.parse(requireParam(e, 'commands'));
  } catch {
    throw new FormError('this button lost the change it carried; make the change again');
  }
  if (!Array.isArray(commands) || !commands.length) throw new FormError('this button lost the change it carried; make the change again');
  // the commands came back through the card: parsed again at this edge, an unknown one is refused with a reason
  return applyToPlan(e, commands.map((c) => parsePlanCommand(c) as PlanCommand));
}

export function planShare(e: AddonEvent) {
  const stored = loadStoredPlan(requireParam(e, 'fileId'));
  const sharing = sharePlan(stored, derivedFrameworkFileOf(stored));
  if (!sharing.added.length && !sharing.refused.length) return notify('Nobody to share with yet: add your manager’s and approvers’ emails to the plan first.');
  const note = [sharing.added.length ? `Shared with ${sharing.added.join(', ')}` : '', sharing.refused.length ? `Drive would not share it with ${sharing.refused.map((r) => r.email).join(', ')}` : ''].filter(Boolean).join('; ');
  return navigate(openPlanCard(stored, sharing), 'update', note);
}

export function planHistory(e: AddonEvent) {
  return navigate(historyCard(loadStoredPlan(requireParam(e, 'fileId'))), 'push');
}
