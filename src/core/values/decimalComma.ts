import type { ColumnContext } from "./types";
import { stripCurrency } from "./currencyText";

/**
 * Amounts typed as text the continental way: a decimal comma and dots (or spaces) between
 * thousands (`1.234.567,89`, `980,0`, `1 200,50`), as trackers from German, French, Italian,
 * Spanish or Nordic PMs hold them. Read with the point as the decimal mark, `1.200` was 1.2 and
 * `980,0` was no number at all.
 */

/** Text only a decimal-comma writer gives: a comma with 1–2 decimals, or dots between thousands with a comma or twice. */
const COMMA_DECIMAL = [
  /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/,
  /^[+-]?\d{1,3}(?:\.\d{3}){2,}$/,
  /^[+-]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+,\d+$/,
  /^[+-]?\d+,\d{1,2}$/,
];

/**
 * Text a decimal-point writer gives, or may: the mirror images, and a comma before three digits
 * (`270,171`, `USD 50,000`), which read with a decimal comma would be an amount with three
 * decimals. Any one of them keeps the column on the decimal point: a column switches only when
 * nothing in it reads differently the two ways but the continental amounts themselves.
 */
const POINT_DECIMAL = [/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/, /^[+-]?\d+\.\d{1,2}$/, /^[+-]?\d+\.$/];

/** Whether a text amount is one only a decimal-comma writer gives (`1.452.000`, `1.234,56`, `12,5`). */
export function isCommaDecimal(text: string): boolean {
  const trimmed = text.trim();
  return COMMA_DECIMAL.some((re) => re.test(trimmed));
}

/** A number a decimal-comma writer may give, grouped by dots or spaces or not at all. */
const COMMA_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?$/;

/** A dot followed by exactly three digits, and nothing else to tell: `65.958`. */
export const DOT_THREE_DECIMALS = /^[+-]?\d{1,3}\.\d{3}$/;

/**
 * The index of the first amount stored as text that only a decimal-comma writer gives, when no
 * text amount of the column is one only a decimal-point writer gives; else -1. Numbers are not
 * looked at (a number cell has no decimal mark).
 */
export function decimalCommaEvidence(ctx: ColumnContext): number {
  let first = -1;
  for (let i = 0; i < ctx.cells.length; i++) {
    const v = ctx.cells.value(i);
    if (typeof v !== "string") continue;
    const text = stripCurrency(v).trim();
    if (POINT_DECIMAL.some((re) => re.test(text))) return -1;
    if (first < 0 && COMMA_DECIMAL.some((re) => re.test(text))) first = i;
  }
  return first;
}

/**
 * `1.234.567,89` → 1234567.89, `980,0` → 980, `1 200` → 1200; NaN for anything else.
 * @example parseDecimalCommaText("1.200") // 1200
 */
export function parseDecimalCommaText(text: string): number {
  const trimmed = text.trim();
  if (!COMMA_NUMBER.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(/[. \u00a0\u202f\u2009]/g, "").replace(",", "."));
}
