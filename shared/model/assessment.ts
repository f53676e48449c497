// Assessments: dated assertions of a person's level per competency, appended and never overwritten.
import { z } from 'zod';

export const AssessmentSourceSchema = z.enum(['self', 'manager', 'peer']);
export type AssessmentSource = z.infer<typeof AssessmentSourceSchema>;

/** A day, or a day and time: what every date in the files looks like. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
export const IsoDateSchema = z.string().regex(ISO_DATE_PATTERN, 'a date as YYYY-MM-DD');

export const AssertionSchema = z.object({
  competencyId: z.string().min(1),
  /** Rank on the competency's scale; the not-yet rank for "not yet". */
  level: z.number().finite(),
  source: AssessmentSourceSchema,
  date: IsoDateSchema,
  by: z.string().optional(),
  evidence: z.string().default(''),
});
export type Assertion = z.infer<typeof AssertionSchema>;

export interface EffectiveLevel {
  competencyId: string;
  /** Latest manager-validated level, else latest self level; null when nobody has assessed it. */
  level: number | null;
  basis: 'manager' | 'self' | 'none';
  latestSelf?: Assertion;
  latestManager?: Assertion;
  /** Self and manager disagree by two or more steps: talk about it at the next one-on-one. */
  disagreement: boolean;
}

/** Appends assertions without touching earlier ones: history is kept. */
export function appendAssertions(history: readonly Assertion[], added: readonly Assertion[]): Assertion[] {
  return [...history, ...added];
}

function later(a: Assertion | undefined, b: Assertion): boolean {
  // ties go to the later-appended assertion
  return !a || b.date >= a.date;
}

/**
 * The level the plan works from, per competency. `steps` measures a disagreement in scale steps;
 * it defaults to the rank difference.
 */
export function effectiveLevels(
  assertions: readonly Assertion[],
  steps: (competencyId: string, a: number, b: number) => number = (_c, a, b) => Math.abs(a - b),
): Map<string, EffectiveLevel> {
  const latest = new Map<string, { self?: Assertion; manager?: Assertion }>();
  for (const a of assertions) {
    if (a.source === 'peer') continue;
    let entry = latest.get(a.competencyId);
    if (!entry) latest.set(a.competencyId, (entry = {}));
    if (a.source === 'manager') {
      if (later(entry.manager, a)) entry.manager = a;
    } else if (later(entry.self, a)) entry.self = a;
  }
  const out = new Map<string, EffectiveLevel>();
  for (const [competencyId, { self, manager }] of latest) {
    const chosen = manager ?? self;
    out.set(competencyId, {
      competencyId,
      level: chosen ? chosen.level : null,
      basis: manager ? 'manager' : self ? 'self' : 'none',
      latestSelf: self,
      latestManager: manager,
      disagreement: !!(self && manager && Math.abs(steps(competencyId, self.level, manager.level)) >= 2),
    });
  }
  return out;
}

/** The history of one competency, oldest first. */
export function historyOf(assertions: readonly Assertion[], competencyId: string): Assertion[] {
  return assertions.filter((a) => a.competencyId === competencyId).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
