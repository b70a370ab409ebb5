import type { ColumnDef } from "../../template/types";
import type { TableContext } from "../tableContext";

/** Rule id of a value used twice in a `unique` column. */
export const DUPLICATE_ID = "duplicate-id";

/**
 * A `unique` column (Project ID, Risk ID, Resource) holds each value once across every consolidated
 * workbook. Every occurrence after the first is an error naming where the first is. Blank cells
 * are skipped (required-missing is the reader's finding).
 */
export function checkUnique(column: ColumnDef, ctx: TableContext): void {
  const { rows } = ctx;
  const key = column.key;
  const first = new Map<string, number>();
  // Only values seen more than once get a count, so the common case is one Map lookup per row.
  const count = new Map<string, number>();
  const repeats: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const raw = row[key];
    if (typeof raw !== "string" && typeof raw !== "number") continue;
    const v = typeof raw === "number" ? String(raw) : raw;
    if (v === "") continue;
    if (first.get(v) === undefined) {
      first.set(v, i);
    } else {
      count.set(v, (count.get(v) ?? 1) + 1);
      repeats.push(i);
    }
  }
  for (const i of repeats) {
    const row = rows[i];
    if (!row) continue;
    const v = String(row[key]);
    const original = rows[first.get(v) ?? 0];
    if (!original) continue;
    const shown = `${ctx.headerOf(row.src, key)} ${ctx.show(key, v)}`;
    const times = count.get(v) ?? 2;
    const message =
      original.src.file === row.src.file
        ? `${shown} is used ${times === 2 ? "twice" : `${times} times`}: ` +
          `${times === 2 ? "also" : "first"} in ${ctx.placeOf(original.src, key)}. ` +
          `Each row needs its own ${column.header}: change one of them, or delete the duplicate row.`
        : `${shown} appears in both ${original.src.file} (${ctx.placeOf(original.src, key)}) and ` +
          `${row.src.file} (${ctx.placeOf(row.src, key)}). ` +
          `Each ${column.header} must be unique across all workbooks: change one of them, or keep the row in one workbook only.`;
    ctx.report(i, key, "error", DUPLICATE_ID, message);
  }
}
