import { formatDay } from "../values/formatValue";
import type { CellValue } from "../model/portfolio";
import type { Settings } from "../model/settings";
import type { ColumnType } from "../template/types";

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A normalised value as a PM would write it, for finding messages: dates in the configured day/month
 * order (`30/04/2026` for DMY), months as `Nov 2026`, money with the currency code and thousands
 * separators (`USD 1,250,000`), percents as `45%`. Text is quoted when it holds spaces so the value
 * stands out from the sentence around it.
 */
export function formatValue(value: CellValue, type: ColumnType, settings: Settings): string {
  if (value === null) return "(blank)";
  if (typeof value === "string") return /\s/.test(value) ? `"${value}"` : value;
  switch (type) {
    case "date":
      return formatDay(value, settings.dateOrder);
    case "month":
      return formatMonth(value);
    case "currency":
      return `${settings.currency} ${groupDigits(value, Number.isInteger(value) ? 0 : 2)}`;
    case "percent":
      return `${trimDecimals(value * 100, 1)}%`;
    case "fraction":
      return trimDecimals(value, 2);
    default:
      return Number.isInteger(value) ? groupDigits(value, 0) : trimDecimals(value, 2);
  }
}

/** `Nov 2026` */
export function formatMonth(month: number): string {
  return `${MONTH_NAMES[((month % 12) + 12) % 12] ?? ""} ${Math.floor(month / 12)}`;
}

/** `1234567.5` → `1,234,567.50` with exactly `decimals` places. */
function groupDigits(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const dot = fixed.indexOf(".");
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  let grouped = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ",";
    grouped += whole[i];
  }
  return (value < 0 ? "-" : "") + grouped + (dot < 0 ? "" : fixed.slice(dot));
}

/** Up to `decimals` places, without trailing zeros: 45 → `45`, 12.345 → `12.3`. */
function trimDecimals(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor);
}
