// The device's copy of each linked plan: the panel reads the summary from here, so it shows instantly and
// keeps working offline; the service worker refreshes it from Drive.
import type { Plan } from '../../../shared/model/plan';
import { nextMilestone, planPromptContext } from '../../../shared/prompts/plan-context';
import { milestoneLooksLike } from '../../../shared/plan/looks-like';
import { nextActors } from '../../../shared/workflow/workflow';
import { planCacheKey, type CachedPlan, type PlanSummary } from '../common/plan-summary';

export function summarisePlan(fileId: string, plan: Plan): PlanSummary {
  const context = planPromptContext(plan);
  const next = nextMilestone(plan);
  const open = plan.milestones.filter((m) => m.status === 'planned' || m.status === 'in-progress').sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return {
    fileId,
    planId: plan.id,
    revision: plan.revision,
    employeeName: plan.employee.name,
    managerEmail: plan.manager.email,
    context,
    targetRole: context.targetRole ?? plan.targetRoleId,
    nextStep: nextActors(plan).what,
    openMilestones: (next ? [next, ...open.filter((m) => m.id !== next.id)] : open).map((m) => {
      const looksLike = milestoneLooksLike(m);
      return { id: m.id, title: m.title, due: m.due, ...(looksLike ? { looksLike } : {}) };
    }),
  };
}

export async function readCache(fileId: string): Promise<CachedPlan> {
  const key = planCacheKey(fileId);
  return ((await chrome.storage.local.get(key))[key] as CachedPlan | undefined) ?? {};
}

export async function writeCache(fileId: string, update: CachedPlan): Promise<CachedPlan> {
  const key = planCacheKey(fileId);
  const next: CachedPlan = { ...(await readCache(fileId)), ...update };
  await chrome.storage.local.set({ [key]: next });
  return next;
}

/** Keeps the plan itself too, so a later session can summarise it again after an upgrade, offline. */
export async function storePlan(fileId: string, plan: Plan): Promise<CachedPlan> {
  return writeCache(fileId, { summary: summarisePlan(fileId, plan), fetchedAt: new Date().toISOString(), error: undefined, offline: false, needsSignIn: false });
}
