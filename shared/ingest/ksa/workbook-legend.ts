// A sheet without a legend, in a workbook whose other sheet has one (the legend written once, on the first tab): when
// every level the sheet holds is on that legend, the sheet is read on it, and says so, so a competency on both tabs
// stays one competency on one scale instead of two that only look alike.
import { nameKey } from '../../model/names';
import type { Legend } from './legend';
import { describeScale, scaleFromLegend, type LevelSample, type ScaleChoice } from './scales';
import { at, type SheetContext } from './sheet-context';
import type { SheetView } from './sheet';

export function legendOfAnotherSheet(view: SheetView, sample: LevelSample, ctx: SheetContext): ScaleChoice | undefined {
  const other = ctx.otherLegend;
  if (!other || !fits(sample, other.legend)) return undefined;
  const choice = scaleFromLegend(other.legend);
  ctx.log.add(at(view, 'info', `no legend on this sheet: its levels are read on the legend of sheet "${other.sheet}" (${describeScale(choice.scale)}), which they all fit. If this sheet means other levels, add its own legend row`));
  return choice;
}

/** Every number within the legend's ranks (or just below the first: "not yet"), every word one of its names. */
function fits(sample: LevelSample, legend: Legend): boolean {
  const first = legend.levels[0]!.rank;
  const last = legend.levels[legend.levels.length - 1]!.rank;
  if (sample.numbers && (sample.min < first - 1 || sample.max > last || sample.aboveFive > (last > 5 ? Infinity : 0))) return false;
  const names = new Set([...legend.levels.map((l) => nameKey(l.name)), ...legend.notRequired.map(nameKey)]);
  for (const word of sample.words.keys()) if (!names.has(word)) return false;
  return true;
}
