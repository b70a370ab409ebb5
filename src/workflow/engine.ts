/**
 * The engine steps the task pane and the ribbon commands share: stored preferences → engine
 * options → analysis of the open workbook → dashboard plan. Each caller adds only how it reports
 * progress (the pane's steps) or results (the commands' messages).
 */
import type { Analysis } from "../core/analyse";
import { analyseWorkbooks } from "../core/analyse";
import type { History } from "../core/cycle/history";
import type { RawWorkbook } from "../core/model/raw";
import { buildDashboardPlan } from "../core/plan/buildDashboardPlan";
import { generatedAtText } from "../core/plan/generatedAtText";
import { SHEET_NAMES } from "../core/model/ownedSheets";
import type { DashboardPlan } from "../core/plan/types";
import type { ExcelGateway } from "./gateway";
import type { Preferences } from "./preferences";
import { preferencesFromStored, resolveTemplate, settingsFor } from "./preferences";

/** The preferences stored in the open workbook, checked; what cannot be used is listed in `problems`. */
export async function loadPreferences(
  gateway: Pick<ExcelGateway, "loadSettings">,
): Promise<{ prefs: Preferences; problems: string[] }> {
  return preferencesFromStored(await gateway.loadSettings());
}

/**
 * Reading, validation and KPIs of one workbook with the PMO's template, settings and mapping,
 * continuing the workbook's own history when there is one.
 */
export function analyseWorkbook(
  raw: RawWorkbook,
  prefs: Preferences,
  asOf: string,
  history?: History,
): Analysis {
  const { template } = resolveTemplate(prefs.templateText);
  return analyseWorkbooks([raw], {
    template,
    settings: settingsFor(prefs, asOf),
    mapping: prefs.mapping,
    ...(history === undefined ? {} : { history }),
  });
}

export interface PlanOptions {
  /** Shown on the dashboard; empty = the workbook's name. */
  readonly portfolioName: string;
  /** Link each finding on the Validation sheet to its cell in this workbook. */
  readonly linkFindings: boolean;
  readonly now: Date;
}

/** The defaults: the pane starts with them and the ribbon commands always use them. */
export const DEFAULT_PLAN_OPTIONS: Omit<PlanOptions, "now"> = { portfolioName: "", linkFindings: true };

/** Every PMO sheet for the analysed workbook. */
export function planDashboard(raw: RawWorkbook, analysis: Analysis, options: PlanOptions): DashboardPlan {
  const name = options.portfolioName.trim();
  return buildDashboardPlan({
    report: analysis.report,
    attention: analysis.attention,
    cycle: analysis.cycle,
    portfolioName: name === "" ? raw.file : name,
    generatedAt: generatedAtText(options.now),
    ...(options.linkFindings ? { linkFindingsInFile: raw.file } : {}),
  });
}

/** The same plan cut down to the PMO Validation sheet (what the ribbon's Validate writes). */
export function planValidationSheet(
  raw: RawWorkbook,
  analysis: Analysis,
  options: PlanOptions,
): DashboardPlan {
  const plan = planDashboard(raw, analysis, options);
  return { ...plan, sheets: plan.sheets.filter((s) => s.name === SHEET_NAMES.validation) };
}
