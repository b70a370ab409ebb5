import type { DateOrder } from "../model/settings";
import { isValidYmd } from "../model/calendar";
import type { ColumnContext, ColumnNotice } from "./types";
import { dayMonthOf, orderLabel, otherOrder, splitTextDate } from "./textDate";

/** `05.01.2026`: a numeric date written with dots. */
const DOTTED = /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

/**
 * Whether a text date is written with dots (`05.01.2026`). Such a date is read day-first whatever
 * the column's order (`parseDate`) and takes no part in deciding it: day.month.year is how every
 * locale that writes dates with dots orders them (German, Swiss, Nordic, Russian, …), and none
 * writes month.day.year.
 */
export function isDotted(text: string): boolean {
  return DOTTED.test(text);
}

/**
 * Decides the day/month order for a column's numeric text dates, once per column. The configured
 * order is used unless some value is only valid in the other order (`21/02/25` in a month/day/year
 * column) and none is only valid in the configured one: then the whole column is read in the other
 * order, with one warning naming the first such cell. Dates written with dots do not vote.
 */
export function columnDateOrder(ctx: ColumnContext): { order: DateOrder; notices: ColumnNotice[] } {
  const configured = ctx.dateOrder;
  const other = otherOrder(configured);
  let firstOtherOnly = -1;
  let configuredOnly = false;
  for (let i = 0; i < ctx.cells.length; i++) {
    const v = ctx.cells.value(i);
    if (typeof v !== "string") continue;
    const parts = splitTextDate(v.trim());
    if (parts === null || parts.kind !== "numeric") continue;
    if (isDotted(v)) continue;
    const c = dayMonthOf(parts.a, parts.b, configured);
    const o = dayMonthOf(parts.a, parts.b, other);
    const validConfigured = isValidYmd(parts.year, c.month, c.day);
    const validOther = isValidYmd(parts.year, o.month, o.day);
    if (validConfigured && !validOther) configuredOnly = true;
    if (!validConfigured && validOther && firstOtherOnly < 0) firstOtherOnly = i;
  }
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
