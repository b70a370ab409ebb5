/**
 * Report settings stored in the workbook through `workbook.settings` (ExcelApi 1.4; the same
 * per-document store as `Office.context.document.settings`, but batched with our other requests).
 * One setting holds the JSON of Settings. Reading never crashes on what a workbook holds: fields
 * that are missing or invalid are left out (the caller falls back to defaults) and each invalid one
 * is reported.
 */
import { HISTORY_PERIODS_RANGE, type Settings } from "../core/model/settings";
import { AppError, toAppError } from "./appError";
import { utf8Bytes } from "./payload";

export const SETTINGS_KEY = "PMOPulse.settings";

export interface LoadedSettings {
  readonly settings: Partial<Settings>;
  /** One sentence per value that could not be used. */
  readonly problems: readonly string[];
}

type Checker = (v: unknown) => boolean;

const isNumberIn =
  (min: number, max: number): Checker =>
  (v) =>
    typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;

const CHECKS: Readonly<Record<keyof Settings, Checker>> = {
  asOf: (v) =>
    typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)),
  currency: (v) => typeof v === "string" && /^[A-Z]{3}$/.test(v),
  ragGreen: isNumberIn(0, 10),
  ragAmber: isNumberIn(0, 10),
  staleDays: (v) => Number.isInteger(v) && isNumberIn(0, 3650)(v),
  minGroupSize: (v) => Number.isInteger(v) && isNumberIn(1, 1000)(v),
  dateOrder: (v) => v === "MDY" || v === "DMY",
  hoursPerYear: isNumberIn(1, 8784),
  historyPeriods: (v) =>
    Number.isInteger(v) && isNumberIn(HISTORY_PERIODS_RANGE.min, HISTORY_PERIODS_RANGE.max)(v),
  projectId: (v) => typeof v === "string" && v.trim().length > 0,
};

/** Validates stored JSON text (or an already parsed value) field by field. */
export function parseStoredSettings(stored: unknown): LoadedSettings {
  let parsed: unknown = stored;
  if (typeof stored === "string") {
    try {
      parsed = JSON.parse(stored) as unknown;
    } catch {
      return {
        settings: {},
        problems: [`The stored settings (${SETTINGS_KEY}) are not valid JSON; defaults are used.`],
      };
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return {
      settings: {},
      problems: [`The stored settings (${SETTINGS_KEY}) are not an object; defaults are used.`],
    };
  }
  const record = parsed as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  (Object.keys(CHECKS) as (keyof Settings)[]).forEach((key) => {
    if (!(key in record)) return;
    const value = record[key];
    if (CHECKS[key](value)) settings[key] = value;
    else
      problems.push(
        `Stored setting "${key}" has an invalid value ${JSON.stringify(value)}; the default is used.`,
      );
  });
  if (
    typeof settings.ragGreen === "number" &&
    typeof settings.ragAmber === "number" &&
    settings.ragAmber > settings.ragGreen
  ) {
    problems.push("Stored RAG thresholds have Amber above Green; the defaults are used for both.");
    delete settings.ragGreen;
    delete settings.ragAmber;
  }
  return { settings: settings as Partial<Settings>, problems };
}

/**
 * The most PMO Pulse stores in one workbook setting. Office does not document a size limit for
 * document settings, but saving fails or settings are lost somewhere between about 1 and 2 MB in
 * total (OfficeDev/office-js#621, #3957); a template or mapping is a few KB.
 */
export const MAX_SETTING_BYTES = 256 * 1024;

/** Refuses a value too large to store safely, with a message that says what to do. */
export function checkSettingSize(what: string, text: string): void {
  const bytes = utf8Bytes(text);
  if (bytes <= MAX_SETTING_BYTES) return;
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  throw new AppError(
    "invalid-settings",
    `The ${what} is ${kb(bytes)}; a workbook can safely store at most ${kb(MAX_SETTING_BYTES)} of it ` +
      `(Excel's settings store fails above about 1 MB). Remove unused columns, aliases or mappings and save again.`,
  );
}

export async function loadSettings(context: Excel.RequestContext): Promise<LoadedSettings> {
  try {
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? { settings: {}, problems: [] } : parseStoredSettings(setting.value);
  } catch (error) {
    throw toAppError(error, "Loading the settings");
  }
}

export async function saveSettings(context: Excel.RequestContext, settings: Settings): Promise<void> {
  try {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
    await context.sync();
  } catch (error) {
    throw toAppError(error, "Saving the settings");
  }
}
