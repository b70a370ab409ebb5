import type { ColumnDef } from "../../../src/core/template/types";
import type { RawScalar } from "../../../src/core/model/raw";
import type { CellValue } from "../../../src/core/model/portfolio";
import type { DateOrder } from "../../../src/core/model/settings";
import type { CellSink, ColumnNotice } from "../../../src/core/values/types";
import { createColumnParser } from "../../../src/core/values/columnParser";

export interface Issue {
  readonly index: number;
  readonly severity: "error" | "warning" | "note";
  readonly rule: string;
  readonly message: string;
}

/**
 * Runs a column's parser over cells the way the reader does (blank cells skipped, text trimmed) and
 * records what it reported. Cells are addressed `A2`, `A3`, … in messages.
 */
export function parseColumn(
  column: Partial<ColumnDef> & Pick<ColumnDef, "type">,
  cells: readonly RawScalar[],
  options: {
    formats?: readonly (string | null)[];
    dateOrder?: DateOrder;
    date1904?: boolean;
    currency?: string;
  } = {},
): { values: CellValue[]; issues: Issue[]; notices: readonly ColumnNotice[]; notes: string[] } {
  const def: ColumnDef = { key: "x", header: column.header ?? "Value", ...column };
  const parser = createColumnParser({
    column: def,
    header: def.header,
    dateOrder: options.dateOrder ?? "MDY",
    date1904: options.date1904 ?? false,
    currency: options.currency ?? "USD",
    addressOf: (i) => `A${i + 2}`,
    cells: {
      length: cells.length,
      value: (i) => cells[i] ?? null,
      format: (i) => options.formats?.[i] ?? null,
    },
  });
  const issues: Issue[] = [];
  const notes: string[] = [];
  let index = 0;
  const sink: CellSink = {
    error: (rule, message) => issues.push({ index, severity: "error", rule, message }),
    warn: (rule, message) => issues.push({ index, severity: "warning", rule, message }),
    note: (rule, describe) => {
      issues.push({ index, severity: "note", rule, message: describe(1, `A${index + 2}`) });
      notes.push(rule);
    },
  };
  const values = cells.map((cell, i): CellValue => {
    index = i;
    if (cell === null) return null;
    const value = typeof cell === "string" ? cell.trim() : cell;
    if (value === "") return null;
    return parser.parse(value, options.formats?.[i] ?? null, sink);
  });
  return { values, issues, notices: parser.notices, notes };
}
