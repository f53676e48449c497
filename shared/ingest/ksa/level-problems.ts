// Says what is wrong with a role cell that holds no usable level, at its cell, with what to write instead.
import type { DiagnosticLog } from './diagnostic-log';
import type { LevelRead, LevelReader } from './levels';
import { describeScale } from './scales';
import { at } from './sheet-context';
import type { SheetView } from './sheet';

export function reportLevelProblem(view: SheetView, log: DiagnosticLog, reader: LevelReader, read: LevelRead, row: number, col: number): void {
  const scale = describeScale(reader.scale);
  switch (read.kind) {
    case 'error':
      log.repeated('error-value', at(view, 'error', `the cell shows ${read.text}, a formula error: fix the formula or type the level; this requirement was left out`, row, col));
      return;
    case 'unknown': {
      const nearest = reader.nearestLevel(read.text);
      const hint = nearest ? `did you mean "${nearest}"? Otherwise write` : 'write';
      log.repeated('unknown-level', at(view, 'error', `"${read.text}" is not a level of the scale ${scale}: ${hint} ${reader.levelList()}, or leave the cell blank when not required`, row, col));
      return;
    }
    case 'outside':
      log.repeated('outside-scale', at(view, 'error', `level ${read.value} is outside the scale ${scale}: use ${reader.levelList()}, or leave the cell blank when not required; this requirement was left out`, row, col));
      return;
    default:
      return;
  }
}
