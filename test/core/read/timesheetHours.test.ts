import { analyseWorkbooks } from "../../../src/core/analyse";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { isTimesheetName } from "../../../src/core/read/timesheetHours";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();
// 2026-09-01, 2026-09-02 and 2026-10-05 as Excel serials.
const SEP_1 = 46266;
const SEP_2 = 46267;
const OCT_5 = 46300;

const projects = sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]);
// Three people of one role with a rate each: the role's median rate prices the hours (75).
const resources = sheet("Resources", [
  ["Resource", "Role", "Hourly Rate"],
  ["Ann Lee", "Developer", 70],
  ["Bob Ray", "Developer", 75],
  ["Cy Dee", "Developer", 80],
]);

/** A day-by-day timesheet: Date, Employee, Project, Task, and an hours column headed `hours`. */
function timesheet(name: string, hours: string, rows: RawScalar[][]) {
  return sheet(name, [["Date", "Employee", "Project ID", "Task", hours], ...rows]);
}

const DAYS: RawScalar[][] = [
  [SEP_1, "Ann Lee", "P1", "Build", 6],
  [SEP_2, "Ann Lee", "P1", "Build", 7.5],
  [SEP_1, "Bob Ray", "P2", "Test", 8],
  [OCT_5, "Ann Lee", "P1", "Build", 4],
];

function read(...sheets: ReturnType<typeof sheet>[]) {
  return readPortfolio([workbook("t.xlsx", [projects, resources, ...sheets])], STANDARD_TEMPLATE, settings);
}

