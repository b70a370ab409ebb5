/**
 * kpi-definitions v2 on one small tracker, end to end through the engine (read → validate → KPIs):
 * a data error and a shared Project ID leave the headline figures, identical rows count once, a
 * Closed project's milestone is never overdue, labour is priced by role, cost cross-checks, the
 * executive utilisation and the complete attention list.
 */
import { analyseWorkbooks } from "../../../src/core/analyse";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";

const JAN_1 = 46023;
const APR_30 = 46142;
const MAR_20 = 46101;
const d = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

const HEADERS = [
  "Project ID",
  "Project Name",
  "Project Manager",
  "Phase",
  "Status",
  "Start Date",
  "Baseline Finish",
  "Budget",
  "Actual Cost",
  "% Complete",
  "Planned Value",
  "Last Updated",
];
type Row = (string | number | null)[];
const project = (
  id: string,
  name: string,
  phase: string,
  budget: number,
  ac: number,
  pct: number | string,
  pv: number,
): Row => [id, name, "Pat Kim", phase, "Green", JAN_1, APR_30, budget, ac, pct, pv, MAR_20];

const tracker = workbook("t.xlsx", [
  sheet("Projects", [
    HEADERS,
    project("P1", "Apollo", "Execution", 100_000, 50_000, 0.5, 50_000), // row 2: on plan
    project("P2", "Borealis", "Execution", 200_000, 10_000, "140%", 20_000), // row 3: % Complete 140 %
    project("P3", "Cobalt", "Execution", 300_000, 30_000, 0.1, 30_000), // row 4 ┐ one ID,
    project("P3", "Delta", "Planning", 400_000, 0, 0, 0), //                 row 5 ┘ two projects
    project("P4", "Echo", "Execution", 80_000, 20_000, 0.25, 20_000), // row 6 ┐ the same row
    project("P4", "Echo", "Execution", 80_000, 20_000, 0.25, 20_000), // row 7 ┘ handed in twice
    project("P5", "Fjord", "Closed", 50_000, 50_000, 1, 50_000), // row 8
  ]),
  sheet("Milestones", [
    ["Project ID", "Milestone", "Baseline Date", "Actual Date"],
    ["P1", "Design", d("2026-03-01"), null],
    ["P3", "Build", d("2026-03-10"), null],
    ["P5", "Handover", d("2026-02-01"), null],
    ["P4", "Pilot", d("2026-04-15"), null],
  ]),
  sheet("Resources", [
    ["Resource", "Role", "Annual Salary"],
    ["Ann", "Engineer", 104_000], // 50 / h
    ["Bob", "Engineer", 124_800], // 60 / h
    ["Cy", "Engineer", 83_200], // 40 / h → Engineer pay median 50 / h
    ["Dee", "Analyst", 62_400], // one Analyst: priced from the Rate Card, never from her 30 / h
  ]),
  sheet("Rate Card", [
    ["Role", "Hourly Rate"],
    ["Analyst", 45],
  ]),
  sheet("Allocations", [
    ["Resource", "Project ID", "Month", "Planned Hours", "Actual Hours"],
    ["Ann", "P1", "2026-03", 100, 80],
    ["Dee", "P1", "2026-03", 10, 10],
    ["Bob", "P3", "2026-03", 50, 50],
    ["Cy", "P4", "2026-03", 20, 600],
    ["Ann", "P1", "2026-04", 120, null],
  ]),
]);

const { report, portfolio } = analyseWorkbooks([tracker], {
  template: STANDARD_TEMPLATE,
  settings: testSettings({ asOf: "2026-03-31" }),
});
const brief = (f: { severity: string; rule: string; sheet: string; cell: string }) =>
  `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`;

