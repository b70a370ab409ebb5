import type { CellRange } from "../core/model/raw";
import { parseRangeAddress } from "../core/model/a1";

/**
 * One block of a `RangeAreas.address` ("Sheet1!A1:B4, 'My Sheet'!D1:D4"): the range after the
 * sheet name's `!`, ended by a comma or the end. Anchoring on what follows keeps a `!` or a comma
 * inside a quoted sheet name from cutting a block short.
 */
const BLOCK = /!(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)\s*(?=,|$)/g;

/** The merged areas a `getMergedAreasOrNullObject()` address lists, 1-based as `RawSheet.merges` wants. */
export function mergedAreasFromAddress(address: string): CellRange[] {
  const areas: CellRange[] = [];
  for (const m of address.matchAll(BLOCK)) {
    const range = parseRangeAddress(m[1] ?? "");
    // A merge is at least two cells; a lone cell is no merge to fill from.
    if (range !== null && (range.bottom > range.top || range.right > range.left)) areas.push(range);
  }
  return areas;
}
