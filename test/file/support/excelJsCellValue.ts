import type { CellErrorValue, CellRichTextValue, CellValue } from "exceljs";
import type { RawScalar } from "../../../src/core/model/raw";

const MS_PER_DAY = 86_400_000;
// Serial of 1970-01-01 in the 1900 date system; the 1904 system starts 1,462 days later.
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const DATE1904_OFFSET = 1_462;

/**
 * Turns a Date that ExcelJS made from a date-formatted number back into that number. ExcelJS maps
 * serial → Date linearly (`(serial − 25569 [+ 1462 for 1904]) days` after 1970-01-01 UTC), so the
 * exact inverse recovers the stored serial, including the 1900 system's fake 1900-02-29 (serial 60).
 * Whole-day serials come back exactly (the arithmetic stays within integer-exact doubles).
 */
export function serialFromExcelJsDate(date: Date, date1904: boolean): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL_1900 - (date1904 ? DATE1904_OFFSET : 0);
}

export interface ConvertedCell {
  readonly value: RawScalar;
  /** True for a formula whose file carries no computed result. */
  readonly uncalculated: boolean;
}

const BLANK: ConvertedCell = { value: null, uncalculated: false };
const UNCALCULATED: ConvertedCell = { value: null, uncalculated: true };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isRichText(value: object): value is CellRichTextValue {
  return "richText" in value && Array.isArray(value.richText);
}

function isErrorValue(value: object): value is CellErrorValue {
  return "error" in value && typeof value.error === "string";
}

function richTextPlain(value: CellRichTextValue): string {
  return value.richText.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
}

/** A plain value as Office.js would give it: text, number, boolean, error text, date serial. */
function scalarOf(value: unknown, date1904: boolean): RawScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return serialFromExcelJsDate(value, date1904);
  if (!isRecord(value)) return null;
  if (isRichText(value)) return richTextPlain(value);
  if (isErrorValue(value)) return value.error;
  // A hyperlink cell shows its text (itself plain or rich text).
  if ("hyperlink" in value && "text" in value) return scalarOf(value.text, date1904);
  return null;
}

/** Converts one ExcelJS cell value (read with `Workbook.xlsx.load`) into the RawWorkbook form. */
export function convertCellValue(value: CellValue, date1904: boolean): ConvertedCell {
  if (isRecord(value) && ("formula" in value || "sharedFormula" in value)) {
    const result: unknown = "result" in value ? value.result : undefined;
    return result === undefined ? UNCALCULATED : { value: scalarOf(result, date1904), uncalculated: false };
  }
  const scalar = scalarOf(value, date1904);
  return scalar === null ? BLANK : { value: scalar, uncalculated: false };
}
