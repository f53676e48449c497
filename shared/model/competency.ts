// Competencies: the knowledge, skills and abilities (KSA) a role asks for.
import { z } from 'zod';

export const CompetencyKindSchema = z.enum(['knowledge', 'skill', 'ability']);
export type CompetencyKind = z.infer<typeof CompetencyKindSchema>;

export const LevelDescriptorSchema = z.object({
  /** Rank on the competency's scale. */
  level: z.number().finite(),
  text: z.string().min(1),
  /** Where it was read from ("Sheet1!C7", "table 2, row 4"). */
  source: z.string().optional(),
});
export type LevelDescriptor = z.infer<typeof LevelDescriptorSchema>;

export const CompetencySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: CompetencyKindSchema,
  category: z.string().default(''),
  description: z.string().default(''),
  /** The scale levels are read on; the framework's default scale when absent. */
  scaleId: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  /**
   * What each level looks like in the ladder's own words (a level grid's cells): the descriptor at a rank of the
   * competency's scale. Roles still require a rank; the descriptor is what people read wherever that level appears.
   */
  descriptors: z.array(LevelDescriptorSchema).default([]),
});
export type Competency = z.infer<typeof CompetencySchema>;

/** Reads "K", "Skills", "abilities" … as a kind; undefined when the text is none of them. */
export function parseCompetencyKind(text: string): CompetencyKind | undefined {
  const key = text.trim().toLowerCase().replace(/[^a-z]/g, '');
  if (key === 'k' || key.startsWith('knowledge')) return 'knowledge';
  if (key === 's' || key === 'skill' || key === 'skills') return 'skill';
  if (key === 'a' || key === 'ability' || key === 'abilities') return 'ability';
  return undefined;
}

/** The words a ladder uses for a competency at a rank, when it gives any. */
export function descriptorAt(competency: Pick<Competency, 'descriptors'>, level: number): string | undefined {
  return competency.descriptors?.find((d) => d.level === level)?.text;
}
