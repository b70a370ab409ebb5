import type { ColumnDef, TableDef } from "../template/types";
import { AMOUNT_TYPES } from "../template/amountTypes";
import type { HeaderMatch } from "./findHeader";

/**
 * The table's required Month column and the one required amount column (Planned Hours) the sheet
 * lacks, when no other amount column is there (whose month would its figure be?), whether or not
 * the sheet has the Month. Null otherwise.
 */
export function monthAndMissingAmount(
  table: TableDef,
  match: HeaderMatch,
): { month: ColumnDef; value: ColumnDef } | null {
  const month = table.columns.find((c) => c.type === "month" && c.required === true);
  if (month === undefined) return null;
  const missing = table.columns.filter(
    (c) => c.required === true && AMOUNT_TYPES.has(c.type) && !match.columns.has(c.key),
  );
  const value = missing[0];
  const otherAmounts = table.columns.some((c) => AMOUNT_TYPES.has(c.type) && match.columns.has(c.key));
  return value === undefined || missing.length > 1 || otherAmounts ? null : { month, value };
}

/**
 * The Month column and that amount when the sheet lacks both: what a resource plan laid out
 * another way (months across, periods) fills. Null otherwise.
 */
export function missingMonthAndAmount(
  table: TableDef,
  match: HeaderMatch,
): { month: ColumnDef; value: ColumnDef } | null {
  const wanted = monthAndMissingAmount(table, match);
  return wanted === null || match.columns.has(wanted.month.key) ? null : wanted;
}
