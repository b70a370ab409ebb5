/** Excel's error values, as Office.js returns them (and as PMs sometimes paste them as text). */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#REF!",
  "#DIV/0!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * True when a trimmed cell text is an Excel error value.
 * @example isExcelError("#DIV/0!") // true
 */
export function isExcelError(text: string): boolean {
  // Cheap first-character test: this runs on every text cell.
  return text.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(text.toUpperCase());
}
