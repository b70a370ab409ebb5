/**
 * One cell of a data row as its column reads it: the parser, blank cells, Excel errors, formulas
 * without a value, and the bounds of numbers, each problem a finding at the cell. The row loop
 * (readRows) and a resource plan's months across both read their cells here.
 */
import type { CellValue } from "../model/portfolio";
import type { RawScalar } from "../model/raw";
import type { DateOrder } from "../model/settings";
import type { ColumnDef } from "../template/types";
import type { CellParser } from "../values/types";
import { isoFromMonth } from "../model/calendar";
import { FORMULA_NOT_CALCULATED } from "../model/ruleIds";
import { isExcelError } from "../values/excelError";
import { formatDay, formatNumber } from "../values/formatValue";
import { sided, type ColumnPlan } from "./columnPlan";
import type { TableReadInput } from "./tableReadInput";
import type { TableSink } from "./tableSink";

/** What reading a cell needs of its table: where findings go, and the sheet and settings. */
export interface CellReader {
  readonly input: TableReadInput;
  readonly sink: TableSink;
}

/** What checking a parsed number needs: where findings go, and how dates are shown in them. */
export interface NumberChecker {
  readonly input: { readonly dateOrder: DateOrder };
  readonly sink: TableSink;
}

/** A value as a PM reads it in a range message. */
function display(def: ColumnDef, value: number, dateOrder: DateOrder): string {
  switch (def.type) {
    case "percent":
    case "fraction":
      return `${formatNumber(value * 100)} %`;
    case "date":
      return formatDay(value, dateOrder);
    case "month":
      return isoFromMonth(value);
    default:
      return formatNumber(value);
  }
}

/**
 * Whether the cell `readCell` last read was blank. A flag beside the return value rather than a
 * `{ value, blank }` object: this runs for every cell of every table.
 */
let lastCellBlank = false;

/** Whether the cell `readCell` read last was blank (or blank text). */
export function cellWasBlank(): boolean {
  return lastCellBlank;
}

/** One cell through its column's parser; blank, Excel errors, formulas without a value and range checks. */
export function readCell(
  reader: CellReader,
  plan: ColumnPlan,
  cells: readonly RawScalar[],
  r: number,
  sheetRow: number,
): CellValue {
  lastCellBlank = false;
  const { sink, input } = reader;
  let raw: RawScalar | undefined = cells[plan.index];
  if ((raw === null || raw === undefined) && plan.fill !== null) raw = plan.fill.get(r);
  if (plan.side !== null && raw !== undefined) raw = sided(raw, plan.side);
  if (plan.uncalculated !== null && plan.uncalculated.has(r)) {
    // Reported once as a warning; the cell is read as blank without a second "required" error.
    sink.warn(
      FORMULA_NOT_CALCULATED,
      `${plan.header} in ${plan.letters}${sheetRow} is a formula with no calculated value (the file was saved ` +
        `by a tool that does not calculate); it was read as blank. Open and save the file in Excel.`,
    );
    return null;
  }
  if (raw === null || raw === undefined) return blankCell();
  if (typeof raw !== "string") {
    // Only a number cell's format tells anything (percent, an ID's prefix): text is looked up never.
    const format = plan.usesFormat ? input.sheet.cells.format(r, plan.index) : null;
    return (plan.parse as CellParser)(raw, format, sink);
  }
  const text = raw.trim();
  if (text.length === 0) return blankCell();
  if (isExcelError(text)) {
    sink.error(
      "excel-error",
      `${plan.header} shows the Excel error ${text.toUpperCase()}; fix the formula or enter a value.`,
    );
    return null;
  }
  return (plan.parse as CellParser)(text, null, sink);
}

function blankCell(): null {
  lastCellBlank = true;
  return null;
}

/**
 * No count, hour or amount in a tracker comes near 10^15 (a thousand trillion); anything above is a
 * typing or export accident, and sums of such values overflow the portfolio totals.
 */
export const MAX_NUMBER = 1e15;

/**
 * A parsed number that overflowed (a 400-digit budget), is beyond 10^15 in a count or amount column,
 * or lies outside the column's min/max is an error at its cell and read as blank.
 */
export function checkNumber(
  reader: NumberChecker,
  plan: ColumnPlan,
  value: number,
  sheetRow: number,
): CellValue {
  // The common case first, with nothing built: a finite number within the column's bounds.
  const { min, max } = plan.def;
  const bounded = plan.bounded;
  if (
    value - value === 0 &&
    (!bounded || (value <= MAX_NUMBER && value >= -MAX_NUMBER)) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max)
  )
    return value;
  return numberFinding(reader, plan, value, sheetRow);
}

/** The finding for a number `checkNumber` refused (non-finite, beyond 10^15, out of range); blank. */
function numberFinding(reader: NumberChecker, plan: ColumnPlan, value: number, sheetRow: number): null {
  const { sink } = reader;
  const cell = `${plan.letters}${sheetRow}`;
  if (!Number.isFinite(value)) {
    sink.error(
      "number-not-finite",
      `${plan.header} in ${cell} is too large to be a number (it overflows); enter the real value.`,
    );
    return null;
  }
  if (plan.bounded && Math.abs(value) > MAX_NUMBER) {
    sink.error(
      "number-too-large",
      `${plan.header} in ${cell} is beyond 1,000,000,000,000,000 (10^15), more than any real figure; ` +
        `check the cell.`,
    );
    return null;
  }
  const { min, max } = plan.def;
  const below = min !== undefined && value < min;
  const limit = below ? (min as number) : (max as number);
  const shown = (v: number) => display(plan.def, v, reader.input.dateOrder);
  const what = below ? "below the minimum" : "above the maximum";
  const fix = `enter a value ${below ? "of at least" : "of at most"} ${shown(limit)}`;
  sink.error(
    "out-of-range",
    plan.pay
      ? `${plan.header} in ${cell} is ${what} of ${shown(limit)}; ${fix} (the value is not repeated here: pay is personal).`
      : `${plan.header} ${shown(value)} is ${what} of ${shown(limit)}; ${fix}.`,
  );
  return null;
}
