import { columnNames } from "../template/tableNames";
import type { CellSink, ColumnContext, ColumnParser, NoteDescriber } from "./types";
import { hasThousandsSeparator, parseNumericText } from "./numericText";
import { quoteRaw } from "./formatValue";
import { notANumber } from "./notANumber";

// Module constants, not globals: global lookups are slow in sandboxes (jest's vm, some add-in hosts).
const { isNaN: isNotANumber, isInteger } = Number;

/** The "number stored as text with thousands separators" note of a column (created once per column). */
export function thousandsNote(header: string): NoteDescriber {
  return (count, cells) =>
    `${header} has ${count === 1 ? "1 number" : `${count} numbers`} stored as text with thousands ` +
    `separators (${cells}); ${count === 1 ? "it was" : "they were"} read as ${count === 1 ? "a number" : "numbers"}. ` +
    `Format the cells as numbers.`;
}

/** The "hours written with their unit" note of an hours column (created once per column). */
function hoursUnitNote(header: string): NoteDescriber {
  return (count, cells) =>
    `${header} has ${count === 1 ? "1 number" : `${count} numbers`} written with an hours unit (${cells}); ` +
    `${count === 1 ? "it was" : "they were"} read as hours. Enter plain numbers.`;
}

/** A column of hours, by its template header or the header as written (`Planned Hours`, `Capacity (hrs)`). */
const HOURS_HEADER = /hour|\bhrs?\b/i;
/** A number followed by an hours unit: `40h`, `40 hrs`, `7.5 hours`. */
const HOURS_UNIT = /^(.*\d)\s*(?:h|hr|hrs|hour|hours)\.?$/i;

/**
 * Integer and number columns: numbers, or numeric text (thousands separators give a warning).
 * Integer columns reject fractions. In a column of hours, `40h` and `40 hrs` are 40 (a warning).
 */
export function createNumberParser(ctx: ColumnContext): ColumnParser {
  const { header } = ctx;
  const integer = ctx.column.type === "integer";
  const required = ctx.column.required === true;
  const note = thousandsNote(header);
  // A column of hours by its header as written, its template header or an alias (Weekly Capacity's
  // `Hours per Week`).
  const hours = [header, ...columnNames(ctx.column)].some((name) => HOURS_HEADER.test(name))
    ? hoursUnitNote(header)
    : null;
  // The example a bad value's message gives: within the column's range when it has one (a 1–5
  // score, a weekly capacity up to 80), not an amount.
  const { min, max } = ctx.column;
  const wanted =
    min !== undefined && max !== undefined
      ? `enter ${integer ? "a whole number" : "a number"} from ${min} to ${max}`
      : "enter a number such as 1200";
  const parse = (value: string | number | boolean, _format: string | null, sink: CellSink): number | null => {
    let n: number;
    if (typeof value === "number") n = value;
    else if (typeof value === "string") {
      let digits = value;
      n = parseNumericText(digits);
      // A number with its unit is short: longer text is never tried (untrusted text stays linear).
      if (isNotANumber(n) && hours !== null && value.length <= 40) {
        digits = HOURS_UNIT.exec(value)?.[1] ?? "";
        n = parseNumericText(digits);
        if (!isNotANumber(n)) sink.note("hours-unit", hours);
      }
      if (!isNotANumber(n) && hasThousandsSeparator(digits)) sink.note("thousands-separator", note);
    } else n = NaN;
    if (isNotANumber(n)) {
      const what = typeof value === "string" ? notANumber(value, "number", required) : null;
      sink.error("invalid-number", `${header} ${quoteRaw(value)} ${what ?? `is not a number; ${wanted}`}.`);
      return null;
    }
    if (integer && !isInteger(n)) {
      sink.error(
        "invalid-integer",
        `${header} ${quoteRaw(value)} is not a whole number; enter a whole number.`,
      );
      return null;
    }
    return n;
  };
  return { parse, usesFormat: false, notices: [] };
}
