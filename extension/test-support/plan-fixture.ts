// A linked plan for the extension's tests: Alex Rivera's active plan towards Senior Engineer, managed by Dana Lee.
import { PlanSchema, type Plan } from '../../shared/model/plan';

export const DANA = { name: 'Dana Lee', email: 'dana@example.com' };
export const ALEX = { name: 'Alex Rivera', email: 'alex@example.com' };
export const SAM = { name: 'Sam Okoro', email: 'sam@example.com' };
export const ALEX_PLAN_FILE = '1AlexPlanFileId_abcdefgh';

export function alexPlan(revision = 3): Plan {
  return PlanSchema.parse({
    kind: 'trellis.plan',
    schemaVersion: 3,
    id: 'alex-rivera-senior',
    revision,
    createdAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-02-20T09:00:00Z',
    employee: ALEX,
    manager: DANA,
    approvers: [{ name: 'Morgan Chen', email: 'morgan@example.com' }],
    framework: { id: 'eng', version: 1, name: 'Engineering' },
    profile: { objectives: { beyondCurrentRole: ['Lead projects across teams'], fiveYears: 'Staff engineer', futureRoleDescription: 'Senior Engineer' } },
    currentRoleId: 'eng2',
    targetRoleId: 'Senior Engineer',
    route: { roleIds: ['eng2', 'senior'], steps: [{ from: 'eng2', to: 'senior', type: 'promotion' }] },
    stage: 'active',
    milestones: [
      { id: 'm-design-3', title: 'Reach Practitioner in System design', measure: 'Leads a design review', due: '2026-04-30', link: { kind: 'competency', competencyId: 'design', level: 3 }, status: 'in-progress' },
      { id: 'm-mentor-2', title: 'Reach Working in Mentoring', measure: 'Mentors a new joiner for a quarter', due: '2026-06-30', link: { kind: 'competency', competencyId: 'mentor', level: 2 } },
      { id: 'm-code-4', title: 'Reach Expert in Coding', measure: 'Owns the build system', due: '2026-09-30', link: { kind: 'competency', competencyId: 'code', level: 4 } },
    ],
    history: [{ revision, at: '2026-02-20T09:00:00Z', by: DANA.email, action: 'activate' }],
  });
}

/**
 * What Alex's target role asks for, as the core records it in a plan saved with the framework at hand, and the
 * manager's levels from January: readiness 66% then (design 2 of 3, mentoring 1 of 2, coding 3 of 4, weighted 4, 2, 3).
 */
export const ALEX_TARGET: NonNullable<Plan['target']> = {
  roleId: 'Senior Engineer',
  roleTitle: 'Senior Engineer',
  frameworkVersion: 1,
  scales: [{ id: 'ladder', name: 'Ladder', notYetName: 'Not yet', levels: [{ rank: 1, name: 'Awareness' }, { rank: 2, name: 'Working' }, { rank: 3, name: 'Practitioner' }, { rank: 4, name: 'Expert' }] }],
  competencies: [
    { id: 'design', name: 'System design', kind: 'skill', scaleId: 'ladder' },
    { id: 'mentor', name: 'Mentoring', kind: 'skill', scaleId: 'ladder' },
    { id: 'code', name: 'Coding', kind: 'skill', scaleId: 'ladder' },
  ],
  requirements: [
    { competencyId: 'design', level: 3, importance: 4 },
    { competencyId: 'mentor', level: 2, importance: 2 },
    { competencyId: 'code', level: 4, importance: 3 },
  ],
};

/** Alex's plan approved on 10 Feb 2026, with its target's record and Dana's January levels. */
export function alexApprovedPlan(revision = 3): Plan {
  const plan = alexPlan(revision);
  const january = (competencyId: string, level: number) => ({ competencyId, level, source: 'manager' as const, date: '2026-01-20', by: DANA.email, evidence: 'January review' });
  return PlanSchema.parse({
    ...plan,
    target: ALEX_TARGET,
    assessment: [january('design', 2), january('mentor', 1), january('code', 3)],
    history: [{ revision: 2, at: '2026-02-10T09:00:00Z', by: 'morgan@example.com', action: 'approve', detail: 'approved: every approver has approved' }, ...plan.history],
  });
}
