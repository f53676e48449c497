// Roles: a job in a track, what it is responsible for and which competency levels it requires.
import { z } from 'zod';

export const ImportanceSchema = z.number().min(1).max(5);

export const RoleCompetencySchema = z.object({
  competencyId: z.string().min(1),
  /** Required rank on the competency's scale. */
  level: z.number().finite(),
  /** 1 (useful) … 5 (essential); gaps are weighted by it. */
  importance: ImportanceSchema.default(3),
  /** Where this requirement was read from ("Sheet1!C7", "line 12"). */
  source: z.string().optional(),
});
export type RoleCompetency = z.infer<typeof RoleCompetencySchema>;

export const RoleSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Family or department the role belongs to. */
  family: z.string().default(''),
  /** The track (ladder) the role sits on; roles of one track are ordered by rank. */
  track: z.string().default(''),
  /** Position within its track: 1 is the entry role. */
  rank: z.number().int().min(0).default(1),
  /** Seniority label as written ("Senior", "Staff", "III"). */
  level: z.string().default(''),
  summary: z.string().default(''),
  reportsTo: z.string().default(''),
  location: z.string().default(''),
  responsibilities: z.array(z.string()).default([]),
  requirements: z
    .object({
      required: z.array(z.string()).default([]),
      preferred: z.array(z.string()).default([]),
    })
    .default({ required: [], preferred: [] }),
  competencies: z.array(RoleCompetencySchema).default([]),
  /** Whether the role manages people: growth along management or individual-contributor lines. */
  management: z.boolean().default(false),
});
export type Role = z.infer<typeof RoleSchema>;
export type RoleInput = z.input<typeof RoleSchema>;
