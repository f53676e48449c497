// The employee's side of a career conversation: where they are, where they want to go, and why.
import { z } from 'zod';
import { PersonSchema } from './person';

export const GrowthPreferenceSchema = z.enum(['management', 'individual-contributor', 'either', 'undecided']);

export const ObjectivesSchema = z.object({
  /** Goals beyond the current role. */
  beyondCurrentRole: z.array(z.string()).default([]),
  /** "Where do you see yourself in five years?" */
  fiveYears: z.string().default(''),
  /** The future role's job description: its text, or a link to the document. */
  futureRoleDescription: z.string().default(''),
  /** The role the employee proposes to aim for (a framework role id). */
  proposedRoleId: z.string().optional(),
});
export type Objectives = z.infer<typeof ObjectivesSchema>;

export const SwotSchema = z.object({
  strengths: z.array(z.string()).default([]),
  weaknesses: z.array(z.string()).default([]),
  opportunities: z.array(z.string()).default([]),
  threats: z.array(z.string()).default([]),
});

export const ProfileSchema = z.object({
  currentRoleId: z.string().optional(),
  objectives: ObjectivesSchema.default({ beyondCurrentRole: [], fiveYears: '', futureRoleDescription: '' }),
  interests: z.array(z.string()).default([]),
  strengths: z.array(z.string()).default([]),
  swot: SwotSchema.default({ strengths: [], weaknesses: [], opportunities: [], threats: [] }),
  barriers: z.array(z.string()).default([]),
  growthPreference: GrowthPreferenceSchema.default('undecided'),
  careerBuddy: PersonSchema.optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

/** What `--objectives O.json` holds: the profile, with roles named by title if the author prefers. */
export const ObjectivesFileSchema = ProfileSchema.extend({
  currentRole: z.string().optional(),
  targetRole: z.string().optional(),
});
export type ObjectivesFile = z.infer<typeof ObjectivesFileSchema>;

/** Whether the objectives step is complete: goals beyond the role, the five-year view and a proposed role. */
export function objectivesMissing(objectives: Objectives): string[] {
  const missing: string[] = [];
  if (objectives.beyondCurrentRole.filter((g) => g.trim()).length === 0) missing.push('career goals beyond the current role');
  if (!objectives.fiveYears.trim()) missing.push('where they see themselves in five years');
  if (!objectives.proposedRoleId) missing.push('the role they propose to aim for');
  return missing;
}
