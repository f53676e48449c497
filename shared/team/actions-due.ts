// Development actions coming due (or already late) across the team: what managers should ask about this month.
import type { DevelopmentAction } from '../model/plan';
import { daysBetween } from '../plan/dates';
import type { Team } from './team';

export interface ActionDue {
  planId: string;
  employee: string;
  manager: string;
  action: DevelopmentAction;
  due: string;
  /** Days from today to the due date; negative when overdue. */
  daysUntil: number;
  overdue: boolean;
}

/** Open actions (planned or in progress) due within `withinDays` of today, overdue ones included; soonest first. */
export function developmentActionsDue(team: Team, options: { today: string; withinDays?: number }): ActionDue[] {
  const within = options.withinDays ?? 30;
  const out: ActionDue[] = [];
  for (const m of team.members) {
    if (m.plan.stage === 'achieved') continue;
    for (const action of m.plan.actions) {
      if (!action.due || (action.status !== 'planned' && action.status !== 'in-progress')) continue;
      const due = action.due.slice(0, 10);
      const daysUntil = daysBetween(options.today, due);
      if (daysUntil > within) continue;
      out.push({ planId: m.plan.id, employee: m.plan.employee.name, manager: m.plan.manager.name, action, due, daysUntil, overdue: daysUntil < 0 });
    }
  }
  return out.sort((a, b) => a.daysUntil - b.daysUntil || a.employee.localeCompare(b.employee) || a.action.title.localeCompare(b.action.title));
}
