/**
 * What the task pane's buttons do: Office work through the gateway, the shared engine steps
 * (src/workflow/engine.ts), and the progress reported as reducer actions. No React here, so tests
 * run it with a gateway double.
 */
import type { Finding } from "../core/model/finding";
import type { DashboardPlan } from "../core/plan/types";
import type { PlanOptions } from "../workflow/engine";
import { analyseWorkbook, planDashboard } from "../workflow/engine";
import { errorMessage } from "../workflow/errorMessage";
import type { ExcelGateway } from "../workflow/gateway";
import type { Preferences } from "../workflow/preferences";
import { settingsFor } from "../workflow/preferences";
import type { PaneAction, WorkbookCheck } from "./state";
import { countBySeverity } from "./state";

export type Dispatch = (action: PaneAction) => void;

/** Lets React paint the step just dispatched before a long synchronous computation starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
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
    const { portfolio } = analyseWorkbook(raw, prefs, asOf);
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

export interface BuildOptions extends PlanOptions {
  readonly asOf: string;
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
    const history = await gateway.readHistory?.();
    dispatch({ type: "buildStep", step: "Validating", detail: `${raw.sheets.length} sheets read` });
    await nextFrame();
    const analysis = analyseWorkbook(raw, prefs, options.asOf, history);
    const findings: readonly Finding[] = analysis.portfolio.findings;
    const counts = countBySeverity(findings);
    dispatch({
      type: "buildStep",
      step: "Computing KPIs",
      detail: `${analysis.report.projects.length} projects`,
    });
    await nextFrame();
    const plan: DashboardPlan = planDashboard(raw, analysis, options);
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
