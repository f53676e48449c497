// The plan: the career path an employee, their manager and leadership agree on, and keep alive.
import { z } from 'zod';
import { AssertionSchema, IsoDateSchema } from './assessment';
import { PersonSchema } from './person';
import { ProfileSchema } from './profile';
import { TransitionTypeSchema } from './framework';
import { TargetRequirementsSchema } from './target-requirements';

export const PLAN_KIND = 'trellis.plan';
/**
 * 3: the plan records its target role's requirements (`target`), so readiness over time is computed from the plan
 * alone (files of version 2 are migrated on read, without it until a surface with the framework saves the plan).
 */
export const PLAN_SCHEMA_VERSION = 3;

export const StageSchema = z.enum([
  'objectives',
  'alignment',
  'skills-and-gaps',
  'draft-plan',
  'employee-review',
  'leadership-review',
  'changes-requested',
  'approved',
  'active',
  'achieved',
]);
export type Stage = z.infer<typeof StageSchema>;

export const RouteStepSchema = z.object({ from: z.string(), to: z.string(), type: TransitionTypeSchema });
export const RouteSchema = z.object({
  roleIds: z.array(z.string()).min(1),
  steps: z.array(RouteStepSchema).default([]),
  cost: z.number().default(0),
});
export type Route = z.infer<typeof RouteSchema>;

export const MilestoneLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('competency'), competencyId: z.string(), level: z.number() }),
  z.object({ kind: z.literal('goal'), responsibility: z.string(), roleId: z.string().optional() }),
]);

export const MilestoneStatusSchema = z.enum(['planned', 'in-progress', 'done', 'dropped']);
export const MilestoneSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** How everyone will know it is reached. */
  measure: z.string().min(1),
  due: IsoDateSchema,
  link: MilestoneLinkSchema,
  status: MilestoneStatusSchema.default('planned'),
  evidence: z.array(z.object({ text: z.string(), by: z.string().optional(), at: z.string() })).default([]),
  completedAt: z.string().optional(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const ActionTypeSchema = z.enum([
  'training',
  'stretch-project',
  'mentoring',
  'shadowing',
  'exploratory-project',
  'development-time',
]);
export type ActionType = z.infer<typeof ActionTypeSchema>;
export const DevelopmentActionSchema = z.object({
  id: z.string().min(1),
  type: ActionTypeSchema,
  title: z.string().min(1),
  competencyIds: z.array(z.string()).default([]),
  milestoneIds: z.array(z.string()).default([]),
  due: IsoDateSchema.optional(),
  /** For development time: hours a month set aside. */
  hoursPerMonth: z.number().min(0).optional(),
  status: z.enum(['planned', 'in-progress', 'done', 'dropped']).default('planned'),
});
export type DevelopmentAction = z.infer<typeof DevelopmentActionSchema>;

export const RecognitionSchema = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  text: z.string().min(1),
  milestoneId: z.string().optional(),
});
export const CommentSchema = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  text: z.string().min(1),
  stage: StageSchema.optional(),
});
export const CheckInSchema = z.object({
  at: z.string(),
  by: z.string(),
  /** Notes the user chose to save to the plan (private notes never reach it otherwise). */
  notes: z.string().default(''),
  eventId: z.string().optional(),
});
export const ApprovalSchema = z.object({
  by: z.string(),
  at: z.string(),
  decision: z.enum(['approved', 'changes-requested']),
  comment: z.string().default(''),
  /** The plan revision the decision was made on. */
  revision: z.number().int(),
});
export const AlignmentSchema = z.object({
  status: z.enum(['pending', 'reviewed', 'accepted', 'modified']).default('pending'),
  /** What the manager and stakeholders said of the proposed role against the company's needs. */
  companyNeeds: z.string().default(''),
  stakeholders: z.array(z.string()).default([]),
  reviewedBy: z.string().optional(),
  reviewedAt: z.string().optional(),
  /** The employee's answer: accepted as proposed, or the role they changed it to. */
  decidedAt: z.string().optional(),
});
export const HistoryEntrySchema = z.object({
  revision: z.number().int(),
  at: z.string(),
  by: z.string(),
  action: z.string(),
  detail: z.string().default(''),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const PlanSchema = z.object({
  kind: z.literal(PLAN_KIND),
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: z.string().min(1),
  /** Incremented by every saved change; a save based on an older revision is a conflict. */
  revision: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
  employee: PersonSchema,
  manager: PersonSchema,
  approvers: z.array(PersonSchema).default([]),
  framework: z.object({ id: z.string(), version: z.number().int(), name: z.string().default('') }),
  profile: ProfileSchema,
  currentRoleId: z.string(),
  targetRoleId: z.string(),
  /** What the target role asks for, copied from the framework whenever the core changes the plan with it at hand. */
  target: TargetRequirementsSchema.optional(),
  route: RouteSchema,
  assessment: z.array(AssertionSchema).default([]),
  stage: StageSchema.default('objectives'),
  alignment: AlignmentSchema.default({ status: 'pending', companyNeeds: '', stakeholders: [] }),
  milestones: z.array(MilestoneSchema).default([]),
  actions: z.array(DevelopmentActionSchema).default([]),
  recognition: z.array(RecognitionSchema).default([]),
  comments: z.array(CommentSchema).default([]),
  checkIns: z.array(CheckInSchema).default([]),
  approvals: z.array(ApprovalSchema).default([]),
  history: z.array(HistoryEntrySchema).default([]),
});
export type Plan = z.infer<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;

/** A milestone still to reach: planned or in progress (done and dropped ones are closed). */
export function isOpenMilestone(m: Pick<Milestone, 'status'>): boolean {
  return m.status === 'planned' || m.status === 'in-progress';
}