describe("a timesheet", () => {
  it("reads a plain Hours column as the hours worked, each day in its month, with one note at the header", () => {
    const p = read(timesheet("Timesheet", "Hours", DAYS));
    expect(
      p.allocations.map((a) => [a.resource, a.projectId, a.month, a.plannedHours, a.actualHours]),
    ).toEqual([
      ["Ann Lee", "P1", 2026 * 12 + 8, null, 6],
      ["Ann Lee", "P1", 2026 * 12 + 8, null, 7.5],
      ["Bob Ray", "P2", 2026 * 12 + 8, null, 8],
      ["Ann Lee", "P1", 2026 * 12 + 9, null, 4],
    ]);
    // No Planned Hours column is no error on a timesheet; Task is a column the template does not use.
    expect(p.findings.map(brief)).toEqual([
      "info timesheet-hours Timesheet!E1",
      "warning unknown-columns Timesheet!D1",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Timesheet" is a timesheet: its "Hours" column was read as Actual Hours (time worked), not as ' +
        'Planned Hours. If it holds planned hours, head it "Planned Hours". Labour cost is priced from these ' +
        "hours; capacity and utilisation need Planned Hours, on a resource plan sheet or in a column of their own.",
    );
    const binding = p.bindings.find((b) => b.table === "allocations");
    expect(binding?.columns["actualHours"]).toEqual({ col: 5, header: "Hours" });
    expect(binding?.columns["plannedHours"]).toBeUndefined();
    expect(binding?.missingRequired).toEqual([]);
  });

  it("prices the month's days added up as labour cost, by the role's rate", () => {
    const wb = workbook("t.xlsx", [projects, resources, timesheet("Time Log", "Hours", DAYS)]);
    const { report } = analyseWorkbooks([wb], { template: STANDARD_TEMPLATE, settings });
    const cost = (id: string) => report.projects.find((p) => p.projectId === id)?.laborCost;
    expect(cost("P1")).toBe((6 + 7.5 + 4) * 75);
    expect(cost("P2")).toBe(8 * 75);
    const ann = report.capacity.byResource.rows().filter((r) => r.resource === "Ann Lee");
    expect(ann.map((r) => [r.month, r.actualHours, r.plannedHours])).toEqual([
      ["2026-09", 13.5, 0],
      ["2026-10", 4, 0],
    ]);
  });

  it("keeps an Actual Hours column as it is and says only that the sheet plans nothing", () => {
    const p = read(timesheet("Timesheets", "Time Spent", DAYS));
    expect(p.allocations.map((a) => a.actualHours)).toEqual([6, 7.5, 8, 4]);
    expect(p.findings.map(brief)).toContain("info timesheet-hours Timesheets!E1");
    expect(p.findings.find((f) => f.rule === "timesheet-hours")?.message).toMatch(
      /^Sheet "Timesheets" is a timesheet: it has Actual Hours and no Planned Hours\. Labour cost/,
    );
    expect(p.findings.some((f) => f.rule === "required-column-missing")).toBe(false);
  });

  it("reads Hours as planned on a sheet that is no timesheet, and beside an Actual Hours column", () => {
    const plan = read(timesheet("Resource Plan", "Hours", DAYS));
    expect(plan.allocations.map((a) => [a.plannedHours, a.actualHours])[0]).toEqual([6, null]);
    expect(plan.findings.some((f) => f.rule === "timesheet-hours")).toBe(false);
    const both = read(
      sheet("Timesheet", [
        ["Month", "Resource", "Project ID", "Hours", "Actual Hours"],
        [SEP_1, "Ann Lee", "P1", 10, 9],
      ]),
    );
    expect(both.allocations.map((a) => [a.plannedHours, a.actualHours])).toEqual([[10, 9]]);
    expect(both.findings.some((f) => f.rule === "timesheet-hours")).toBe(false);
  });

  it("is not reinterpreted when the PMO mapped the hours column by hand", () => {
    const p = readPortfolio(
      [workbook("t.xlsx", [projects, resources, timesheet("Timesheet", "Hours", DAYS)])],
      STANDARD_TEMPLATE,
      settings,
      { sheets: { Timesheet: { columns: { Hours: "plannedHours" } } } },
    );
    expect(p.allocations.map((a) => [a.plannedHours, a.actualHours])[0]).toEqual([6, null]);
    expect(p.findings.some((f) => f.rule === "timesheet-hours")).toBe(false);
  });

  it("reads a week-by-week timesheet's total as the week's hours, in the month of its week ending", () => {
    const p = read(
      sheet("Timesheet", [
        ["Employee", "Project ID", "Week Ending", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Total"],
        ["Ann Lee", "P1", SEP_2 + 4, 6, 6, 6, 6, 6, 0, 0, 30],
        ["Ann Lee", "P1", OCT_5 - 1, 8, 8, 8, 8, 8, 0, 0, 40],
      ]),
    );
    expect(p.allocations.map((a) => [a.month, a.plannedHours, a.actualHours])).toEqual([
      [2026 * 12 + 8, null, 30],
      [2026 * 12 + 9, null, 40],
    ]);
    // The days are added up in the total: no unknown-columns warning lists them.
    expect(p.findings.map(brief)).toEqual(["info timesheet-hours Timesheet!K1"]);
    expect(p.findings[0]?.message).toMatch(
      /^Sheet "Timesheet" is a timesheet: its "Total" column \(the week's Mon … Sun added up\) was read as Actual Hours \(time worked\), each row in the month of its "Week Ending"\. Labour/,
    );
  });

  it("reads a total column without days as the hours worked, and says so of it, not that it has Actual Hours", () => {
    const p = read(
      sheet("Time Log", [
        ["Date", "Employee", "Project ID", "Total"],
        [SEP_1, "Ann Lee", "P1", 7],
      ]),
    );
    expect(p.allocations.map((a) => a.actualHours)).toEqual([7]);
    expect(p.findings.map((f) => f.message)).toContain(
      'Sheet "Time Log" is a timesheet: its "Total" column was read as Actual Hours (time worked), each row in ' +
        'the month of its "Date". Labour cost is priced from these hours; capacity and utilisation need Planned ' +
        "Hours, on a resource plan sheet or in a column of their own.",
    );
  });

  it("knows a timesheet by its name in the forms template sites and PMs give it", () => {
    for (const name of ["Timesheet", "Time Sheets", "time-log", "2. Time Tracking", "Hours Log (2)"])
      expect([name, isTimesheetName(name)]).toEqual([name, true]);
    for (const name of ["Resource Plan", "Allocations", "Time Off", "Sheet1"])
      expect([name, isTimesheetName(name)]).toEqual([name, false]);
  });
});
