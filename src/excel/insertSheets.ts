/**
 * Adds new sheets of plain cells (the example tracker) next to the user's, in one batch. Text cells
 * are written with Excel's quote prefix (a leading apostrophe, kept as a prefix, not as text), so
 * text such as `=HYPERLINK(...)` or `-1+1` stays text: the `Range.values` reference says strings
 * starting with `=`, `+` or `-` are entered as formulas, and a Text number format is not documented
 * to prevent it. The Text format is still set so the cells read as text in Excel's UI.
 */
import { toAppError } from "./appError";
import { freeSheetName } from "./sheetNames";

export interface CellSheet {
  readonly name: string;
  /** Rows of values: text, numbers (dates as serials), booleans; "" for blank. */
  readonly values: readonly (readonly (string | number | boolean)[])[];
  /** Number formats per cell ("" = General); text cells are stored as text whatever is given. */
  readonly formats: readonly (readonly string[])[];
}

const TEXT_FORMAT = "@";
const GENERAL = "General";

/** Returns the names the sheets got (`Projects (2)` when a sheet of that name exists). */
export async function insertSheets(
  context: Excel.RequestContext,
  sheets: readonly CellSheet[],
): Promise<string[]> {
  try {
    const existing = context.workbook.worksheets.load("items/name");
    await context.sync();
    const taken = new Set(existing.items.map((s) => s.name.toLowerCase()));
    const names = sheets.map((sheet) => {
      const name = freeSheetName(sheet.name, taken);
      const width = Math.max(1, ...sheet.values.map((row) => row.length));
      const rows = sheet.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
      const formats = rows.map((row, r) =>
        row.map((value, c) => (typeof value === "string" ? TEXT_FORMAT : sheet.formats[r]?.[c] || GENERAL)),
      );
      const added = context.workbook.worksheets.add(name);
      if (rows.length > 0) {
        const range = added.getRangeByIndexes(0, 0, rows.length, width);
        range.numberFormat = formats;
        range.values = rows.map((row) =>
          row.map((value) => (typeof value === "string" && value !== "" ? `'${value}` : value)),
        );
        range.format.autofitColumns();
      }
      return name;
    });
    const first = names[0];
    if (first !== undefined) context.workbook.worksheets.getItem(first).activate();
    await context.sync();
    return names;
  } catch (error) {
    throw toAppError(error, "Adding the example tracker");
  }
}
