/**
 * Columns that hold one person's pay. A finding about such a cell names the cell and the problem but
 * never repeats the value: PMO Validation, the console and the JSON are read by people who must not
 * learn a colleague's salary or rate (kpi-definitions: pay is personal).
 */
const PAY_COLUMN_KEYS: ReadonlySet<string> = new Set(["annualSalary", "hourlyRate"]);

/** @example isPayColumn("annualSalary") // true */
export function isPayColumn(columnKey: string): boolean {
  return PAY_COLUMN_KEYS.has(columnKey);
}

/** What a message shows in place of a pay value. */
export const PAY_VALUE_WITHHELD = "(value not shown: pay is personal)";
