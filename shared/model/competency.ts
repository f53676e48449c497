// Competencies: the knowledge, skills and abilities (KSA) a role asks for.
import { z } from 'zod';

export const CompetencyKindSchema = z.enum(['knowledge', 'skill', 'ability']);
export type CompetencyKind = z.infer<typeof CompetencyKindSchema>;

export const CompetencySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: CompetencyKindSchema,
  category: z.string().default(''),
  description: z.string().default(''),
  /** The scale levels are read on; the framework's default scale when absent. */
  scaleId: z.string().optional(),
  aliases: z.array(z.string()).default([]),
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
