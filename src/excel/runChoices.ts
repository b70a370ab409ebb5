/**
 * What the PMO chose for the last build, remembered in the workbook so the next one starts from
 * it: the as-of date (ISO) and the portfolio name. Unreadable values are ignored (never a crash).
 */
import { toAppError } from "./appError";

export const RUN_CHOICES_KEY = "PMOPulse.lastRun";

export interface RunChoices {
  /** `YYYY-MM-DD`, or null when none is remembered. */
  readonly asOf: string | null;
  readonly portfolioName: string;
}

export function parseRunChoices(value: unknown): RunChoices {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      parsed = null;
    }
  }
  const record = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const asOf =
    typeof record.asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(record.asOf) ? record.asOf : null;
  const portfolioName = typeof record.portfolioName === "string" ? record.portfolioName.slice(0, 200) : "";
  return { asOf, portfolioName };
}

export async function loadRunChoices(context: Excel.RequestContext): Promise<RunChoices> {
  try {
    const setting = context.workbook.settings.getItemOrNullObject(RUN_CHOICES_KEY);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? { asOf: null, portfolioName: "" } : parseRunChoices(setting.value);
  } catch (error) {
    throw toAppError(error, "Loading the last as-of date");
  }
}

export async function saveRunChoices(context: Excel.RequestContext, choices: RunChoices): Promise<void> {
  try {
    context.workbook.settings.add(RUN_CHOICES_KEY, JSON.stringify(choices));
    await context.sync();
  } catch (error) {
    throw toAppError(error, "Remembering the as-of date");
  }
}
