import type { RawScalar } from "../../core/model/raw";
import { decodeExcelEscapes } from "../xml/entities";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const DATE1904_OFFSET = 1_462;

/** A `t="d"` cell (ISO 8601 text, which few writers use) as the serial Excel would store. */
function isoDateSerial(text: string, date1904: boolean): RawScalar {
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (!Number.isFinite(ms)) return text;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL_1900 - (date1904 ? DATE1904_OFFSET : 0);
}

/** A number as stored; text that is not a finite number stays text, for the core to report. */
function numberOf(text: string): RawScalar {
  const value = Number(text);
  return Number.isFinite(value) && text.trim() !== "" ? value : text;
}

/**
 * The value of one `<c>` as Office.js would report it, from its type attribute `t` and the text of
 * its `<v>` (null when it has none): shared strings by index, booleans, error text, formula string
 * results, ISO dates as serials, numbers. Inline strings are handled by the caller.
 */
export function cellValueOf(
  type: string | null,
  value: string | null,
  sharedStrings: readonly string[],
  date1904: boolean,
): RawScalar {
  if (value === null) return null;
  switch (type) {
    case null:
    case "n":
      return numberOf(value);
    case "s":
      // An empty index is no string, not the first one (Number("") is 0).
      return value.trim() === "" ? null : (sharedStrings[Number(value)] ?? null);
    case "str":
      return decodeExcelEscapes(value);
    case "b":
      return value.trim() === "1" || value.trim() === "true";
    case "e":
      return value.trim();
    case "d":
      return isoDateSerial(value.trim(), date1904);
    default:
      return numberOf(value);
  }
}

/**
 * A formula cell's cached value, as `cellValueOf`; but an empty `<v></v>` is no value at all unless
 * the formula gives text: openpyxl writes every formula so (`<f>SUM(H2:H9)</f><v></v>`) and never
 * calculates, so the cell is uncalculated (null), not blank text. A `t="str"` formula's empty value
 * is a real "" result (`=IF(A2="","",A2)`).
 */
export function formulaValueOf(
  type: string | null,
  value: string | null,
  sharedStrings: readonly string[],
  date1904: boolean,
): RawScalar {
  if (value !== null && type !== "str" && value.trim() === "") return null;
  return cellValueOf(type, value, sharedStrings, date1904);
}
