import type { CellBlock, PlanCell, RowRunPlan, SheetPlan } from "./types";

/** A run's cells, read first when the run was carried. */
export function runCells(run: RowRunPlan): readonly (readonly PlanCell[])[] {
  return typeof run.cells === "function" ? run.cells() : run.cells;
}

/**
 * Every cell of a sheet plan as blocks: its blocks and its row runs' rows (a writer that does not
 * store runs, such as Office.js, writes them like any other cells).
 */
export function sheetCellBlocks(sheet: SheetPlan): readonly CellBlock[] {
  const runs = sheet.rowRuns?.runs ?? [];
  if (runs.length === 0) return sheet.blocks;
  return [...sheet.blocks, ...runs.map((run) => ({ row: run.row, col: 1, cells: runCells(run) }))];
}
