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
 * or plain numbers. When some plain number in the column exceeds 1 the whole column is on the 0–100
 * scale (45 means 45 %); plain numbers strictly between 0 and 1 in such a column mix the scales and
 * get one warning for the column.
 */
export function createPercentParser(ctx: ColumnContext): ColumnParser {
  const { header, cells } = ctx;
  let firstOver = -1;
  let firstFraction = -1;
  for (let i = 0; i < cells.length; i++) {
    const n = plainNumber(cells.value(i), cells.format(i));
    if (n > 1 && firstOver < 0) firstOver = i;
    if (n > 0 && n < 1 && firstFraction < 0) firstFraction = i;
  }
  const hundred = firstOver >= 0;
  const notices: ColumnNotice[] = [];
  if (hundred && firstFraction >= 0) {
    const small = formatNumber(plainNumber(cells.value(firstFraction), null));
    const large = formatNumber(plainNumber(cells.value(firstOver), null));
    notices.push({
      severity: "warning",
      rule: "percent-mixed-scale",
      index: firstFraction,
      message:
        `${header} mixes the 0–1 and 0–100 scales (${small} here, ${large} in ${ctx.addressOf(firstOver)}): ` +
        `the column is read on the 0–100 scale, so ${small} means ${small} %. Enter every value the same way, ` +
        `e.g. 45 or 45 %.`,
    });
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
  return { parse, usesFormat: true, notices, fromColumn: hundred };
}
