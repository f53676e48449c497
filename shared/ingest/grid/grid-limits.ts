// A sheet's size held to the limits before the matrix reader works on it: a CSV of 100,000 columns, or millions of
// cells, is refused with the limit named instead of taking minutes or all the memory.
import { InputLimitError, limits } from '../limits';
import type { Grid } from './grid';

export function checkGridSize(grid: Grid, file: string | undefined): void {
  const where = [file, grid.sheet && file !== undefined && !file.endsWith(`${grid.sheet}.csv`) ? `sheet ${grid.sheet}` : undefined].filter(Boolean).join(', ') || grid.sheet;
  let cells = 0;
  for (let r = 0; r < grid.rows.length; r++) {
    const width = grid.rows[r]!.length;
    if (width > limits.columns) throw new InputLimitError('columns', `${where}, line ${grid.rowLines?.[r] ?? r + 1}`, `the row has ${width} columns`);
    cells += width;
  }
  if (cells > limits.cells) throw new InputLimitError('cells', where, `the sheet has ${cells} cells`);
}
