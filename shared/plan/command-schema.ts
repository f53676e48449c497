// Plan commands as data with one zod schema: every edge (add-on cards, extension messages, the CLI, a re-apply
// after a conflict) parses a command with it, so an unknown or malformed command is refused with a reason
// before anything changes.
import { z } from 'zod';
import { AssertionSchema } from '../model/assessment';
import { PersonSchema } from '../model/person';
import { DevelopmentActionSchema, MilestoneSchema } from '../model/plan';
import { GrowthPreferenceSchema, ObjectivesSchema, SwotSchema } from '../model/profile';
import { describeIssues } from '../model/files';
import { WorkflowError } from '../workflow/workflow';

const text = z.string();
const NewAssertionSchema = AssertionSchema.omit({ by: true });

/** What the employee says about themselves besides the objectives: SWOT, barriers, a career buddy, interests, preference. */
export const ProfileEditSchema = z
  .object({
    interests: z.array(z.string()),
    swot: SwotSchema,
    barriers: z.array(z.string()),
    growthPreference: GrowthPreferenceSchema,
    careerBuddy: PersonSchema.nullable(),
  })
  .partial()
  .strict();
export type ProfileEdit = z.infer<typeof ProfileEditSchema>;

export const PlanCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set-objectives'), objectives: ObjectivesSchema.partial() }).strict(),
  z.object({ type: z.literal('set-profile'), profile: ProfileEditSchema }).strict(),
  z.object({ type: z.literal('submit-objectives') }).strict(),
  z.object({ type: z.literal('review-alignment'), companyNeeds: text, stakeholders: z.array(z.string()).optional() }).strict(),
  z.object({ type: z.literal('accept-role') }).strict(),
  z.object({ type: z.literal('modify-role'), targetRoleId: z.string().min(1) }).strict(),
  z.object({ type: z.literal('add-assessment'), assertions: z.array(NewAssertionSchema).min(1) }).strict(),
  z.object({ type: z.literal('complete-assessment') }).strict(),
  z.object({ type: z.literal('redraft'), horizonMonths: z.number().int().optional() }).strict(),
  z.object({ type: z.literal('set-milestones'), milestones: z.array(MilestoneSchema) }).strict(),
  z.object({ type: z.literal('set-actions'), actions: z.array(DevelopmentActionSchema) }).strict(),
  z.object({ type: z.literal('set-approvers'), approvers: z.array(PersonSchema) }).strict(),
  z.object({ type: z.literal('submit-for-review') }).strict(),
  z.object({ type: z.literal('employee-accept-plan') }).strict(),
  z.object({ type: z.literal('employee-request-changes'), comment: text }).strict(),
  z.object({ type: z.literal('approve'), comment: text.optional() }).strict(),
  z.object({ type: z.literal('request-changes'), comment: text }).strict(),
  z.object({ type: z.literal('resubmit') }).strict(),
  z.object({ type: z.literal('activate') }).strict(),
  /** `level`: for a milestone that targets a competency level, the level the manager confirms (defaults to the milestone's). */
  z.object({ type: z.literal('complete-milestone'), milestoneId: z.string(), evidence: text, level: z.number().finite().optional() }).strict(),
  z.object({ type: z.literal('add-recognition'), text, milestoneId: z.string().optional() }).strict(),
  z.object({ type: z.literal('add-comment'), text }).strict(),
  z.object({ type: z.literal('record-check-in'), notes: text, eventId: z.string().optional() }).strict(),
  z.object({ type: z.literal('achieve') }).strict(),
]);
/** A command as a surface writes it (defaults may be left out). */
export type PlanCommand = z.input<typeof PlanCommandSchema>;
/** A command once parsed: defaults filled in. */
export type ParsedPlanCommand = z.output<typeof PlanCommandSchema>;
export type CommandType = PlanCommand['type'];

/** Every command type, in the order of the process (for help texts and the rulebook's listing). */
export const COMMAND_TYPES = PlanCommandSchema.options.map((o) => o.shape.type.value) as CommandType[];

/** A command of a known type whose fields do not fit its schema: the schema's complaint is kept for surfaces to word. */
export class MalformedCommandError extends WorkflowError {
  constructor(
    readonly commandType: string,
    readonly zod: z.ZodError,
  ) {
    super('invalid', `the "${commandType}" command is malformed`, describeIssues(zod));
  }
}

/** Parses a command from any edge; an unknown type or a malformed field is a WorkflowError saying which. */
export function parsePlanCommand(input: unknown): ParsedPlanCommand {
  const parsed = PlanCommandSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const type = input && typeof input === 'object' && 'type' in input ? String((input as { type: unknown }).type) : undefined;
  if (type === undefined || !COMMAND_TYPES.includes(type as CommandType)) {
    throw new WorkflowError('invalid', `unknown plan command${type === undefined ? '' : ` "${type.slice(0, 60)}"`}: a plan command is one of ${COMMAND_TYPES.join(', ')}`);
  }
  throw new MalformedCommandError(type, parsed.error);
}
