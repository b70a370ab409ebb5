/**
 * What the task pane's buttons do: Office work through the gateway, the shared engine steps
 * (src/workflow/engine.ts), and the progress reported as reducer actions. No React here, so tests
 * run it with a gateway double.
 */
import type { Analysis } from "../core/analyse";
import type { Portfolio } from "../core/model/portfolio";
import type { RawWorkbook } from "../core/model/raw";
import type { DashboardPlan } from "../core/plan/types";
import { AppError } from "../excel/appError";
import type { PlanOptions } from "../workflow/engine";
import { analyseWorkbook, planDashboard } from "../workflow/engine";
import { errorMessage } from "../workflow/errorMessage";
import { demoExampleSheets } from "../workflow/exampleSheets";
import type { ExcelGateway } from "../workflow/gateway";
import type { Preferences } from "../workflow/preferences";
import { settingsFor } from "../workflow/preferences";
import { headlineOf } from "./headline";
import type { NoticePlace, PaneAction, WorkbookCheck } from "./state";
import { hasNoTracker } from "./state";

export type Dispatch = (action: PaneAction) => void;

/** Lets React paint the step just dispatched before a long synchronous computation starts. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Project ID → its Project Manager as written (for grouping findings by manager). */
export function managersOf(portfolio: Portfolio): Record<string, string> {
  const managers: Record<string, string> = {};
  for (const p of portfolio.projects) {
    if (p.projectManager !== null && p.projectManager.trim() !== "")
      managers[p.projectId] = p.projectManager.trim();
  }
  return managers;
}

/** What the views show of one analysis (the same for a check and for a build). */
function checkOf(raw: RawWorkbook, analysis: Analysis, asOf: string): WorkbookCheck {
  const { portfolio } = analysis;
  const managers = managersOf(portfolio);
  return {
    file: raw.file,
    asOf,
    sheetNames: raw.sheets.map((s) => s.name),
    bindings: portfolio.bindings,
    findings: portfolio.findings,
    managers,
  };
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
    dispatch({ type: "checkDone", result: checkOf(raw, analyseWorkbook(raw, prefs, asOf), asOf) });
  } catch (error) {
    dispatch({ type: "checkFailed", error: errorMessage(error) });
  }
}

export interface BuildOptions extends PlanOptions {
  readonly asOf: string;
}

export const NO_TRACKER_MESSAGE =
  "No tracker sheet was found in this workbook, so nothing was written. Map one of your sheets to a tracker table on Home, or add the example tracker to try PMO Pulse.";

/** Read → validate → KPIs → plan → write, reporting each named step. A workbook without any tracker is not built. */
export async function runBuild(
  gateway: ExcelGateway,
  prefs: Preferences,
  options: BuildOptions,
  dispatch: Dispatch,
): Promise<void> {
  dispatch({ type: "buildStarted" });
  let writing = false;
  try {
    dispatch({ type: "buildStep", step: "Reading workbook" });
    const raw = await gateway.readWorkbook();
    const history = await gateway.readHistory?.();
    dispatch({ type: "buildStep", step: "Validating", detail: `${raw.sheets.length} sheets read` });
    await nextFrame();
    const analysis = analyseWorkbook(raw, prefs, options.asOf, history);
    // Validate shows what this build found.
    const check = checkOf(raw, analysis, options.asOf);
    dispatch({ type: "checkDone", result: check });
    if (hasNoTracker(check)) {
      dispatch({
        type: "buildFailed",
        failure: { kind: "no-tracker", message: NO_TRACKER_MESSAGE, intact: true },
      });
      return;
    }
    dispatch({
      type: "buildStep",
      step: "Computing KPIs",
      detail: `${analysis.report.projects.length} projects`,
    });
    await nextFrame();
    const plan: DashboardPlan = planDashboard(raw, analysis, options);
    dispatch({ type: "buildStep", step: "Writing dashboard" });
    writing = true;
    const written = await gateway.writeDashboard(plan, (detail) =>
      dispatch({ type: "buildStep", step: "Writing dashboard", detail }),
    );
    dispatch({
      type: "buildDone",
      sheets: written.sheets,
      headline: headlineOf(analysis.report, analysis.cycle),
    });
    await remember(gateway, options);
  } catch (error) {
    // The refresh is all or nothing: only a failed undo can leave the earlier sheets changed.
    const intact = !(writing && error instanceof AppError && error.code === "rollback-failed");
    dispatch({ type: "buildFailed", failure: { kind: "excel", message: errorMessage(error), intact } });
  }
}

/**
 * Remembers the as-of date and portfolio name in the workbook for the next build. The dashboard is
 * already written, so a failure here only means the next build starts from the defaults.
 */
export async function remember(
  gateway: ExcelGateway,
  options: { asOf: string; portfolioName: string },
): Promise<void> {
  try {
    await gateway.saveRunChoices({ asOf: options.asOf, portfolioName: options.portfolioName });
  } catch {
    // Deliberately quiet: the build succeeded and the PMO can choose the date again.
  }
}

/** Stores the preferences in the workbook (settings, mapping, template). Returns whether it worked. */
export async function savePreferences(
  gateway: ExcelGateway,
  prefs: Preferences,
  asOf: string,
  dispatch: Dispatch,
  now: Date,
  place: NoticePlace = "settings",
): Promise<boolean> {
  dispatch({ type: "prefsSaving" });
  try {
    await gateway.saveSettings({
      settings: settingsFor(prefs, asOf),
      mappingJson: Object.keys(prefs.mapping.sheets).length > 0 ? JSON.stringify(prefs.mapping) : null,
      templateJson: prefs.templateText,
    });
    dispatch({ type: "prefsSaved", prefs, at: now.getTime() });
    return true;
  } catch (error) {
    dispatch({ type: "noticeShown", notice: { place, intent: "error", text: errorMessage(error) } });
    return false;
  }
}

/** Deletes the PMO sheets (after the PMO confirmed). */
export async function removePmoSheets(gateway: ExcelGateway, dispatch: Dispatch): Promise<void> {
  dispatch({ type: "removeStarted" });
  try {
    const removed = await gateway.removeOwnedSheets();
    dispatch({ type: "removeDone", removed: removed.length });
  } catch (error) {
    dispatch({
      type: "noticeShown",
      notice: { place: "remove", intent: "error", text: errorMessage(error) },
    });
  }
}

/** Adds the example tracker's sheets to the open workbook, then checks the workbook again. */
export async function addExampleTracker(
  gateway: ExcelGateway,
  prefs: Preferences,
  asOf: string,
  dispatch: Dispatch,
): Promise<void> {
  dispatch({ type: "exampleStarted" });
  try {
    const sheets = demoExampleSheets(asOf).map((s) => ({
      name: s.name,
      values: s.values.map((row) => row.map((v) => v ?? "")),
      formats: s.formats.map((row) => row.map((f) => f ?? "")),
    }));
    const names = await gateway.insertSheets(sheets);
    dispatch({ type: "exampleDone", sheets: names });
  } catch (error) {
    dispatch({
      type: "noticeShown",
      notice: { place: "example", intent: "error", text: errorMessage(error) },
    });
    return;
  }
  await runCheck(gateway, prefs, asOf, dispatch);
}
