// Fast step arithmetic on a scale: the position of a rank among the scale's levels, cached per scale.
import { notYetRank, type Scale } from '../model/scale';

export interface StepIndex {
  notYet: number;
  /** Position of a rank: -1 for not-yet or below, else the index of the highest level at or below it. */
  position(rank: number): number;
  /** Steps from `from` up to `to` (0 when `from` is at or above `to`). */
  stepsUp(from: number, to: number): number;
}

const cache = new WeakMap<Scale, StepIndex>();

export function stepIndex(scale: Scale): StepIndex {
  const hit = cache.get(scale);
  if (hit) return hit;
  const ranks = scale.levels.map((l) => l.rank);
  const notYet = notYetRank(scale);
  const position = (rank: number): number => {
    if (rank < ranks[0]!) return -1;
    let lo = 0;
    let hi = ranks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ranks[mid]! <= rank) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const index: StepIndex = {
    notYet,
    position,
    stepsUp: (from, to) => Math.max(0, position(to) - position(from)),
  };
  cache.set(scale, index);
  return index;
}
