import type { Problems } from "./jsonReader";
import { child, describe } from "./jsonReader";
import { STANDARD_TEMPLATE } from "./standardTemplate";
import type { DraftTable } from "./templateDraft";
import type { ColumnType } from "./types";

/** Types that give the KPIs the same kind of value as the standard type. */
const COMPATIBLE: Readonly<Record<ColumnType, readonly ColumnType[]>> = {
  text: ["text", "id"],
  id: ["id", "text"],
  integer: ["integer", "number", "scale"],
  number: ["number", "integer", "currency"],
  currency: ["currency", "number", "integer"],
  percent: ["percent", "fraction"],
  fraction: ["fraction", "percent"],
  scale: ["scale", "integer"],
  date: ["date"],
  month: ["month"],
  enum: ["enum"],
};

/**
 * The KPIs read the standard tables by their standard keys, so a custom template may add tables
 * and columns and drop standard optional ones, but where it reuses a standard table key it must:
 * keep the standard required columns, give each standard column a compatible type (projects.budget
 * stays currency/number), and keep every standard enum value (the KPIs compare against them; more
 * may be added). A standard required table (Projects) must be there.
 */
export function checkStandardCompatibility(tables: readonly DraftTable[], problems: Problems): void {
  for (const standard of STANDARD_TEMPLATE.tables) {
    const index = tables.findIndex((t) => t.key === standard.key);
    const custom = tables[index];
    if (!custom) {
      if (standard.required === true) {
        problems.add(
          "tables",
          `the standard table ${describe(standard.key)} (${standard.name}) is missing; the KPIs need it (it may have extra columns)`,
        );
      }
      continue;
    }
    const path = child("tables", index);
    for (const column of standard.columns) {
      const j = custom.columns.findIndex((c) => c?.key === column.key);
      const mine = custom.columns[j];
      const name = `${standard.key}.${column.key}`;
      if (!mine) {
        if (column.required === true) {
          problems.add(
            child(path, "columns"),
            `the standard column ${describe(column.key)} (${column.header}, ${column.type}) is missing; the KPIs read ${name}`,
          );
        }
        continue;
      }
      const columnPath = child(child(path, "columns"), j);
      const allowed = COMPATIBLE[column.type];
      if (mine.type !== undefined && !allowed.includes(mine.type)) {
        problems.add(
          child(columnPath, "type"),
          `${describe(mine.type)} cannot be used for the standard column ${name}, which the KPIs read as ${column.type}; use ${allowed.join(" or ")}`,
        );
      }
      const standardValues = column.enum?.values;
      const myValues = mine.enum?.values;
      if (standardValues && myValues && myValues.length > 0) {
        const missing = standardValues.filter((v) => !myValues.includes(v));
        if (missing.length > 0) {
          problems.add(
            child(child(columnPath, "enum"), "values"),
            `the standard column ${name} must keep the values ${standardValues.join(", ")} (missing: ${missing.join(", ")}); you may add others`,
          );
        }
      }
    }
  }
}
