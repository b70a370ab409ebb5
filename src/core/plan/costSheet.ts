import { FORMATS, numberCell, textCell } from "./formats";
import type { DashboardInput } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "../model/ownedSheets";
import type { SheetPlan, Theme } from "./types";
import type { RateSource } from "../kpi/report";

const SOURCE_TEXT: Readonly<Record<RateSource, string>> = {
  "rate-card": "Rate Card",
  "pay-median": "median pay of the role's people",
  benchmark: "Salary Benchmarks midpoint",
};

/** The rate each role is priced at and where it comes from (kpi-definitions v2). */
function ratesUsed(sheet: SheetBuilder, row: number, input: DashboardInput): number {
  const { rates, settings } = input.report;
  sheet.section(row, 1, "Rates used", 11);
  if (rates.length === 0) {
    sheet.text(row + 1, 1, "No Resources sheet: no rates.", "note");
    return row + 3;
  }
  const t = sheet.dataTable(
    row + 1,
    1,
    ["Role", `Hourly rate (${settings.currency})`, "Source"],
    rates.map((r) => [
      textCell(r.role),
      numberCell(r.hourlyRate, "#,##0.00"),
      textCell(
        r.source === null ? "no rate: hours unpriced" : SOURCE_TEXT[r.source],
        r.source === null ? "note" : undefined,
      ),
    ]),
  );
  sheet.text(
    t.lastRow + 1,
    1,
    `Labour is priced by role, never by person: Rate Card, else the median of at least ${settings.minGroupSize} people's pay, else the benchmark midpoint / ${settings.hoursPerYear} hours.`,
    "note",
  );
  return t.lastRow + 3;
}

/** Hours and labour per role, with a chart of the priced roles. */
function labourByRole(sheet: SheetBuilder, start: number, input: DashboardInput): number {
  const { report } = input;
  const { settings } = report;
  let row = start;
  sheet.section(row, 1, "Labour cost by role", 11);
  if (report.cost.byRole.length === 0) {
    sheet.text(row + 1, 1, "No Resources sheet: no labour cost.", "note");
    return row + 3;
  }
  const t = sheet.dataTable(
    row + 1,
    1,
    ["Role", "Headcount", "Actual hours", "Labour cost", "Planned hours", "Planned labour", "Unpriced hours"],
    report.cost.byRole.map((r) => [
      textCell(r.role),
      numberCell(r.headcount, FORMATS.count),
      numberCell(r.actualHours, FORMATS.hours),
      numberCell(r.hourlyRate === null ? null : r.laborCost, FORMATS.money),
      numberCell(r.plannedHours, FORMATS.hours),
      numberCell(r.hourlyRate === null ? null : r.plannedLaborCost, FORMATS.money),
      numberCell(r.unpricedHours, FORMATS.hours),
    ]),
  );
  row = t.lastRow + 2;
  const priced = report.cost.byRole.filter((r) => r.hourlyRate !== null && r.actualHours > 0);
  if (priced.length === 0) return row;
  const chartData = sheet.dataTable(
    row,
    13,
    ["Role (chart)", "Labour cost"],
    priced.map((r) => [textCell(r.role), numberCell(r.laborCost, FORMATS.money)]),
  );
  sheet.width(13, 22).width(14, 14);
  const height = Math.max(12, priced.length + 4);
  sheet.chart({
    id: "costByRole",
    type: "barClustered",
    title: `Labour cost by role (${settings.currency})`,
    from: { row, col: 1 },
    to: { row: row + height, col: 8 },
    valueFormat: FORMATS.money,
    legend: "none",
    series: [
      {
        name: "Labour cost",
        categories: chartData.column(0),
        values: chartData.column(1),
        categoryCache: priced.map((r) => r.role),
        valueCache: priced.map((r) => r.laborCost),
      },
    ],
  });
  return row + height + 1;
}

/** Labour per month of Allocations. */
function labourByMonth(sheet: SheetBuilder, row: number, input: DashboardInput): number {
  const months = input.report.cost.byMonth;
  sheet.section(row, 1, "Labour cost by month", 11);
  if (months.length === 0) {
    sheet.text(row + 1, 1, "No allocations: no labour by month.", "note");
    return row + 3;
  }
  const t = sheet.dataTable(
    row + 1,
    1,
    ["Month", "Labour cost", "Planned labour", "Unpriced hours"],
    months.map((m) => [
      textCell(m.month),
      numberCell(m.laborCost, FORMATS.money),
      numberCell(m.plannedLaborCost, FORMATS.money),
      numberCell(m.unpricedHours, FORMATS.hours),
    ]),
  );
  return t.lastRow + 2;
}

/**
 * Salary summary by role with benchmark bands, the rates labour is priced at, and labour cost by
 * role, program, month and project. Suppressed salary groups (fewer salaried people than
 * minGroupSize) show headcount and FTE only: no salary figure of theirs is written anywhere. Labour
 * is priced by role, so no cost figure is derived from one person's pay.
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

  row = ratesUsed(sheet, row, input);
  row = labourByRole(sheet, row, input);
  sheet.section(row, 1, "Cost by program", 11);
  if (report.cost.byProgram.length === 0) {
    sheet.text(row + 1, 1, "No projects.", "note");
    row += 3;
  } else {
    const t = sheet.dataTable(
      row + 1,
      1,
      ["Program", "Budget", "Actual cost", "EAC", "Labour cost", "Planned labour", "Unpriced hours"],
      report.cost.byProgram.map((g) => [
        textCell(g.program),
        numberCell(g.bac, FORMATS.money),
        numberCell(g.ac, FORMATS.money),
        numberCell(g.eac, FORMATS.money),
        numberCell(g.laborCost, FORMATS.money),
        numberCell(g.plannedLaborCost, FORMATS.money),
        numberCell(g.unpricedHours, FORMATS.hours),
      ]),
    );
    row = t.lastRow + 2;
  }

  row = labourByMonth(sheet, row, input);
  sheet.section(row, 1, "Labour cost by project", 11);
  if (report.projects.length === 0) {
    sheet.text(row + 1, 1, "No projects.", "note");
  } else {
    sheet.dataTable(
      row + 1,
      1,
      [
        "Project Name",
        "Project ID",
        "Program",
        "Budget",
        "Actual cost",
        "Labour cost",
        "Planned labour",
        "Unpriced hours",
      ],
      report.projects.map((p) => [
        textCell(p.projectName),
        textCell(p.projectId),
        textCell(p.program),
        numberCell(p.bac, FORMATS.money),
        numberCell(p.ac, FORMATS.money),
        numberCell(p.laborCost, FORMATS.money),
        numberCell(p.plannedLaborCost, FORMATS.money),
        numberCell(p.unpricedHours, FORMATS.hours),
      ]),
      { tableName: "PMOLabourCost" },
    );
  }
  return sheet.build();
}