describe("kpi-definitions v2 on a tracker that triggers every rule", () => {
  it("reports each rule's finding at its cell with its severity", () => {
    expect(portfolio.findings.map(brief)).toEqual([
      "error out-of-range Projects!J3",
      "error duplicate-id Projects!A4",
      "error duplicate-id Projects!A5",
      "warning duplicate-id Projects!A7",
      "warning closed-milestone-open Milestones!D4",
      "info cost-without-hours Projects!I3",
      "warning labour-exceeds-actual Projects!I6",
      "info cost-without-hours Projects!I8",
    ]);
    expect(report.validation.findings).toBe(portfolio.findings);
    const labour = portfolio.findings.find((f) => f.rule === "labour-exceeds-actual");
    expect(labour?.message).toBe(
      "Labour on this project, priced at role rates from Allocations, is USD 30,000, more than its Actual Cost USD 20,000. " +
        "Check that Actual Cost includes labour, and that the hours are booked to the right project.",
    );
  });

  it("leaves excluded projects out of every sum, lists them with the cell, and counts their RAG as Unknown", () => {
    expect(report.portfolio).toMatchObject({
      projects: 5,
      active: 4,
      counted: 3,
      bac: 230_000,
      pv: 120_000,
      ev: 120_000,
      ac: 120_000,
      spi: 1,
      cpi: 1,
      ragComputed: { Green: 2, Amber: 0, Red: 0, Unknown: 2 },
      watermelons: 0,
    });
    expect(report.portfolio.excluded).toEqual([
      { projectId: "P2", reason: "% Complete 140 % is above the maximum of 100 % at Projects!J3" },
      { projectId: "P3", reason: "duplicate Project ID (t.xlsx Projects!A4, t.xlsx Projects!A5)" },
    ]);
    const p2 = report.projects.find((p) => p.projectId === "P2");
    expect(p2).toMatchObject({
      excluded: true,
      computedRag: null,
      watermelon: false,
      bac: 200_000,
      ev: null,
      spi: null,
    });
    expect(report.projects.find((p) => p.projectId === "P3")).toMatchObject({
      excluded: true,
      bac: null,
      laborCost: 0,
    });
    expect(report.projects.map((p) => p.projectId)).toEqual(["P1", "P2", "P3", "P4", "P5"]);
  });

  it("leaves out a project whose Budget is a formula saved without its value, as a blank Budget is", () => {
    const rows = [
      HEADERS,
      project("P1", "Apollo", "Execution", 100_000, 50_000, 0.5, 50_000),
      project("P9", "Nova", "Execution", 0, 1_000, 0.1, 1_000),
    ];
    // H3 holds a formula with no cached value: the adapter gives no value and lists the address.
    const uncalculated = workbook("u.xlsx", [
      sheet(
        "Projects",
        rows.map((r, i) => (i === 2 ? r.map((v, c) => (c === 7 ? null : v)) : r)),
        { uncalculated: ["H3"] },
      ),
    ]);
    const settings = testSettings({ asOf: "2026-03-31" });
    const { portfolio, report } = analyseWorkbooks([uncalculated], { template: STANDARD_TEMPLATE, settings });
    expect(portfolio.findings.filter((f) => f.cell === "H3").map((f) => `${f.severity} ${f.rule}`)).toEqual([
      "warning formula-not-calculated",
    ]);
    expect(report.portfolio.excluded).toEqual([
      {
        projectId: "P9",
        reason:
          "Budget in H3 is a formula with no calculated value (the file was saved by a tool that does not calculate) at Projects!H3",
      },
    ]);
    expect(report.projects.find((p) => p.projectId === "P9")).toMatchObject({
      excluded: true,
      computedRag: null,
    });
    expect(report.portfolio).toMatchObject({ counted: 1, bac: 100_000 });
  });

  it("drops a shared ID's milestones and hours, and never counts a Closed project's milestone as overdue", () => {
    expect(report.milestones).toMatchObject({ total: 3, overdue: 1, upcoming: 1 });
    const bob = report.capacity.byResource.rows().filter((r) => r.resource === "Bob");
    expect(bob.map((r) => r.plannedHours)).toEqual([0, 0]);
  });

  it("prices labour by role and reports the rates with their sources", () => {
    expect(report.rates).toEqual([
      { role: "Analyst", hourlyRate: 45, source: "rate-card" },
      { role: "Engineer", hourlyRate: 50, source: "pay-median" },
    ]);
    expect(report.projects.find((p) => p.projectId === "P1")).toMatchObject({
      laborCost: 80 * 50 + 10 * 45,
      plannedLaborCost: (100 + 120) * 50 + 10 * 45,
      unpricedHours: 0,
    });
    expect(report.cost.byMonth).toEqual([
      { month: "2026-03", laborCost: 4450 + 30_000, plannedLaborCost: 5450 + 1000, unpricedHours: 0 },
      { month: "2026-04", laborCost: 0, plannedLaborCost: 6000, unpricedHours: 0 },
    ]);
    expect(report.unpricedHours).toBe(0);
  });

  it("averages utilisation over allocated people up to the as-of month and marks later months forecast", () => {
    // March 2026 has 22 working days: 176 h at 40 h/week. Bob's only hours were on the shared ID.
    expect(report.capacity.averageUtilization).toBeCloseTo(130 / (3 * 176), 12);
    expect(report.capacity.unallocated).toEqual({ people: 1, capacityHoursPerMonth: 176 });
    expect(report.capacity.byMonth.map((m) => [m.month, m.forecast])).toEqual([
      ["2026-03", false],
      ["2026-04", true],
    ]);
  });

  it("lists every active project that needs attention: excluded first, then by reasons and ID", () => {
    expect(report.attention).toEqual([
      {
        projectId: "P2",
        projectName: "Borealis",
        projectManager: "Pat Kim",
        reasons: [
          {
            kind: "excluded",
            text: "left out of the totals: % Complete 140 % is above the maximum of 100 % at Projects!J3",
          },
        ],
      },
      {
        projectId: "P3",
        projectName: "Cobalt",
        projectManager: "Pat Kim",
        reasons: [
          {
            kind: "excluded",
            text: "left out of the totals: duplicate Project ID (t.xlsx Projects!A4, t.xlsx Projects!A5)",
          },
        ],
      },
      {
        projectId: "P1",
        projectName: "Apollo",
        projectManager: "Pat Kim",
        reasons: [{ kind: "overdue-milestone", text: '1 overdue milestone: "Design" 30 days' }],
      },
    ]);
  });
});

