import type { CellSink, ColumnContext, ColumnNotice, ColumnParser } from "./types";
import { parseNumericText } from "./numericText";
import { formatNumber, quoteRaw } from "./formatValue";
import { isPlaceholder, placeholderFix } from "./placeholder";

function isPercentFormat(format: string | null): boolean {
  return format !== null && format.indexOf("%") >= 0;
}

/** A plain number a PM typed into a percent column (not `45%` text, not a %-formatted cell), else NaN. */
function plainNumber(value: unknown, format: string | null): number {
  if (typeof value === "number") return isPercentFormat(format) ? NaN : value;
  if (typeof value !== "string") return NaN;
  const text = value.trim();
  return text.endsWith("%") ? NaN : parseNumericText(text);
}

/**
 * Percent and fraction (FTE) columns, normalised to 0..1: `45%` text, 0.45 in a %-formatted cell,
 * or plain numbers. When plain numbers in the column exceed 1 the whole column is on the 0–100
 * scale (45 means 45 %), and plain numbers from 0 to 1 in it (0.5, or a 1 typed for 100 %) mix the
 * scales: one warning for the column. A decision where the spec's "a column whose numbers exceed 1"
 * is loose: when the column's plain numbers are mostly from 0 to 1 (FTEs of 1 and 0.5, % Complete
 * of 0.45), one number over 1 is a typo on that scale (an FTE of 100, a 1.05), not the scale of the
 * 39 others: the column stays on 0–1 and that value is out of range (an error naming it), with the
 * same warning. Read the other way, every 1 became 1 % and every headline moved without an error.
 */
export function createPercentParser(ctx: ColumnContext): ColumnParser {
  const { header, cells } = ctx;
  let firstOver = -1;
  let firstUnit = -1;
  let over = 0;
  let unit = 0;
  for (let i = 0; i < cells.length; i++) {
    const n = plainNumber(cells.value(i), cells.format(i));
    if (n > 1) {
      over++;
      if (firstOver < 0) firstOver = i;
    } else if (n > 0 && n <= 1) {
      unit++;
      if (firstUnit < 0) firstUnit = i;
    }
  }
  const hundred = over > 0 && over >= unit;
  const notices: ColumnNotice[] = [];
  if (over > 0 && unit > 0) {
    const small = formatNumber(plainNumber(cells.value(firstUnit), null));
    const large = formatNumber(plainNumber(cells.value(firstOver), null));
    notices.push(
      hundred
        ? {
            severity: "warning",
            rule: "percent-mixed-scale",
            index: firstUnit,
            message:
              `${header} mixes the 0–1 and 0–100 scales (${small} here, ${large} in ${ctx.addressOf(firstOver)}): ` +
              `the column is read on the 0–100 scale, so ${small} means ${small} %. Enter every value the same way, ` +
              `e.g. 45 or 45 %.`,
          }
        : {
            severity: "warning",
            rule: "percent-mixed-scale",
            index: firstOver,
            message:
              `${header} mixes the 0–1 and 0–100 scales (${large} here, ${small} in ${ctx.addressOf(firstUnit)}): ` +
              `most of the column is on the 0–1 scale, so ${large} means ${formatNumber(Number(large.replace(/,/g, "")) * 100)} %. ` +
              `Enter every value the same way, e.g. 0.45 or 45 %.`,
          },
    );
  }
  const required = ctx.column.required === true;
  const invalid = (value: string | number | boolean, sink: CellSink): null => {
    const placeholder = typeof value === "string" && isPlaceholder(value);
    sink.error(
      "invalid-percent",
      `${header} ${quoteRaw(value)} ${placeholder ? placeholderFix("percentage", required) : "is not a percentage; enter e.g. 45 % or 0.45"}.`,
    );
    return null;
  };
  const parse = (value: string | number | boolean, format: string | null, sink: CellSink): number | null => {
    if (typeof value === "number") {
      if (isPercentFormat(format)) return value;
      return hundred ? value / 100 : value;
    }
    if (typeof value !== "string") return invalid(value, sink);
    if (value.endsWith("%")) {
      const n = parseNumericText(value.slice(0, -1).trimEnd());
      return Number.isNaN(n) ? invalid(value, sink) : n / 100;
    }
    const n = parseNumericText(value);
    if (Number.isNaN(n)) return invalid(value, sink);
    return hundred ? n / 100 : n;
  };
  return { parse, usesFormat: true, notices, fromColumn: over > 0 };
}
