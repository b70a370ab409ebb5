import { buildCapacitySheet } from "./capacitySheet";
import { buildCostSheet } from "./costSheet";
import { buildDashboardSheet } from "./dashboardSheet";
import { buildFollowUpSheet } from "./followUpSheet";
import { buildHistorySheet } from "./historySheet";
import type { DashboardInput } from "./input";
import { buildProjectsSheet } from "./projectsSheet";
import { buildRisksSheet } from "./risksSheet";
import { PULSE_THEME } from "./theme";
import type { DashboardPlan } from "./types";
import { buildValidationSheet } from "./validationSheet";

/** KPIs → the declarative dashboard both writers render (sheet order = tab order). */
export function buildDashboardPlan(input: DashboardInput): DashboardPlan {
  const theme = PULSE_THEME;
  return {
    theme,
    sheets: [
      buildDashboardSheet(input, theme),
      buildProjectsSheet(input, theme),
      buildCapacitySheet(input, theme),
      buildCostSheet(input, theme),
      buildRisksSheet(input, theme),
      ...(input.cycle === undefined
        ? []
        : [
            buildFollowUpSheet(input, input.cycle, theme),
            buildHistorySheet(input.cycle.history, theme, input.report.settings.historyPeriods),
          ]),
      // Last: the ribbon's Validate replaces this sheet alone, and a replaced sheet goes to the end.
      buildValidationSheet(input, theme),
    ],
  };
}
