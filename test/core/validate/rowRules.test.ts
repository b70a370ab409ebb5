import type { Finding } from "../../../src/core/model/finding";
import type { Portfolio } from "../../../src/core/model/portfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { validatePortfolio } from "../../../src/core/validate/validatePortfolio";
import { FILE, SETTINGS, day, portfolioOf, project } from "./support/portfolioFactory";

// Standard column letters used below. Projects: A projectId … G phase, K startDate, L baselineFinish,
// M forecastFinish, N actualFinish, O budget, Q plannedValue, S percentComplete, T lastUpdated.
// Milestones: E actualDate, F status. Resources: D annualSalary. Salary Benchmarks: C marketMax.

interface RuleCase {
  readonly rule: string;
  readonly portfolio: Portfolio;
  readonly expected: Finding;
}

const projectsWith = (row: ReturnType<typeof project>, headerRow = 1): Portfolio =>
  portfolioOf([{ table: "projects", headerRow, rows: [project("P-001"), project("P-002"), row] }]);

/** One Portfolio per standard rule that breaks it once, in the third data row. */
const CASES: readonly RuleCase[] = [
  {
    rule: "baseline-before-start",
    // Title rows above the header: header on row 4, the offending project on row 7.
    portfolio: projectsWith(
      project("P-003", { startDate: day("2026-06-01"), baselineFinish: day("2026-04-30") }),
      4,
    ),
    expected: {
      file: FILE,
      sheet: "Projects",
      cell: "L7",
      row: 7,
      column: "Baseline Finish",
      severity: "error",
      rule: "baseline-before-start",
      message:
        "Baseline Finish 30/04/2026 is before Start Date 01/06/2026. Baseline Finish cannot be earlier than Start Date: correct whichever date is wrong.",
      projectId: "P-003",
    },
  },
  {
    rule: "forecast-before-start",
    portfolio: projectsWith(project("P-003", { forecastFinish: day("2025-12-31") })),
    expected: {
      file: FILE,
      sheet: "Projects",
      cell: "M4",
      row: 4,
      column: "Forecast Finish",
      severity: "error",
      rule: "forecast-before-start",
      message:
        "Forecast Finish 31/12/2025 is before Start Date 05/01/2026. Forecast Finish cannot be earlier than Start Date: correct whichever date is wrong.",
      projectId: "P-003",
    },
  },
  {
    rule: "actual-before-start",
    portfolio: projectsWith(project("P-003", { actualFinish: day("2026-01-04") })),
    expected: {
      file: FILE,
      sheet: "Projects",
      cell: "N4",
      row: 4,
      column: "Actual Finish",
      severity: "error",
      rule: "actual-before-start",
      message:
        "Actual Finish 04/01/2026 is before Start Date 05/01/2026. Actual Finish cannot be earlier than Start Date: correct whichever date is wrong.",
      projectId: "P-003",
    },
  },
  {
    rule: "actual-finish-future",
    portfolio: projectsWith(
      project("P-003", { actualFinish: day("2026-07-15"), phase: "Closed", percentComplete: 1 }),
    ),
    expected: {
      file: FILE,
      sheet: "Projects",
      cell: "N4",
      row: 4,
      column: "Actual Finish",
      severity: "warning",
      rule: "actual-finish-future",
      message:
        "Actual Finish 15/07/2026 is after the as-of date 30/06/2026. It cannot be in the future: correct the date, or leave Actual Finish blank until it has happened.",
      projectId: "P-003",
    },
  },
  {
    rule: "planned-value-over-budget",
    portfolio: projectsWith(project("P-003", { plannedValue: 600_000 })),
    expected: {
      file: FILE,
      sheet: "Projects",
      cell: "Q4",
      row: 4,
      column: "Planned Value",
      severity: "warning",
      rule: "planned-value-over-budget",
      message:
        "Planned Value USD 600,000 is more than Budget USD 500,000. Planned Value cannot be more than Budget: correct whichever value is wrong.",
      projectId: "P-003",
    },
  },
  {
    rule: "complete-not-closing",
    portfolio: projectsWith(project("P-003", { percentComplete: 1, phase: "Execution" })),
    expected: {
      file: FILE,
      sheet: "Projects",
      cell: "G4",
      row: 4,
      column: "Phase",
      severity: "warning",
      rule: "complete-not-closing",
      message:
        "% Complete is 100% but Phase is Execution. When % Complete is 100%, Phase should be Closing or Closed: update Phase, or correct % Complete.",
      projectId: "P-003",
    },
  },
  {
    rule: "stale-update",
    portfolio: projectsWith(project("P-003", { lastUpdated: day("2026-05-01") })),
    expected: {
      file: FILE,
      sheet: "Projects",
      cell: "T4",
      row: 4,
      column: "Last Updated",
      severity: "warning",
      rule: "stale-update",
      message:
        "Last Updated 01/05/2026 is 60 days before the as-of date 30/06/2026 (the limit is 35 days). Bring the row up to date and set Last Updated to the date of the update.",
      projectId: "P-003",
    },
  },
  {
    rule: "complete-without-actual",
    portfolio: portfolioOf([
      { table: "projects", rows: [project("P-001")] },
      {
        table: "milestones",
        rows: [
          {
            projectId: "P-001",
            milestone: "Kick-off",
            baselineDate: day("2026-01-10"),
            status: "Not Started",
          },
          {
            projectId: "P-001",
            milestone: "Design",
            baselineDate: day("2026-03-10"),
            actualDate: day("2026-03-09"),
            status: "Complete",
          },
          { projectId: "P-001", milestone: "Build", baselineDate: day("2026-05-10"), status: "Complete" },
        ],
      },
    ]),
    expected: {
      file: FILE,
      sheet: "Milestones",
      cell: "E4",
      row: 4,
      column: "Actual Date",
      severity: "error",
      rule: "complete-without-actual",
      message: "Status is Complete but Actual Date is blank. Enter Actual Date, or change Status.",
      projectId: "P-001",
    },
  },
  {
    rule: "no-cost-rate",
    portfolio: portfolioOf([
      {
        table: "resources",
        sheet: "Team",
        rows: [
          { resource: "Ana Ruiz", role: "Analyst", annualSalary: 80_000 },
          { resource: "Bo Chen", role: "Developer", hourlyRate: 55 },
          { resource: "Cy Park", role: "Tester" },
        ],
      },
    ]),
    expected: {
      file: FILE,
      sheet: "Team",
      cell: "D4",
      row: 4,
      column: "Annual Salary",
      severity: "warning",
      rule: "no-cost-rate",
      message: "Neither Annual Salary nor Hourly Rate is filled. Enter at least one of them.",
    },
  },
  {
    rule: "market-max-below-min",
    portfolio: portfolioOf([
      {
        table: "salaryBenchmarks",
        rows: [
          { role: "Analyst", marketMin: 60_000, marketMax: 80_000 },
          { role: "Developer", marketMin: 90_000, marketMax: 90_000 },
          { role: "Architect", marketMin: 100_000, marketMax: 90_000.5 },
        ],
      },
    ]),
    expected: {
      file: FILE,
      sheet: "Salary Benchmarks",
      cell: "C4",
      row: 4,
      column: "Market Max",
      severity: "error",
      rule: "market-max-below-min",
      message:
        "Market Max USD 90,000.50 is less than Market Min USD 100,000. Market Max cannot be less than Market Min: correct whichever value is wrong.",
    },
  },
];

