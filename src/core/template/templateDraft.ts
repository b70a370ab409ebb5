import type { ColumnDef, ColumnType, RowRule, TableDef } from "./types";

/**
 * A template as read so far: like TableDef/ColumnDef, but a column whose type was not valid has
 * no type and a column or rule that could not be read is null, so the cross-checks can skip them instead of
 * reporting the same mistake twice.
 */
export type DraftColumn = Omit<ColumnDef, "type"> & { readonly type: ColumnType | undefined };

export type DraftTable = Omit<TableDef, "columns" | "rules"> & {
  /** Same indexes as the JSON: an entry that was not an object is null. */
  readonly columns: readonly (DraftColumn | null)[];
  readonly rules?: readonly (RowRule | null)[];
};

export const COLUMN_TYPES: readonly ColumnType[] = [
  "text",
  "id",
  "integer",
  "number",
  "currency",
  "percent",
  "fraction",
  "scale",
  "date",
  "month",
  "enum",
];

/** Types whose cells are numbers that `compare` and min/max can work with. */
export const NUMERIC_TYPES: readonly ColumnType[] = [
  "integer",
  "number",
  "currency",
  "percent",
  "fraction",
  "scale",
];
