import type { RawGrid, RawScalar } from "./raw";

/** Grid row `r` as an array of its `width` cells (for the few rows a header search or a test reads). */
export function gridRow(grid: RawGrid, r: number): RawScalar[] {
  const row: RawScalar[] = [];
  grid.copyRow(r, row);
  return row;
}

/** Every row of the grid as arrays: what tests compare and small tables are read from. */
export function gridRows(grid: RawGrid): RawScalar[][] {
  const rows: RawScalar[][] = [];
  for (let r = 0; r < grid.height; r++) rows.push(gridRow(grid, r));
  return rows;
}
