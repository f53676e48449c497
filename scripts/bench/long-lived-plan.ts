// A plan kept alive for five years, for the benchmarks: weekly check-ins and monthly self and manager assessments.
import type { Framework } from '../../shared/model/framework';
import { PlanSchema, type Plan } from '../../shared/model/plan';

const START = '2021-03-01';

/** Five years of a plan's life on top of a department plan: weekly check-ins, monthly assessments of its target's competencies. */
export function longLivedPlan(base: Plan, framework: Framework, weeks = 260, months = 60): Plan {
  const target = framework.roles.find((r) => r.id === base.targetRoleId)!;
  const day = (offset: number) => new Date(Date.parse(`${START}T10:00:00Z`) + offset * 86_400_000).toISOString();
  const checkIns = Array.from({ length: weeks }, (_, w) => ({ at: day(w * 7), by: w % 2 ? base.manager.email ?? base.manager.name : base.employee.email ?? base.employee.name, notes: `Week ${w + 1}: talked about the design review, the on-call rotation and what to practise next.`, eventId: `series_${day(w * 7).slice(0, 10).replace(/-/g, '')}T100000Z` }));
  // five competencies a month, self and manager alike: 600 assertions over 60 months
  const assessment = Array.from({ length: months }, (_, m) =>
    target.competencies.slice(0, 5).flatMap((c, i) => (['self', 'manager'] as const).map((source) => ({ competencyId: c.competencyId, level: Math.min(c.level, 1 + Math.floor((m + i) / 15)), source, date: day(m * 30 + (source === 'manager' ? 3 : 0)).slice(0, 10), by: source, evidence: `Month ${m + 1}: shown in the quarter's work` }))),
  ).flat();
  const history = [...base.history, { revision: base.revision + 1, at: day(5), by: 'morgan@example.com', action: 'approve', detail: 'approved: every approver has approved' }];
  return PlanSchema.parse({ ...base, stage: 'active', revision: base.revision + 1, checkIns, assessment, history });
}
