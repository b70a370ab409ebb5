import type { KpiReport } from "../../kpi/report";
import { FORMATS, numberCell, textCell } from "../formats";
import type { PlanCell } from "../types";
import {
  CHART_ROWS,
  FIRST_COL,
  PAGE_SPAN,
  SPLIT_COL,
  chartAt,
  noData,
  type DashboardBlock,
  type DashboardContext,
} from "./layout";

/** Open risks by severity as bars, High on top. */
function risksBySeverity(context: DashboardContext, top: number): void {
  const risks = context.input.report.risks;
  if (risks.open === 0) {
    noData(context, top, FIRST_COL, "No open risks.");
    return;
  }
  // A bar chart draws its first category at the bottom: Low first puts High on top.
  const levels = [
    ["Low", risks.low],
    ["Medium", risks.medium],
    ["High", risks.high],
  ] as const;
  const t = context.data.place(
    ["Severity", "Open risks"],
    levels.map(([level, count]) => [textCell(level), numberCell(count, FORMATS.count)]),
  );
  chartAt(context, {
    id: "risksBySeverity",
    type: "barClustered",
    title: "Open risks by severity",
    from: { row: top, col: FIRST_COL },
    to: { row: top + CHART_ROWS, col: SPLIT_COL },
    legend: "none",
    series: [
      {
        name: "Open risks",
        categories: t.column(0),
        values: t.column(1),
        categoryCache: levels.map(([level]) => level),
        valueCache: levels.map(([, count]) => count),
      },
    ],
  });
}

/** Milestone and risk counts beside the risk chart: counts need no chart to be read. */
function milestoneSummary(context: DashboardContext, top: number, report: KpiReport): void {
  const m = report.milestones;
  const { sheet } = context;
  sheet.text(top, SPLIT_COL, "Milestones", "sectionHeader");
  const rows: [string, PlanCell][] = [
    ["Milestones tracked", numberCell(m.total, FORMATS.count)],
    ["Completed", numberCell(m.completed, FORMATS.count)],
    ["Hit rate (on or before baseline)", numberCell(m.hitRate, FORMATS.percent)],
    ["Overdue", numberCell(m.overdue, FORMATS.count)],
    ["Due in the next 30 days", numberCell(m.upcoming, FORMATS.count)],
    ["Average slip (days)", numberCell(m.avgSlipDays, "0.0")],
    ["Open risks", numberCell(report.risks.open, FORMATS.count)],
    ["Overdue risk actions", numberCell(report.risks.overdue, FORMATS.count)],
    [
      "Cross-project dependencies at risk",
      numberCell(report.dependencies.filter((d) => d.atRisk).length, FORMATS.count),
    ],
  ];
  rows.forEach(([label, value], i) => {
    sheet.text(top + 1 + i, SPLIT_COL, label, "body").cell(top + 1 + i, SPLIT_COL + 3, value);
  });
}

/** "Risks and attention" band: risks by severity beside the milestone and risk counts. */
export const risksBand: DashboardBlock = (context, row) => {
  context.sheet.section(row, FIRST_COL, "Risks and attention", PAGE_SPAN);
  risksBySeverity(context, row + 1);
  milestoneSummary(context, row + 1, context.input.report);
  return row + CHART_ROWS + 3;
};
