// Adds a sheet's competency to the framework, and says at its name cell when another sheet already has one of that
// name on another scale (kept apart, so no level changes its meaning) or with another kind (the first kind kept).
import type { Scale } from '../../model/scale';
import type { CompetencyInput } from './framework-builder';
import { describeScale } from './scales';
import { at, type SheetContext } from './sheet-context';
import type { SheetView } from './sheet';

/** The competency's id in the framework being built. */
export function addCompetency(ctx: SheetContext, view: SheetView, input: Omit<CompetencyInput, 'sheet'>, row: number, col: number): string {
  const sheet = view.source.sheet;
  const read = ctx.builder.competency({ ...input, sheet });
  if (read.apartFrom) {
    const [there, here] = namedApart(ctx.builder.scaleById(read.apartFrom.competency.scaleId), ctx.builder.scaleById(input.scaleId));
    ctx.log.repeated(
      'other-scale',
      at(
        view,
        'warning',
        `"${input.name}" is also on sheet "${read.apartFrom.sheet}", where its levels are on the scale ${there}; here they are on ${here}, so it was read as a competency of its own, "${read.competency.name}", and no level changed its meaning. To make them one, use the same scale (legend) on both sheets`,
        row,
        col,
      ),
    );
  }
  if (read.otherKind) {
    ctx.log.repeated(
      'other-kind',
      at(view, 'warning', `"${input.name}" is ${withArticle(read.otherKind.kind)} on sheet "${read.otherKind.sheet}" and ${withArticle(input.kind)} here: it was kept ${withArticle(read.otherKind.kind)}; make the two types agree`, row, col),
    );
  }
  return read.competency.id;
}

/** Two scales as a message names them: first and last level, or every level when those are the same in both. */
function namedApart(there: Scale | undefined, here: Scale | undefined): [string, string] {
  if (!there || !here) return [there ? describeScale(there) : 'of that sheet', here ? describeScale(here) : 'this sheet’s scale'];
  const short = [describeScale(there), describeScale(here)] as [string, string];
  if (short[0] !== short[1]) return short;
  const every = (scale: Scale) => scale.levels.map((l) => (l.name === String(l.rank) ? l.name : `${l.rank} = ${l.name}`)).join(', ');
  return [every(there), every(here)];
}

function withArticle(kind: string): string {
  return kind === 'ability' ? 'an ability' : kind === 'skill' ? 'a skill' : 'knowledge';
}
