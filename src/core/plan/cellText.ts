import type { PlanCell } from "./types";

/** Excel refuses a cell holding more than 32,767 characters (Excel specifications and limits). */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;

/**
 * Text that fits one Excel cell: longer text is cut and ends with an ellipsis, so the writer never
 * fails and the reader sees that something was cut. A surrogate pair is never split.
 * @example fitCellText("x".repeat(40_000)).length // 32767, ending in "…"
 */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_CELL_TEXT_LIMIT) return text;
  let end = EXCEL_CELL_TEXT_LIMIT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** The cell itself, or a copy whose text fits (`fitCellText`). */
export function fitCell(cell: PlanCell): PlanCell {
  const v = cell.value;
  return typeof v === "string" && v.length > EXCEL_CELL_TEXT_LIMIT
    ? { ...cell, value: fitCellText(v) }
    : cell;
}

/** The rows themselves when every text fits, else a copy with the long texts cut. */
export function fitRows(rows: readonly (readonly PlanCell[])[]): readonly (readonly PlanCell[])[] {
  const long = rows.some((row) =>
    row.some((c) => typeof c.value === "string" && c.value.length > EXCEL_CELL_TEXT_LIMIT),
  );
  return long ? rows.map((row) => row.map(fitCell)) : rows;
}
