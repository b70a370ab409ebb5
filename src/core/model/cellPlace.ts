import { columnLetters, sheetRef } from "./a1";
import type { SourceRef, TableBinding } from "./portfolio";

/** A row's cell of a template column: its sheet column from the binding the row was read through. */
export interface CellOfRow {
  /** `F12`, or "" when the row's sheet has no such column. */
  readonly cell: string;
  /** The header as written, or null when the sheet has no such column. */
  readonly header: string | null;
}

export function cellOfRow(bindings: readonly TableBinding[], src: SourceRef, key: string): CellOfRow {
  const binding = bindings.find((b) => b.file === src.file && b.sheet === src.sheet);
  const column = binding?.columns[key];
  return column === undefined
    ? { cell: "", header: null }
    : { cell: `${columnLetters(column.col)}${column.row ?? src.row}`, header: column.header };
}

/**
 * `Projects!A10` (sheet quoted as Excel does when needed), or `Projects row 10` when the sheet has
 * no such column.
 */
export function placeOfRow(bindings: readonly TableBinding[], src: SourceRef, key: string): string {
  const { cell } = cellOfRow(bindings, src, key);
  const sheet = sheetRef(src.sheet);
  return cell === "" ? `${sheet} row ${src.row}` : `${sheet}!${cell}`;
}

/** `duplicate Project ID (a.xlsx Projects!A10, b.xlsx Projects!A3)`: the reason the KPIs give. */
export function duplicateProjectReason(
  bindings: readonly TableBinding[],
  rows: readonly { src: SourceRef }[],
): string {
  const places = rows.map((row) => `${row.src.file} ${placeOfRow(bindings, row.src, "projectId")}`);
  return `duplicate Project ID (${places.join(", ")})`;
}
