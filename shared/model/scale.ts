// Proficiency scales: ordered named levels with numeric ranks, plus the "not yet" level below the first.
import { z } from 'zod';
import { nameKey } from './names';

export const ScaleLevelSchema = z.object({
  rank: z.number().finite(),
  name: z.string().min(1),
  description: z.string().optional(),
});
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;

export const ScaleSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    levels: z.array(ScaleLevelSchema).min(1),
    notYetName: z.string().default('Not yet'),
  })
  .superRefine((scale, ctx) => {
    for (let i = 1; i < scale.levels.length; i++) {
      if (!(scale.levels[i]!.rank > scale.levels[i - 1]!.rank)) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'rank'],
          message: `levels must be in ascending order of rank: "${scale.levels[i]!.name}" (${scale.levels[i]!.rank}) comes after "${scale.levels[i - 1]!.name}" (${scale.levels[i - 1]!.rank})`,
        });
      }
    }
    const seen = new Set<string>();
    for (const [i, level] of scale.levels.entries()) {
      const key = nameKey(level.name);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['levels', i, 'name'], message: `level name "${level.name}" appears twice` });
      seen.add(key);
    }
  });
export type Scale = z.infer<typeof ScaleSchema>;

/** The rank of "not yet": one step below the first level (0 on a 1–5 scale, -1 on O*NET's 0–7). */
export function notYetRank(scale: Scale): number {
  const first = scale.levels[0]!.rank;
  const second = scale.levels[1]?.rank;
  return first - (second === undefined ? 1 : second - first);
}

/** Numeric scale from `min` to `max` in whole steps, optionally with names ("1 = Novice"). */
export function numericScale(id: string, min: number, max: number, names: Record<number, string> = {}): Scale {
  const levels: ScaleLevel[] = [];
  for (let rank = min; rank <= max; rank++) levels.push({ rank, name: names[rank] ?? String(rank) });
  return ScaleSchema.parse({ id, name: `${min}–${max}`, levels });
}

/** Word scale: the words in order, ranked 1, 2, 3 … */
export function wordScale(id: string, name: string, words: string[]): Scale {
  return ScaleSchema.parse({ id, name, levels: words.map((word, i) => ({ rank: i + 1, name: word })) });
}

/** The five-step scale Trellis uses when a matrix gives none. */
export const DEFAULT_SCALE: Scale = ScaleSchema.parse({
  id: 'proficiency-1-5',
  name: 'Proficiency 1–5',
  levels: [
    { rank: 1, name: 'Novice', description: 'Knows the basics; needs guidance.' },
    { rank: 2, name: 'Advanced beginner', description: 'Handles routine work with some help.' },
    { rank: 3, name: 'Competent', description: 'Works independently on typical tasks.' },
    { rank: 4, name: 'Proficient', description: 'Handles complex work; guides others.' },
    { rank: 5, name: 'Expert', description: 'Sets direction; recognised authority.' },
  ],
});

/** The name of a rank on a scale ("Not yet" below the first level; the number itself between levels). */
export function levelName(scale: Scale, rank: number | null | undefined): string {
  if (rank === null || rank === undefined) return 'not assessed';
  if (rank <= notYetRank(scale)) return scale.notYetName;
  const level = scale.levels.find((l) => l.rank === rank);
  return level ? level.name : String(rank);
}

/**
 * Reads a level as a person writes it: a rank ("3", "3.0"), a level name in any case ("expert"),
 * or the not-yet name. Returns undefined when it is none of these.
 */
export function parseLevel(scale: Scale, text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const key = nameKey(trimmed);
  const byName = scale.levels.find((l) => nameKey(l.name) === key);
  if (byName) return byName.rank;
  if (key === nameKey(scale.notYetName) || key === 'none' || key === 'not yet') return notYetRank(scale);
  if (/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return undefined;
}

/** Whether a rank lies on the scale (a named level or not-yet, or between the first and last ranks). */
export function rankOnScale(scale: Scale, rank: number): boolean {
  const first = scale.levels[0]!.rank;
  const last = scale.levels[scale.levels.length - 1]!.rank;
  return rank === notYetRank(scale) || (rank >= first && rank <= last);
}

/** The named levels strictly above `from` and up to `to`, in order: the steps a plan climbs one at a time. */
export function stepsBetween(scale: Scale, from: number, to: number): ScaleLevel[] {
  return scale.levels.filter((l) => l.rank > from && l.rank <= to);
}

/** Number of scale steps between two ranks (not-yet counts as the step below the first level). */
export function stepDistance(scale: Scale, from: number, to: number): number {
  if (to <= from) return -stepsBetween(scale, to, from).length;
  return stepsBetween(scale, from, to).length || (to > from ? 1 : 0);
}
