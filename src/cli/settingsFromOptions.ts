import { dayFromIso, isoFromDay } from "../core/model/calendar";
import {
  DEFAULT_SETTINGS,
  HISTORY_PERIODS_RANGE,
  type DateOrder,
  type Settings,
} from "../core/model/settings";
import { CliError } from "./cliError";

/**
 * The report dates accepted: a portfolio report is about this century. Outside it, day counts and
 * "days overdue" lose meaning (year 0 is before Excel's first date, 9999 is its last).
 */
export const AS_OF_RANGE = { first: "2000-01-01", last: "2100-12-31" } as const;

/** The report options every command accepts (commander's parsed values, all strings). */
export interface ReportOptions {
  readonly asOf?: string;
  readonly dateOrder?: string;
  readonly currency?: string;
  readonly staleDays?: string;
  readonly minGroupSize?: string;
  readonly ragGreen?: string;
  readonly ragAmber?: string;
  readonly hoursPerYear?: string;
  readonly historyPeriods?: string;
  readonly project?: string;
}

/** A numeric flag within [min, max] (a whole number when `whole`), or the default when absent. */
function numberOption(
  flag: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
  whole = false,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    throw new CliError(
      `${flag} must be a ${whole ? "whole " : ""}number from ${min} to ${max}, got "${text}"`,
    );
  }
  return value;
}

/** Flags → Settings, with usage errors for bad values. Without --as-of the report is as of today (UTC). */
export function settingsFromOptions(options: ReportOptions, now: Date): Settings {
  const today = isoFromDay(Math.floor(now.getTime() / 86_400_000));
  const asOf = options.asOf ?? today;
  if (dayFromIso(asOf) === null) throw new CliError(`--as-of must be a date like 2026-11-30, got "${asOf}"`);
  // ISO dates of equal length compare as text.
  if (asOf < AS_OF_RANGE.first || asOf > AS_OF_RANGE.last) {
    throw new CliError(`--as-of must be from ${AS_OF_RANGE.first} to ${AS_OF_RANGE.last}, got "${asOf}"`);
  }
  const order = (options.dateOrder ?? DEFAULT_SETTINGS.dateOrder).toUpperCase();
  if (order !== "MDY" && order !== "DMY")
    throw new CliError(`--date-order must be MDY or DMY, got "${options.dateOrder}"`);
  const currency = options.currency ?? DEFAULT_SETTINGS.currency;
  if (!/^[A-Za-z]{3}$/.test(currency))
    throw new CliError(`--currency must be a 3-letter code like EUR, got "${currency}"`);
  const ragGreen = numberOption("--rag-green", options.ragGreen, DEFAULT_SETTINGS.ragGreen, 0, 10);
  const ragAmber = numberOption("--rag-amber", options.ragAmber, DEFAULT_SETTINGS.ragAmber, 0, 10);
  if (ragAmber > ragGreen)
    throw new CliError(`--rag-amber (${ragAmber}) must not be above --rag-green (${ragGreen})`);
  return {
    asOf,
    currency: currency.toUpperCase(),
    ragGreen,
    ragAmber,
    staleDays: numberOption("--stale-days", options.staleDays, DEFAULT_SETTINGS.staleDays, 0, 3650),
    minGroupSize: numberOption(
      "--min-group-size",
      options.minGroupSize,
      DEFAULT_SETTINGS.minGroupSize,
      1,
      1000,
    ),
    dateOrder: order as DateOrder,
    hoursPerYear: numberOption(
      "--hours-per-year",
      options.hoursPerYear,
      DEFAULT_SETTINGS.hoursPerYear,
      1,
      8784,
    ),
    historyPeriods: numberOption(
      "--history-periods",
      options.historyPeriods,
      DEFAULT_SETTINGS.historyPeriods,
      HISTORY_PERIODS_RANGE.min,
      HISTORY_PERIODS_RANGE.max,
      true,
    ),
    ...(options.project !== undefined ? { projectId: options.project } : {}),
  };
}
