// Plans nobody is working: no one-on-one check-in and no milestone movement for a while (60 days by default).
import type { Plan, Stage } from '../model/plan';
import { daysBetween } from '../plan/dates';
import type { Team } from './team';

export interface StalePlan {
  planId: string;
  file: string;
  employee: string;
  manager: string;
  stage: Stage;
  /** YYYY-MM-DD of the last check-in or milestone movement (the plan's creation when there was none). */
  lastMovement: string;
  lastMovementWhat: string;
  daysSince: number;
}

/** History entries that move a milestone (the check-ins are read from the plan's own list). */
const MILESTONE_ACTIONS = new Set(['complete-milestone', 'set-milestones', 'redraft']);

/** The last check-in or milestone movement of a plan, and what it was. */
export function lastMovement(plan: Plan): { at: string; what: string } {
  let at = plan.createdAt;
  let what = 'plan created';
  const consider = (when: string | undefined, label: string) => {
    if (when && when > at) {
      at = when;
      what = label;
    }
  };
  for (const c of plan.checkIns) consider(c.at, 'check-in');
  for (const m of plan.milestones) {
    consider(m.completedAt, `milestone done: ${m.title}`);
    for (const e of m.evidence) consider(e.at, `evidence on: ${m.title}`);
  }
  // a completed milestone is already counted from its own completedAt, with its title
  for (const h of plan.history) if (MILESTONE_ACTIONS.has(h.action)) consider(h.at, h.action === 'complete-milestone' ? 'milestone done' : 'milestones revised');
  return { at, what };
}

/** Plans not achieved whose last movement is more than `staleAfterDays` before `today`, the stalest first. */
export function stalePlans(team: Team, options: { today: string; staleAfterDays?: number }): StalePlan[] {
  const limit = options.staleAfterDays ?? 60;
  const out: StalePlan[] = [];
  for (const m of team.members) {
    if (m.plan.stage === 'achieved') continue;
    const last = lastMovement(m.plan);
    const days = daysBetween(last.at, options.today);
    if (days > limit) {
      out.push({ planId: m.plan.id, file: m.file, employee: m.plan.employee.name, manager: m.plan.manager.name, stage: m.plan.stage, lastMovement: last.at.slice(0, 10), lastMovementWhat: last.what, daysSince: days });
    }
  }
  return out.sort((a, b) => b.daysSince - a.daysSince || a.employee.localeCompare(b.employee));
}