describe("a Projects sheet without a required earned-value column", () => {
  it("leaves its projects out of the earned-value figures instead of reading every Budget as 0", () => {
    const noBudget = HEADERS.filter((h) => h !== "Budget");
    const row = (id: string, ac: number, pct: number): Row => [
      id,
      `Project ${id}`,
      "Pat Kim",
      "Execution",
      "Green",
      JAN_1,
      APR_30,
      ac,
      pct,
      ac,
      MAR_20,
    ];
    const a = workbook("a.xlsx", [
      sheet("Projects", [noBudget, row("A1", 50_000, 0.5), row("A2", 10_000, 0.2)]),
    ]);
    const b = workbook("b.xlsx", [
      sheet("Projects", [HEADERS, project("B1", "Bravo", "Execution", 100_000, 50_000, 0.5, 50_000)]),
    ]);
    const { report } = analyseWorkbooks([a, b], {
      template: STANDARD_TEMPLATE,
      settings: testSettings({ asOf: "2026-03-31" }),
    });
    const a1 = report.projects.find((p) => p.projectId === "A1");
    expect(a1).toMatchObject({ excluded: true, bac: null, cpi: null, computedRag: null, watermelon: false });
    expect(report.portfolio.excluded).toEqual([
      { projectId: "A1", reason: "sheet Projects has no Budget column" },
      { projectId: "A2", reason: "sheet Projects has no Budget column" },
    ]);
    // The other file's project alone makes the totals; before, A1 and A2 read as Red by CPI 0.
    expect(report.portfolio).toMatchObject({ counted: 1, bac: 100_000, ac: 50_000, watermelons: 0 });
    expect(report.portfolio.ragComputed).toEqual({ Green: 1, Amber: 0, Red: 0, Unknown: 2 });
  });
});

describe("a Projects row without a usable Project ID", () => {
  it("is in no figure, and the report lists it with its cell and name", () => {
    const rows = [
      HEADERS,
      project("P1", "Apollo", "Execution", 100_000, 50_000, 0.5, 50_000),
      project("#REF!", "Borealis", "Execution", 200_000, 10_000, 0.1, 20_000),
      ["", "Cobalt", "Pat Kim", "Execution", "Green", JAN_1, APR_30, 300_000, 30_000, 0.1, 30_000, MAR_20],
    ];
    const { report, portfolio } = analyseWorkbooks([workbook("t.xlsx", [sheet("Projects", rows)])], {
      template: STANDARD_TEMPLATE,
      settings: testSettings({ asOf: "2026-03-31" }),
    });
    expect(report.portfolio).toMatchObject({ projects: 1, bac: 100_000 });
    expect(report.portfolio.unidentified).toEqual([
      { file: "t.xlsx", place: "Projects!A3", projectName: "Borealis" },
      { file: "t.xlsx", place: "Projects!A4", projectName: "Cobalt" },
    ]);
    expect(
      portfolio.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`),
    ).toEqual(["excel-error A3", "required-missing A4"]);
  });

  it("leaves the key out when every row has its ID", () => {
    const { report } = analyseWorkbooks([tracker], {
      template: STANDARD_TEMPLATE,
      settings: testSettings({ asOf: "2026-03-31" }),
    });
    expect("unidentified" in report.portfolio).toBe(false);
  });
});
