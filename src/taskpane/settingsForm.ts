/**
 * The Settings view's form as text fields, and the one check that turns it back into settings.
 * The limits are those the workbook settings reader accepts (src/excel/settings.ts), so what is
 * saved here always loads again.
 */
import { HISTORY_PERIODS_RANGE, type DateOrder } from "../core/model/settings";
import type { ReportSettings } from "../workflow/preferences";

export interface SettingsDraft {
  readonly currency: string;
  readonly ragGreen: string;
  readonly ragAmber: string;
  readonly staleDays: string;
  readonly minGroupSize: string;
  readonly dateOrder: DateOrder;
  readonly hoursPerYear: string;
  readonly historyPeriods: string;
  readonly projectId: string;
}

export type DraftErrors = Partial<Record<keyof SettingsDraft, string>>;

export function draftFromSettings(settings: ReportSettings): SettingsDraft {
  return {
    currency: settings.currency,
    ragGreen: String(settings.ragGreen),
    ragAmber: String(settings.ragAmber),
    staleDays: String(settings.staleDays),
    minGroupSize: String(settings.minGroupSize),
    dateOrder: settings.dateOrder,
    hoursPerYear: String(settings.hoursPerYear),
    historyPeriods: String(settings.historyPeriods),
    projectId: settings.projectId ?? "",
  };
}

function numberIn(text: string, min: number, max: number, integer: boolean): number | string {
  const trimmed = text.trim();
  const value = trimmed === "" ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(value)) return "Enter a number.";
  if (integer && !Number.isInteger(value)) return "Enter a whole number.";
  if (value < min || value > max) return `Enter a number from ${min} to ${max}.`;
  return value;
}

/** The settings, or one message per field that is not valid. */
export function settingsFromDraft(
  draft: SettingsDraft,
): { settings: ReportSettings } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const currency = draft.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = "Use a three-letter ISO code such as USD or EUR.";
  const ragGreen = numberIn(draft.ragGreen, 0, 10, false);
  const ragAmber = numberIn(draft.ragAmber, 0, 10, false);
  const staleDays = numberIn(draft.staleDays, 0, 3650, true);
  const minGroupSize = numberIn(draft.minGroupSize, 1, 1000, true);
  const hoursPerYear = numberIn(draft.hoursPerYear, 1, 8784, false);
  const historyPeriods = numberIn(
    draft.historyPeriods,
    HISTORY_PERIODS_RANGE.min,
    HISTORY_PERIODS_RANGE.max,
    true,
  );
  if (typeof ragGreen === "string") errors.ragGreen = ragGreen;
  if (typeof ragAmber === "string") errors.ragAmber = ragAmber;
  if (typeof ragGreen === "number" && typeof ragAmber === "number" && ragAmber > ragGreen) {
    errors.ragAmber = "Amber must not be above Green.";
  }
  if (typeof staleDays === "string") errors.staleDays = staleDays;
  if (typeof minGroupSize === "string") errors.minGroupSize = minGroupSize;
  if (typeof hoursPerYear === "string") errors.hoursPerYear = hoursPerYear;
  if (typeof historyPeriods === "string") errors.historyPeriods = historyPeriods;
  if (
    Object.keys(errors).length > 0 ||
    typeof ragGreen === "string" ||
    typeof ragAmber === "string" ||
    typeof staleDays === "string" ||
    typeof minGroupSize === "string" ||
    typeof hoursPerYear === "string" ||
    typeof historyPeriods === "string"
  ) {
    return { errors };
  }
  const projectId = draft.projectId.trim();
  return {
    settings: {
      currency,
      ragGreen,
      ragAmber,
      staleDays,
      minGroupSize,
      dateOrder: draft.dateOrder,
      hoursPerYear,
      historyPeriods,
      ...(projectId !== "" ? { projectId } : {}),
    },
  };
}
