import { cellAddress, parseCellAddress } from "../../../../src/core/model/a1";
import { sheetCellBlocks } from "../../../../src/core/plan/sheetCells";
import type { DashboardPlan, PlanCell, SheetPlan } from "../../../../src/core/plan/types";

/** Flattens a sheet plan into address → cell, failing on overlapping blocks (a builder bug). */
export function cellMap(sheet: SheetPlan): Map<string, PlanCell> {
  const map = new Map<string, PlanCell>();
  for (const block of sheetCellBlocks(sheet)) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const address = cellAddress(block.row + r, block.col + c);
        if (map.has(address)) throw new Error(`${sheet.name}!${address} is written twice`);
        map.set(address, cell);
      }),
    );
  }
  return map;
}

/** Values of a one-column range like `B5:B9`. */
export function rangeValues(sheet: SheetPlan, range: string): (PlanCell["value"] | undefined)[] {
  const [a, b] = range.split(":");
  const from = parseCellAddress(a ?? "");
  const to = parseCellAddress(b ?? a ?? "");
  if (!from || !to) throw new Error(`bad range ${range}`);
  const cells = cellMap(sheet);
  const out: (PlanCell["value"] | undefined)[] = [];
  for (let row = from.row; row <= to.row; row++) {
    for (let col = from.col; col <= to.col; col++) out.push(cells.get(cellAddress(row, col))?.value);
  }
  return out;
}

export function sheetByName(plan: DashboardPlan, name: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