describe("validatePortfolio: standard template row rules", () => {
  it("has a breaking case for every rule in the standard template", () => {
    const ruleIds = STANDARD_TEMPLATE.tables.flatMap((t) => (t.rules ?? []).map((r) => r.id));
    expect(CASES.map((c) => c.rule).sort()).toEqual([...ruleIds].sort());
  });

  it.each(CASES.map((c) => [c.rule, c] as const))("%s: reports exactly the broken cell", (_rule, c) => {
    expect(validatePortfolio(c.portfolio, STANDARD_TEMPLATE, SETTINGS)).toEqual([c.expected]);
  });

  it("formats dates month-first when the settings say MDY", () => {
    const portfolio = projectsWith(
      project("P-003", { startDate: day("2026-06-01"), baselineFinish: day("2026-04-30") }),
    );
    const [finding] = validatePortfolio(portfolio, STANDARD_TEMPLATE, { ...SETTINGS, dateOrder: "MDY" });
    expect(finding?.message).toMatch(/^Baseline Finish 04\/30\/2026 is before Start Date 06\/01\/2026\./);
  });

  it("names the header as written in the sheet", () => {
    const portfolio = portfolioOf([
      {
        table: "projects",
        headers: { baselineFinish: "Planned End", startDate: "Start" },
        rows: [project("P-001", { startDate: day("2026-06-01"), baselineFinish: day("2026-04-30") })],
      },
    ]);
    const [finding] = validatePortfolio(portfolio, STANDARD_TEMPLATE, SETTINGS);
    expect(finding?.column).toBe("Planned End");
    expect(finding?.message).toMatch(
      /^Planned End 30\/04\/2026 is before Start 01\/06\/2026\. Planned End cannot/,
    );
  });

  it("accepts the boundaries: equal dates, actual finish on the as-of date, exactly staleDays old", () => {
    const portfolio = projectsWith(
      project("P-003", {
        baselineFinish: day("2026-01-05"),
        actualFinish: day("2026-06-30"),
        phase: "Closing",
        percentComplete: 1,
        plannedValue: 500_000,
        lastUpdated: day("2026-05-26"),
      }),
    );
    expect(validatePortfolio(portfolio, STANDARD_TEMPLATE, SETTINGS)).toEqual([]);
    const oneDayOlder = projectsWith(project("P-003", { lastUpdated: day("2026-05-25") }));
    expect(validatePortfolio(oneDayOlder, STANDARD_TEMPLATE, SETTINGS).map((f) => f.message)).toEqual([
      expect.stringContaining("is 36 days before"),
    ]);
  });

  it("uses settings.staleDays", () => {
    const portfolio = projectsWith(project("P-003", { lastUpdated: day("2026-06-01") }));
    expect(validatePortfolio(portfolio, STANDARD_TEMPLATE, SETTINGS)).toEqual([]);
    const strict = validatePortfolio(portfolio, STANDARD_TEMPLATE, { ...SETTINGS, staleDays: 14 });
    expect(strict.map((f) => [f.cell, f.rule])).toEqual([["T4", "stale-update"]]);
    expect(strict[0]?.message).toContain("(the limit is 14 days)");
  });

  it("does not report rows whose cells are blank or were invalid (the reader reports those)", () => {
    const portfolio = projectsWith(
      project("P-003", {
        startDate: null,
        baselineFinish: day("2020-01-01"),
        forecastFinish: day("2020-01-01"),
        actualFinish: day("2020-01-01"),
        phase: null,
        percentComplete: 1,
        budget: null,
        plannedValue: 900_000,
        lastUpdated: null,
      }),
    );
    expect(validatePortfolio(portfolio, STANDARD_TEMPLATE, SETTINGS)).toEqual([]);
  });

  it("points at the trigger cell when the sheet has no column for the missing value", () => {
    const portfolio = portfolioOf([
      {
        table: "milestones",
        columns: ["projectId", "milestone", "baselineDate", "status"],
        rows: [
          { projectId: "P-001", milestone: "Build", baselineDate: day("2026-05-10"), status: "Complete" },
        ],
      },
    ]);
    const findings = validatePortfolio(portfolio, STANDARD_TEMPLATE, SETTINGS);
    expect(findings.map((f) => [f.cell, f.column, f.rule])).toEqual([
      ["D2", "Status", "complete-without-actual"],
    ]);
  });

  it("reports a Resources sheet without either cost column once, not once per row", () => {
    const portfolio = portfolioOf([
      {
        table: "resources",
        columns: ["resource", "role"],
        rows: [
          { resource: "Ana Ruiz", role: "Analyst" },
          { resource: "Bo Chen", role: "Developer" },
        ],
      },
    ]);
    expect(validatePortfolio(portfolio, STANDARD_TEMPLATE, SETTINGS)).toEqual([
      {
        file: FILE,
        sheet: "Resources",
        cell: "",
        row: null,
        column: null,
        severity: "warning",
        rule: "no-cost-rate",
        message:
          "The sheet has no Annual Salary or Hourly Rate column. Add either and fill it in for every row.",
      },
    ]);
  });

  it("returns findings row by row, left to right", () => {
    const portfolio = portfolioOf([
      {
        table: "projects",
        rows: [
          project("P-001", { lastUpdated: day("2026-01-01") }),
          project("P-002", { forecastFinish: day("2025-01-01"), plannedValue: 900_000 }),
        ],
      },
    ]);
    expect(validatePortfolio(portfolio, STANDARD_TEMPLATE, SETTINGS).map((f) => f.cell)).toEqual([
      "T2",
      "M3",
      "Q3",
    ]);
  });

  it("skips the as-of rules when the as-of date is not a date", () => {
    const portfolio = projectsWith(
      project("P-003", { lastUpdated: day("2020-01-01"), actualFinish: day("2030-01-01") }),
    );
    expect(validatePortfolio(portfolio, STANDARD_TEMPLATE, { ...SETTINGS, asOf: "soon" })).toEqual([]);
  });
});
