// The device's copy of each linked plan: the panel reads the summary from here, so it shows instantly and
// keeps working offline; the service worker refreshes it from Drive.
import { isOpenMilestone, type Plan } from '../../../shared/model/plan';
import { nextMilestone, planPromptContext } from '../../../shared/prompts/plan-context';
import { milestoneLooksLike } from '../../../shared/plan/looks-like';
import { nextActors, participantRoles } from '../../../shared/workflow/workflow';
import { allowedCommands, offeredCommands } from '../../../shared/workflow/rulebook';
import { approvalDay, planProgress, progressSummary } from '../../../shared/plan/progress';
import { planCacheKey, type CachedPlan, type PlanSummary } from '../common/plan-summary';

/** "2 of 3 milestones reached, 4 levels confirmed by the manager since approval (2026-02-20)". */
export function progressWithoutFramework(plan: Plan): string {
  const approvedOn = approvalDay(plan);
  const done = plan.milestones.filter((m) => m.status === 'done').length;
  const live = plan.milestones.filter((m) => m.status !== 'dropped').length;
  const confirmed = approvedOn ? plan.assessment.filter((a) => a.source === 'manager' && a.date.slice(0, 10) >= approvedOn).length : 0;
  return `${done} of ${live} milestones reached${approvedOn ? `, ${confirmed} level${confirmed === 1 ? '' : 's'} confirmed by the manager since approval (${approvedOn})` : ''}`;
}

export function summarisePlan(fileId: string, plan: Plan, email?: string): PlanSummary {
  const context = planPromptContext(plan);
  const next = nextMilestone(plan);
  const open = plan.milestones.filter(isOpenMilestone).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
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
    ...(email ? { you: yourActions(plan, email) } : {}),
    competencies: [...new Map(plan.milestones.flatMap((m) => (m.link.kind === 'competency' ? [[m.link.competencyId, { id: m.link.competencyId, label: m.title.replace(/^Reach \S+ in /, ''), target: m.link.level }] as const] : []))).values()],
    readiness: progressSummary(planProgress(plan)),
    progress: progressWithoutFramework(plan),
    checkIns: plan.checkIns.slice(-3).reverse().map((c) => ({ at: c.at.slice(0, 10), notes: c.notes })),
  };
}

/** The rulebook's answer for this person, as the panel needs it (the framework is not at hand: the rulebook says which steps need it). */
function yourActions(plan: Plan, email: string): NonNullable<PlanSummary['you']> {
  const person = [plan.employee, plan.manager, ...plan.approvers].find((p) => p.email?.toLowerCase() === email) ?? { name: email, email };
  const permissions = allowedCommands(plan, person);
  const completable = new Set(permissions.find((p) => p.type === 'complete-milestone')?.milestoneIds ?? []);
  return {
    email,
    roles: participantRoles(plan, person),
    offered: [...offeredCommands(plan, person)],
    completable: plan.milestones.filter((m) => completable.has(m.id)).map((m) => ({ id: m.id, title: m.title, due: m.due, ...(m.link.kind === 'competency' ? { competencyId: m.link.competencyId, level: m.link.level } : {}) })),
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
export async function storePlan(fileId: string, plan: Plan, email?: string): Promise<CachedPlan> {
  return writeCache(fileId, { summary: summarisePlan(fileId, plan, email), fetchedAt: new Date().toISOString(), error: undefined, offline: false, needsSignIn: false });
}
