// A linked plan for the extension's tests: Alex Rivera's active plan towards Senior Engineer, managed by Dana Lee.
import { PlanSchema, type Plan } from '../../shared/model/plan';

export const DANA = { name: 'Dana Lee', email: 'dana@example.com' };
export const ALEX = { name: 'Alex Rivera', email: 'alex@example.com' };
export const SAM = { name: 'Sam Okoro', email: 'sam@example.com' };
export const ALEX_PLAN_FILE = '1AlexPlanFileId_abcdefgh';

export function alexPlan(revision = 3): Plan {
  return PlanSchema.parse({
    kind: 'trellis.plan',
    schemaVersion: 2,
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
