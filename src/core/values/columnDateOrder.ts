import type { DateOrder } from "../model/settings";
import { isValidYmd } from "../model/calendar";
import type { ColumnContext, ColumnNotice } from "./types";
import { dayMonthOf, orderLabel, otherOrder, splitTextDate } from "./textDate";

/** `05.01.2026`: a numeric date written with dots. */
const DOTTED = /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

function isDotted(text: string): boolean {
  return DOTTED.test(text);
}

/**
 * A column whose text dates are written with dots (`05.01.2026`) is read day-first whatever the
 * setting: day.month.year is how every locale that writes dates with dots orders them (German,
 * Swiss, Nordic, Russian, …), and none writes month.day.year. A decision where the spec is
 * silent: read month-first, 05.01.2026 was 1 May instead of 5 January, and a column whose other
 * values were only valid day-first switched alone, so two dates of one row disagreed.
 */
function dottedDayFirst(ctx: ColumnContext, first: number): { order: DateOrder; notices: ColumnNotice[] } {
  const value = String(ctx.cells.value(first)).trim();
  return {
    order: "DMY",
    notices: [
      {
        severity: "warning",
        rule: "date-order-switched",
        index: first,
        message:
          `${ctx.header} "${value}" is written with dots, as day.month.year, so every text date in this column ` +
          `was read as day/month/year (the setting says month/day/year). Enter dates as real dates or as ` +
          `2026-03-31 to avoid any doubt.`,
      },
    ],
  };
}

/**
 * Decides the day/month order for a column's numeric text dates, once per column. The configured
 * order is used unless some value is only valid in the other order (`21/02/25` in a month/day/year
 * column) and none is only valid in the configured one: then the whole column is read in the other
 * order, with one warning naming the first such cell. Dates written with dots are day-first
 * (`dottedDayFirst`) unless a value is only valid month-first.
 */
export function columnDateOrder(ctx: ColumnContext): { order: DateOrder; notices: ColumnNotice[] } {
  const configured = ctx.dateOrder;
  const other = otherOrder(configured);
  let firstOtherOnly = -1;
  let configuredOnly = false;
  let firstDotted = -1;
  for (let i = 0; i < ctx.cells.length; i++) {
    const v = ctx.cells.value(i);
    if (typeof v !== "string") continue;
    const parts = splitTextDate(v.trim());
    if (parts === null || parts.kind !== "numeric") continue;
    if (firstDotted < 0 && isDotted(v)) firstDotted = i;
    const c = dayMonthOf(parts.a, parts.b, configured);
    const o = dayMonthOf(parts.a, parts.b, other);
    const validConfigured = isValidYmd(parts.year, c.month, c.day);
    const validOther = isValidYmd(parts.year, o.month, o.day);
    if (validConfigured && !validOther) configuredOnly = true;
    if (!validConfigured && validOther && firstOtherOnly < 0) firstOtherOnly = i;
  }
  if (configured === "MDY" && firstDotted >= 0 && !configuredOnly) return dottedDayFirst(ctx, firstDotted);
  if (firstOtherOnly < 0 || configuredOnly) return { order: configured, notices: [] };
  const value = String(ctx.cells.value(firstOtherOnly)).trim();
  return {
    order: other,
    notices: [
      {
        severity: "warning",
        rule: "date-order-switched",
        index: firstOtherOnly,
        message:
          `${ctx.header} "${value}" is only a valid date as ${orderLabel(other)}, so every text date in this ` +
          `column was read as ${orderLabel(other)} (the setting says ${orderLabel(configured)}). ` +
          `Enter dates as real dates or as 2026-03-31 to avoid any doubt.`,
      },
    ],
  };
}
