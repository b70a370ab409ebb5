/**
 * What the ribbon's function commands do, over the same gateway and engine steps as the task pane
 * (src/workflow), with the preferences stored in the workbook and the default as-of date.
 */
import type { CommandMessage, CommandName, CommandWork } from "./runCommand";
import {
  DEFAULT_PLAN_OPTIONS,
  analyseWorkbook,
  loadPreferences,
  planDashboard,
  planValidationSheet,
} from "../workflow/engine";
import type { ExcelGateway } from "../workflow/gateway";
import { defaultAsOf } from "../workflow/runDates";

export interface CommandDeps {
  readonly gateway: ExcelGateway;
  /** The clock, for the as-of date and the dashboard's "generated" time. */
  readonly now: () => Date;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Said when a stored setting, mapping or template could not be used (the pane lists why). */
const PROBLEMS_NOTE =
  "Some settings stored in this workbook could not be used and their defaults were applied: open the PMO Pulse pane for details.";

async function prepare(deps: CommandDeps) {
  const { prefs, problems } = await loadPreferences(deps.gateway);
  const now = deps.now();
  const raw = await deps.gateway.readWorkbook();
  const history = await deps.gateway.readHistory?.();
  const analysis = analyseWorkbook(raw, prefs, defaultAsOf(now), history);
  return { raw, analysis, problems, options: { ...DEFAULT_PLAN_OPTIONS, now } };
}

export function createCommandWork(deps: CommandDeps): Readonly<Record<CommandName, CommandWork>> {
  return {
    validateWorkbook: async (): Promise<CommandMessage> => {
      const { raw, analysis, problems, options } = await prepare(deps);
      const written = await deps.gateway.replaceSheets(planValidationSheet(raw, analysis, options));
      const { errors, warnings } = analysis.report.validation;
      const summary = `${count(errors, "error")}, ${count(warnings, "warning")} — see ${written.sheets.join(", ")}`;
      return {
        kind: "info",
        title: "Validation",
        text: problems.length > 0 ? `${summary}. ${PROBLEMS_NOTE}` : summary,
      };
    },
    refreshDashboard: async (): Promise<CommandMessage | null> => {
      const { raw, analysis, problems, options } = await prepare(deps);
      await deps.gateway.writeDashboard(planDashboard(raw, analysis, options));
      return problems.length > 0 ? { kind: "info", title: "Dashboard refreshed", text: PROBLEMS_NOTE } : null;
    },
  };
}
