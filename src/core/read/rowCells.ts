import type { RawScalar } from "../model/raw";
import { isBlankText } from "./columnPlan";

/** Whether a cell holds something: not empty, not blank text. */
export function isFilledCell(v: RawScalar | undefined): boolean {
  return v !== null && v !== undefined && !(typeof v === "string" && isBlankText(v));
}

/** Whether a row has nothing under the table's headers (`headed`: their grid columns). */
export function isBlankRow(headed: readonly number[], cells: readonly RawScalar[]): boolean {
  for (let i = 0; i < headed.length; i++) {
    const v = cells[headed[i] as number];
    if (v === null || v === undefined) continue;
    if (typeof v !== "string" || !isBlankText(v)) return false;
  }
  return true;
}

/** The column of a row's one non-blank cell under the headers, when it is text and alone; else -1. */
export function loneTextCell(headed: readonly number[], cells: readonly RawScalar[]): number {
  let found = -1;
  for (let i = 0; i < headed.length; i++) {
    const c = headed[i] as number;
    const v = cells[c];
    if (!isFilledCell(v)) continue;
    if (typeof v !== "string" || found >= 0) return -1;
    found = c;
  }
  return found;
}
