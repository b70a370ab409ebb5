import type { ColumnDef } from "../../template/types";
import { FORMATS } from "../formats";

/** Number format of a blank-tracker column's cells; text columns are `@` so typed `=…` stays text. */
export function columnFormat(column: ColumnDef): string {
  switch (column.type) {
    case "text":
    case "id":
    case "enum":
      return "@";
    case "integer":
    case "scale":
      return "0";
    case "number":
      return "#,##0.0#";
    case "currency":
      return "#,##0.00";
    case "percent":
      return FORMATS.percent;
    case "fraction":
      return "0.00";
    case "date":
      return FORMATS.date;
    case "month":
      return "mmm yyyy";
  }
}

/** Room a typical value needs, in characters. */
const TYPE_WIDTHS: Readonly<Record<ColumnDef["type"], number>> = {
  text: 18,
  id: 12,
  integer: 10,
  number: 12,
  currency: 14,
  percent: 10,
  fraction: 8,
  scale: 10,
  date: 12,
  month: 11,
  enum: 10,
};
/** Headers whose cells hold sentences get room for them. */
const LONG_TEXT = /name|title|comment|description|decision|summary|note/i;
/** The header's text plus the table's filter button. */
const FILTER_BUTTON = 4;
const MAX_WIDTH = 45;

/** A column width (characters) that fits the header, its drop-down values and a typical value. */
export function columnWidth(column: ColumnDef): number {
  const longest = Math.max(0, ...(column.enum?.values ?? []).map((v) => v.length + 3));
  const typical = column.type === "text" && LONG_TEXT.test(column.header) ? 32 : TYPE_WIDTHS[column.type];
  return Math.min(MAX_WIDTH, Math.max(column.header.length + FILTER_BUTTON, typical, longest));
}
