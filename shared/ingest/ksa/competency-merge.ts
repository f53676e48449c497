// Adds a sheet's competency to the framework, and says at its name cell when another sheet already has one of that
// name on another scale (kept apart, so no level changes its meaning) or with another kind (the first kind kept).
import type { CompetencyInput } from './framework-builder';
import { describeScale } from './scales';
import { at, type SheetContext } from './sheet-context';
import type { SheetView } from './sheet';

/** The competency's id in the framework being built. */
export function addCompetency(ctx: SheetContext, view: SheetView, input: Omit<CompetencyInput, 'sheet'>, row: number, col: number): string {
  const sheet = view.source.sheet;
  const read = ctx.builder.competency({ ...input, sheet });
  if (read.apartFrom) {
    const there = ctx.builder.scaleById(read.apartFrom.competency.scaleId);
    const here = ctx.builder.scaleById(input.scaleId);
    ctx.log.repeated(
      'other-scale',
      at(
        view,
        'warning',
        `"${input.name}" is also on sheet "${read.apartFrom.sheet}", where its levels are on the scale ${there ? describeScale(there) : 'of that sheet'}; here they are on ${here ? describeScale(here) : 'this sheet’s scale'}, so it was read as a competency of its own, "${read.competency.name}", and no level changed its meaning. To make them one, use the same scale (legend) on both sheets`,
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

function withArticle(kind: string): string {
  return kind === 'ability' ? 'an ability' : kind === 'skill' ? 'a skill' : 'knowledge';
}
