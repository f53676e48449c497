// Where a person stands on each competency: effective levels in the shape the gap and route logic read fast.
import { effectiveLevels, type Assertion, type EffectiveLevel } from '../model/assessment';
import { indexFramework, type Framework } from '../model/framework';
import { stepDistance } from '../model/scale';

/** Effective level per competency id; a competency absent from the map has not been assessed. */
export type LevelMap = ReadonlyMap<string, number>;

export interface PersonLevels {
  levels: LevelMap;
  /** The full picture per competency (basis, latest self and manager assertions, disagreement flag). */
  detail: Map<string, EffectiveLevel>;
}

/** Effective levels of an assessment, with disagreements measured in the competency's scale steps. */
export function personLevels(framework: Framework, assertions: readonly Assertion[]): PersonLevels {
  const index = indexFramework(framework);
  const detail = effectiveLevels(assertions, (id, a, b) => stepDistance(index.scaleOf(id), Math.min(a, b), Math.max(a, b)));
  const levels = new Map<string, number>();
  for (const [id, e] of detail) if (e.level !== null) levels.set(id, e.level);
  return { levels, detail };
}
