// Plans for a small team, made with the core's own drafting, for the team report's tests and benchmarks.
import type { Framework } from '../model/framework';
import { PlanSchema, type Plan } from '../model/plan';
import type { Assertion } from '../model/assessment';
import { createPlan } from '../plan/generate';
import { slugify } from '../model/names';
import { assertion, testFramework } from './fixtures';

export interface TeamPlanSpec {
  employee: string;
  manager?: string;
  current: string;
  target: string;
  /** Competency id -> manager-assessed level. */
  levels?: Record<string, number>;
  /** Plan start (YYYY-MM-DD). */
  start?: string;
  horizonMonths?: number;
  framework?: Framework;
  /** Check-in dates. */
  checkIns?: string[];
  stage?: Plan['stage'];
}

export function teamPlan(spec: TeamPlanSpec): Plan {
  const framework = spec.framework ?? testFramework();
  const start = spec.start ?? '2026-01-05';
  const assessment: Assertion[] = Object.entries(spec.levels ?? {}).map(([id, level]) => assertion(id, level, 'manager', start));
  const manager = spec.manager ?? 'Dana Lee';
  const plan = createPlan({
    id: slugify(`${spec.employee}-${spec.target}`),
    framework,
    employee: { name: spec.employee },
    manager: { name: manager },
    currentRoleId: spec.current,
    targetRoleId: spec.target,
    assessment,
    by: spec.employee,
    now: `${start}T09:00:00.000Z`,
    horizonMonths: spec.horizonMonths,
  });
  return PlanSchema.parse({
    ...plan,
    stage: spec.stage ?? 'active',
    checkIns: (spec.checkIns ?? []).map((at) => ({ at: `${at}T10:00:00.000Z`, by: manager, notes: '' })),
  });
}

/** The test framework at a later version: Senior asks for more system design and adds product sense. */
export function testFrameworkV2(): Framework {
  const v1 = testFramework();
  return testFramework({
    version: 2,
    roles: v1.roles.map((r) =>
      r.id === 'senior'
        ? { ...r, competencies: [...r.competencies.map((c) => (c.competencyId === 'design' ? { ...c, level: 4 } : c)), { competencyId: 'product', level: 2, importance: 2 }] }
        : r,
    ),
  });
}
