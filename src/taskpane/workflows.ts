/**
 * What the task pane's buttons do: Office work through the gateway, the engine from src/core, and
 * the progress reported as reducer actions. No React here, so tests run it with a gateway double.
 */
import { analyseWorkbooks } from "../core/analyse";
import type { Finding } from "../core/model/finding";
import { dayFromYmd, endOfPreviousMonth, isoFromDay } from "../core/model/calendar";
import { buildDashboardPlan } from "../core/plan/buildDashboardPlan";
import type { DashboardPlan } from "../core/plan/types";
import type { ExcelGateway } from "./gateway";
import type { Preferences } from "./preferences";
import { resolveTemplate, settingsFor } from "./preferences";
import type { PaneAction, WorkbookCheck } from "./state";
import { countBySeverity } from "./state";

export type Dispatch = (action: PaneAction) => void;

/** The default as-of date: the last day of the month before `now` (local calendar). */
export function defaultAsOf(now: Date): string {
  return isoFromDay(endOfPreviousMonth(dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate())));
}

/** `2026-11-29 08:15 UTC`, the form DashboardInput.generatedAt shows. */
export function generatedAtText(now: Date): string {
  return `${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** The message to show for any failure (AppError messages are written for PMO analysts). */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message !== "" ? error.message : String(error);
}

/** Lets React paint the step just dispatched before a long synchronous computation starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function engineOptions(prefs: Preferences, asOf: string) {
  const { template } = resolveTemplate(prefs.templateText);
  return { template, settings: settingsFor(prefs, asOf), mapping: prefs.mapping };
}

/** Reads and validates the open workbook (the Home and Validate views). */
export async function runCheck(
  gateway: ExcelGateway,
  prefs: Preferences,
  asOf: string,
  dispatch: Dispatch,
): Promise<void> {
  dispatch({ type: "checkStarted" });
  try {
    const raw = await gateway.readWorkbook();
    await nextFrame();
    const { portfolio } = analyseWorkbooks([raw], engineOptions(prefs, asOf));
    const result: WorkbookCheck = {
      file: raw.file,
      asOf,
      sheetNames: raw.sheets.map((s) => s.name),
      bindings: portfolio.bindings,
      findings: portfolio.findings,
    };
    dispatch({ type: "checkDone", result });
  } catch (error) {
    dispatch({ type: "checkFailed", error: errorMessage(error) });
  }
}

export interface BuildOptions {
  readonly asOf: string;
  /** Shown on the dashboard; empty = the workbook's name. */
  readonly portfolioName: string;
  /** Link each finding on the Validation sheet to its cell in this workbook. */
  readonly linkFindings: boolean;
  readonly now: Date;
}

/** Read → validate → KPIs → plan → write, reporting each named step. */
export async function runBuild(
  gateway: ExcelGateway,
  prefs: Preferences,
  options: BuildOptions,
  dispatch: Dispatch,
): Promise<void> {
  dispatch({ type: "buildStarted" });
  try {
    dispatch({ type: "buildStep", step: "Reading workbook" });
    const raw = await gateway.readWorkbook();
    dispatch({ type: "buildStep", step: "Validating", detail: `${raw.sheets.length} sheets read` });
    await nextFrame();
    const { portfolio, report, attention } = analyseWorkbooks([raw], engineOptions(prefs, options.asOf));
    const findings: readonly Finding[] = portfolio.findings;
    const counts = countBySeverity(findings);
    dispatch({ type: "buildStep", step: "Computing KPIs", detail: `${report.projects.length} projects` });
    await nextFrame();
    const name = options.portfolioName.trim();
    const plan: DashboardPlan = buildDashboardPlan({
      report,
      attention,
      portfolioName: name === "" ? raw.file : name,
      generatedAt: generatedAtText(options.now),
      ...(options.linkFindings ? { linkFindingsInFile: raw.file } : {}),
    });
    dispatch({ type: "buildStep", step: "Writing dashboard" });
    const written = await gateway.writeDashboard(plan, (detail) =>
      dispatch({ type: "buildStep", step: "Writing dashboard", detail }),
    );
    dispatch({ type: "buildDone", sheets: written.sheets, errors: counts.error, warnings: counts.warning });
  } catch (error) {
    dispatch({ type: "buildFailed", error: errorMessage(error) });
  }
}

/** Stores the preferences in the workbook (settings, mapping, template). Returns whether it worked. */
export async function savePreferences(
  gateway: ExcelGateway,
  prefs: Preferences,
  asOf: string,
  dispatch: Dispatch,
  now: Date,
): Promise<boolean> {
  dispatch({ type: "prefsSaving" });
  try {
    await gateway.saveSettings({
      settings: settingsFor(prefs, asOf),
      mappingJson: Object.keys(prefs.mapping.sheets).length > 0 ? JSON.stringify(prefs.mapping) : null,
      templateJson: prefs.templateText,
    });
    dispatch({ type: "prefsSaved", prefs, at: now.toTimeString().slice(0, 5) });
    return true;
  } catch (error) {
    dispatch({ type: "actionFailed", error: errorMessage(error) });
    return false;
  }
}
