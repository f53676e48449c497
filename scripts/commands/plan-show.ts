// `trellis plan show`: where a plan stands, who acts next, what each participant may do now (the rulebook's
// answer), and readiness now and over time.
import type { Framework } from '../../shared/model/framework';
import { isOpenMilestone, type Plan } from '../../shared/model/plan';
import { samePerson, type Person } from '../../shared/model/person';
import { planProgress, progressSummary, type ReadinessPoint } from '../../shared/plan/progress';
import { allowedCommands } from '../../shared/workflow/rulebook';
import { STAGE_LABELS } from '../../shared/workflow/labels';
import { nextActors, participantRoles } from '../../shared/workflow/workflow';

export interface PlanStatus {
  id: string;
  revision: number;
  stage: Plan['stage'];
  stageLabel: string;
  next: { who: Person[]; what: string };
  participants: { person: Person; roles: string[]; mayNow: { type: string; label: string; milestoneIds?: string[] }[]; mayNot: { type: string; reason: string }[] }[];
  readiness: { now?: number; approvedOn?: string; atApproval?: number; summary: string; overTime: ReadinessPoint[] } | { unavailable: string };
  openMilestones: { id: string; title: string; due: string }[];
  checkIns: number;
}

export function planStatus(plan: Plan, framework?: Framework): PlanStatus {
  const people = [plan.employee, plan.manager, ...plan.approvers].filter((p, i, all) => all.findIndex((q) => samePerson(p, q)) === i);
  const participants = people.map((person) => {
    const permissions = allowedCommands(plan, person, framework);
    return {
      person,
      roles: participantRoles(plan, person),
      mayNow: permissions.filter((p) => p.allowed).map((p) => ({ type: p.type, label: p.label, ...(p.milestoneIds && { milestoneIds: p.milestoneIds }) })),
      mayNot: permissions.filter((p) => !p.allowed).map((p) => ({ type: p.type, reason: p.reason! })),
    };
  });
  let readiness: PlanStatus['readiness'];
  // the plan's record of what its role asks for gives readiness without the framework; older plans need it
  const progress = planProgress(plan, framework);
  if (progress.known) {
    readiness = { ...(progress.now !== undefined && { now: progress.now }), ...(progress.approvedOn && { approvedOn: progress.approvedOn }), ...(progress.atApproval !== undefined && { atApproval: progress.atApproval }), summary: progressSummary(progress), overTime: progress.readiness };
  } else readiness = { unavailable: `the framework ${plan.framework.id} v${plan.framework.version} is not beside the plan; pass --framework` };
  return {
    id: plan.id,
    revision: plan.revision,
    stage: plan.stage,
    stageLabel: STAGE_LABELS[plan.stage],
    next: nextActors(plan),
    participants,
    readiness,
    openMilestones: plan.milestones.filter(isOpenMilestone).map((m) => ({ id: m.id, title: m.title, due: m.due })),
    checkIns: plan.checkIns.length,
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function describePlan(status: PlanStatus): string {
  const lines = [
    `Plan ${status.id}, revision ${status.revision}`,
    `Stage: ${status.stageLabel}`,
    `Next: ${status.next.who.length ? `${status.next.who.map((p) => p.name).join(' or ')} to ` : ''}${status.next.what}`,
    '',
    'What each person may do now:',
  ];
  for (const p of status.participants) {
    lines.push(`  ${p.person.name} (${p.roles.join(', ')}): ${p.mayNow.map((c) => c.type).join(', ') || 'nothing now'}`);
  }
  lines.push('');
  if ('unavailable' in status.readiness) lines.push(`Readiness: unavailable (${status.readiness.unavailable})`);
  else {
    lines.push(`Readiness: ${status.readiness.summary}`);
    const points = status.readiness.overTime;
    const shown = points.length > 12 ? points.slice(-12) : points;
    if (shown.length) lines.push(`Readiness over time${shown.length < points.length ? ` (latest 12 of ${points.length})` : ''}:`, ...shown.map((p) => `  ${p.date}  ${pct(p.readiness).padStart(4)}  ${'█'.repeat(Math.round(p.readiness * 30))}`));
  }
  lines.push('', `Open milestones (${status.openMilestones.length}):`, ...status.openMilestones.slice(0, 10).map((m) => `  ${m.id}  due ${m.due}  ${m.title}`));
  if (status.openMilestones.length > 10) lines.push(`  … and ${status.openMilestones.length - 10} more`);
  lines.push(`Check-ins recorded: ${status.checkIns}`, '');
  return lines.join('\n');
}
