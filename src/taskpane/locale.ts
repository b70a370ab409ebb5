/**
 * Dates as the PMO reads them: in the language Office runs in (Office.context.displayLanguage,
 * else the document's contentLanguage, else the browser's). Files and settings keep ISO dates;
 * only what the pane shows is localised.
 */
import { dayFromIso } from "../core/model/calendar";

/** The Office display locale, e.g. "en-GB"; outside Office the browser's. */
export function officeLocale(): string {
  const context = typeof Office === "object" && typeof Office.context === "object" ? Office.context : null;
  const candidates = [context?.displayLanguage, context?.contentLanguage, globalThis.navigator?.language];
  for (const candidate of candidates) {
    if (typeof candidate === "string" && candidate !== "" && isSupportedLocale(candidate)) return candidate;
  }
  return "en-US";
}

function isSupportedLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

/**
 * `2026-11-30` → "30/11/2026" (en-GB), "11/30/2026" (en-US), "30.11.2026" (de-DE): numeric with a
 * four-digit year, the way the browser's date field shows the same date, so the pane shows dates one
 * way only. Text that is no date is returned as is.
 */
export function formatDay(iso: string, locale: string): string {
  if (dayFromIso(iso) === null) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: "UTC",
  }).format(date);
}

/** A clock time in the locale, e.g. "09:30" or "9:30 AM". */
export function formatTime(time: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(new Date(time));
}

/**
 * A file's modification time in the locale and the PMO's own time zone, e.g. "30/11/2026, 09:30"
 * (the pane's list of chosen files; PMO Validation writes the same moment in UTC). One formatter
 * for a list: building an Intl.DateTimeFormat costs far more than using one.
 */
export function dateTimeFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
}
