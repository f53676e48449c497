// Finds the name a person meant when a cell holds a misspelt or shortened one ("Practioner", "Adv."), so a diagnostic
// can say "did you mean …" instead of only listing every name there is.
import { nameKey } from '../model/names';
import { editDistance } from './jd/sections';

/** How many typos a word of this length may hold and still be recognised: none in short words, where any is a guess. */
function tolerance(length: number): number {
  if (length >= 9) return 3;
  if (length >= 6) return 2;
  if (length >= 4) return 1;
  return 0;
}

/** The one candidate nearest `text` (a few typos, or an abbreviation of three letters or more); undefined when none or two are. */
export function nearestName(text: string, candidates: readonly string[]): string | undefined {
  const key = nameKey(text).replace(/\.$/, '');
  if (!key) return undefined;
  const max = tolerance(key.length);
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    const target = nameKey(candidate);
    if (target === key) return undefined;
    const distance = key.length >= 3 && target.startsWith(key) ? 0.5 : editDistance(key, target, max);
    if (distance > max) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) tied = true;
  }
  return tied ? undefined : best;
}
