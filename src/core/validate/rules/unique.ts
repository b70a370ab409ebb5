import type { ColumnDef } from "../../template/types";
import type { TableContext } from "../tableContext";
import type { NormRow } from "../../model/portfolio";
import { PROJECT_ID } from "../../template/keys";

/** Rule id of a value used twice in a `unique` column. */
export const DUPLICATE_ID = "duplicate-id";

/**
 * A `unique` column (Risk ID, Resource, a Role) holds each value once in a workbook. Across the
 * consolidated workbooks it holds it once too, except in a table whose rows belong to a project
 * (Risks): there a value names one thing within its project, as PMs number their own risks (R-001
 * in every tracker), so it may repeat under another project in another file. Every occurrence
 * after the first that clashes is an error naming where the first is. Blank cells are skipped
 * (required-missing is the reader's finding).
 */
export function checkUnique(column: ColumnDef, ctx: TableContext): void {
  const { rows } = ctx;
  const key = column.key;
  const byProject = key !== PROJECT_ID && ctx.columns.has(PROJECT_ID);
  // The scopes a value must be unique in: the workbook, and across workbooks the project (or all).
  const scopes: ((row: NormRow, value: string) => string)[] = byProject
    ? [
        (row, value) => `${row.src.file}\u0000${value}`,
        (row, value) => `\u0001${String(row[PROJECT_ID])}\u0000${value}`,
      ]
    : [(_row, value) => value];
  const first = scopes.map(() => new Map<string, number>());
  // Only values seen more than once get a count, so the common case is a Map lookup per scope.
  const count = scopes.map(() => new Map<string, number>());
  const repeats: { readonly i: number; readonly scope: number; readonly v: string }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const raw = row[key];
    if (typeof raw !== "string" && typeof raw !== "number") continue;
    const value = typeof raw === "number" ? String(raw) : raw;
    if (value === "") continue;
    let clash: { readonly i: number; readonly scope: number; readonly v: string } | null = null;
    scopes.forEach((scopeOf, scope) => {
      const v = scopeOf(row, value);
      const seen = first[scope] as Map<string, number>;
      if (seen.get(v) === undefined) seen.set(v, i);
      else {
        const counts = count[scope] as Map<string, number>;
        counts.set(v, (counts.get(v) ?? 1) + 1);
        clash ??= { i, scope, v };
      }
    });
    if (clash !== null) repeats.push(clash);
  }
  for (const { i, scope, v } of repeats) {
    const row = rows[i];
    const original = rows[(first[scope] as Map<string, number>).get(v) ?? 0];
    if (!row || !original) continue;
    const value = String(row[key]);
    const shown = `${ctx.headerOf(row.src, key)} ${ctx.show(key, value)}`;
    const times = (count[scope] as Map<string, number>).get(v) ?? 2;
    const message =
      original.src.file === row.src.file
        ? `${shown} is used ${times === 2 ? "twice" : `${times} times`}: ` +
          `${times === 2 ? "also" : "first"} in ${ctx.placeOf(original.src, key)}. ` +
          `Each row needs its own ${column.header}: change one of them, or delete the duplicate row.`
        : `${shown} appears in both ${original.src.file} (${ctx.placeOf(original.src, key)}) and ` +
          `${row.src.file} (${ctx.placeOf(row.src, key)})${byProject ? ` for project ${String(row[PROJECT_ID])}` : ""}. ` +
          `Each ${column.header} must be unique ${byProject ? "within its project" : "across all workbooks"}: ` +
          `change one of them, or keep the row in one workbook only.`;
    ctx.report(i, key, "error", DUPLICATE_ID, message);
  }
}
