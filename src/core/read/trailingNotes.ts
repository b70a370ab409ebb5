import type { RawGrid, RawScalar } from "../model/raw";
import { isBlankRow, loneTextCell } from "./rowCells";
import { isTotalsLabel } from "./totalsLabel";

/** A note under a table: its grid row and column, and its text. */
export interface TrailingNote {
  readonly r: number;
  readonly c: number;
  readonly text: string;
}

/**
 * The notes a PM writes under a table that has no Excel table around it (`Notes: all figures in
 * USD`, `Prepared by: PMO`): at the end of the data, rows that hold one text cell each, with at
 * least one blank row between them and the data above. Read as rows, each would be a project
 * missing every required column. A one-cell row in the middle of the data, or right under it with
 * no blank row between, stays data (a new project with only its ID is still reported), and so do
 * one-cell rows with no data above them. Empty when there are none; top down otherwise.
 */
export function trailingNotes(
  grid: RawGrid,
  headed: readonly number[],
  dataStart: number,
  dataEnd: number,
): TrailingNote[] {
  const cells: RawScalar[] = [];
  const notes: TrailingNote[] = [];
  // Whether a blank row sits above the topmost note found so far.
  let blankAbove = false;
  let r = dataEnd - 1;
  for (; r >= dataStart; r--) {
    cells.length = 0;
    grid.copyRow(r, cells);
    const c = loneTextCell(headed, cells);
    // A lone `Subtotal` (its sums uncalculated) is a totals row: the rows' reader reports it as one.
    if (c >= 0 && !isTotalsLabel(cells[c] as string)) {
      notes.unshift({ r, c, text: (cells[c] as string).trim() });
      blankAbove = false;
    } else if (isBlankRow(headed, cells)) {
      if (notes.length > 0) blankAbove = true;
    } else {
      break;
    }
  }
  return notes.length > 0 && blankAbove && r >= dataStart ? notes : [];
}
