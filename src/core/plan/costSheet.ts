import { FORMATS, numberCell, textCell } from "./formats";
import type { DashboardInput } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "./sheetNames";
import type { SheetPlan, Theme } from "./types";

/**
 * Labour cost by program and project, salary summary by role with benchmark bands, cost by role
 * chart. Suppressed groups (fewer salaried people than minGroupSize) show headcount and FTE only:
 * no salary or cost figure of theirs is written anywhere, not even as chart cache.
 */
export function buildCostSheet(input: DashboardInput, theme: Theme): SheetPlan {
  const { report } = input;
  const { settings } = report;
  const sheet = new SheetBuilder(SHEET_NAMES.cost, { tabColor: theme.palette[3] });
  sheet.text(1, 1, "Cost & salary", "title");
  sheet.text(
    2,
    1,
    `As of ${report.asOf}. Money in ${settings.currency}. Salary figures of groups with fewer than ${settings.minGroupSize} salaried people are hidden.`,
    "subtitle",
  );
  const widths = [30, 14, 22, 14, 14, 14, 14, 14, 14, 12, 34];
  widths.forEach((w, i) => sheet.width(i + 1, w));

  let row = 4;
  sheet.section(row, 1, "Salary by role", 11);
  if (report.salary.length === 0) {
    sheet.text(row + 1, 1, "No Resources sheet: no salary summary.", "note");
    row += 3;
  } else {
    const hidden = `Hidden: fewer than ${settings.minGroupSize} salaried people`;
    const t = sheet.dataTable(
      row + 1,
      1,
      [
        "Role",
        "Headcount",
        "FTE",
        "Min",
        "Median",
        "Mean",
        "Max",
        "Market min",
        "Market max",
        "Band",
        "Note",
      ],
      report.salary.map((s) => [
        textCell(s.role),
        numberCell(s.headcount, FORMATS.count),
        numberCell(s.fte, "0.0"),
        numberCell(s.min, FORMATS.money),
        numberCell(s.median, FORMATS.money),
        numberCell(s.mean, FORMATS.money),
        numberCell(s.max, FORMATS.money),
        numberCell(s.marketMin, FORMATS.money),
        numberCell(s.marketMax, FORMATS.money),
        textCell(s.bandStatus),
        textCell(s.suppressed ? hidden : null, s.suppressed ? "note" : undefined),
      ]),
      { tableName: "PMOSalary" },
    );
    sheet.conditional({ kind: "textEquals", range: t.column(9), text: "below", style: "ragAmber" });
    sheet.conditional({ kind: "textEquals", range: t.column(9), text: "above", style: "ragAmber" });
    sheet.conditional({ kind: "textEquals", range: t.column(9), text: "within", style: "ragGreen" });
    row = t.lastRow + 2;
  }

  sheet.section(row, 1, "Labour cost by role", 11);
  const shownRoles = report.cost.byRole.filter((r) => !r.suppressed && r.laborCost !== null);
  if (report.cost.byRole.length === 0) {
    sheet.text(row + 1, 1, "No actual hours recorded: no labour cost.", "note");
    row += 3;
  } else {
    const t = sheet.dataTable(
      row + 1,
      1,
      ["Role", "Headcount", "Actual hours", "Labour cost"],
      report.cost.byRole.map((r) => [
        textCell(r.role),
        numberCell(r.headcount, FORMATS.count),
        numberCell(r.actualHours, FORMATS.hours),
        r.suppressed
          ? textCell(`Hidden (fewer than ${settings.minGroupSize})`, "note")
          : numberCell(r.laborCost, FORMATS.money),
      ]),
    );
    row = t.lastRow + 2;
    if (shownRoles.length > 0) {
      // The chart reads its own block of unsuppressed roles so no hidden figure is ever charted.
      const chartData = sheet.dataTable(
        row,
        13,
        ["Role (chart)", "Labour cost"],
        shownRoles.map((r) => [textCell(r.role), numberCell(r.laborCost, FORMATS.money)]),
      );
      sheet.width(13, 22).width(14, 14);
      sheet.chart({
        id: "costByRole",
        type: "barClustered",
        title: `Labour cost by role (${settings.currency})`,
        from: { row, col: 1 },
        to: { row: row + Math.max(12, shownRoles.length + 4), col: 8 },
        valueFormat: FORMATS.money,
        legend: "none",
        series: [
          {
            name: "Labour cost",
            categories: chartData.column(0),
            values: chartData.column(1),
            categoryCache: shownRoles.map((r) => r.role),
            valueCache: shownRoles.map((r) => r.laborCost),
          },
        ],
      });
      row += Math.max(12, shownRoles.length + 4) + 1;
    }
  }

  sheet.section(row, 1, "Cost by program", 11);
  if (report.cost.byProgram.length === 0) {
    sheet.text(row + 1, 1, "No projects.", "note");
    row += 3;
  } else {
    const t = sheet.dataTable(
      row + 1,
      1,
      ["Program", "Budget", "Actual cost", "EAC", "Labour cost"],
      report.cost.byProgram.map((g) => [
        textCell(g.program),
        numberCell(g.bac, FORMATS.money),
        numberCell(g.ac, FORMATS.money),
        numberCell(g.eac, FORMATS.money),
        numberCell(g.laborCost, FORMATS.money),
      ]),
    );
    row = t.lastRow + 2;
  }

  sheet.section(row, 1, "Labour cost by project", 11);
  if (report.projects.length === 0) {
    sheet.text(row + 1, 1, "No projects.", "note");
  } else {
    sheet.dataTable(
      row + 1,
      1,
      ["Project Name", "Project ID", "Program", "Budget", "Actual cost", "Labour cost"],
      report.projects.map((p) => [
        textCell(p.projectName),
        textCell(p.projectId),
        textCell(p.program),
        numberCell(p.bac, FORMATS.money),
        numberCell(p.ac, FORMATS.money),
        numberCell(p.laborCost, FORMATS.money),
      ]),
      { tableName: "PMOLabourCost" },
    );
  }
  return sheet.build();
}
