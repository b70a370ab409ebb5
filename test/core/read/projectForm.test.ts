import { analyseWorkbooks } from "../../../src/core/analyse";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { dayFromYmd } from "../../../src/core/model/calendar";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, JAN_1_2026 } from "./fixtures";

const settings = testSettings({ asOf: "2026-10-31" });
const DEC_18_2026 = 46374;

/** A one-page status report: a title, then label | value pairs in columns A–B and D–E. */
function report(overrides: Record<string, RawScalar> = {}): RawScalar[][] {
  const pairs: [string, RawScalar, string, RawScalar][] = [
    ["Project Name:", "Apollo CRM", "Sponsor:", "Bob Ray"],
    ["Project Manager:", "Ann Lee", "Overall RAG:", "Amber"],
    ["Project Code:", "PRJ-042", "Programme:", "Digital"],
    ["Phase:", "Execution", "% Complete:", "55%"],
    ["Start Date:", JAN_1_2026, "Planned Finish:", DEC_18_2026],
    ["Budget:", 250000, "Actual Cost:", 140000],
  ];
  const value = (label: string, v: RawScalar): RawScalar =>
    label in overrides ? (overrides[label] ?? null) : v;
  return [
    ["Monthly Project Status Report"],
    [],
    ...pairs.map(([l1, v1, l2, v2]) => [l1, value(l1, v1), null, l2, value(l2, v2)]),
  ];
}

function read(rows: RawScalar[][], extra: ReturnType<typeof sheet>[] = [], s = settings) {
  return readPortfolio(
    [workbook("apollo.xlsx", [sheet("Status Report", rows), ...extra])],
    STANDARD_TEMPLATE,
    s,
  );
}

describe("a project's status report laid out as a form", () => {
  it("is read as the one Projects row, each label's value beside it", () => {
    const p = read(report());
    expect(p.projects).toHaveLength(1);
    const project = p.projects[0];
    expect([
      project?.projectId,
      project?.projectName,
      project?.projectManager,
      project?.status,
      project?.phase,
      project?.percentComplete,
      project?.budget,
    ]).toEqual(["PRJ-042", "Apollo CRM", "Ann Lee", "Amber", "Execution", 0.55, 250000]);
    expect(p.findings.map(brief)).toEqual(["info project-form Status Report!"]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Status Report" was read as one project\'s status report laid out as a form: its labels ' +
        "(Project Name in A3, Sponsor in D3, Project Manager in A4, Overall RAG in D4, …) with the values beside " +
        "them are the project's row in the Projects table. The PMO template's Projects sheet makes that certain.",
    );
    const binding = p.bindings[0];
    expect(binding?.form).toBe(true);
    expect(binding?.columns["budget"]).toEqual({ col: 2, header: "Budget", row: 8 });
    expect(binding?.columns["status"]).toEqual({ col: 5, header: "Overall RAG", row: 4 });
  });

  it("reports a bad value at its own cell, and the validator's findings name the value cells too", () => {
    const rows = report({ "Budget:": "lots", "Planned Finish:": JAN_1_2026 - 30 });
    const { report: kpis } = analyseWorkbooks([workbook("apollo.xlsx", [sheet("Status Report", rows)])], {
      template: STANDARD_TEMPLATE,
      settings,
    });
    const cells = kpis.validation.findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.rule} ${f.cell}`);
    expect(cells.sort()).toEqual(["baseline-before-start E7", "invalid-number B8"]);
  });

  it("reads a Status of a life-cycle word as the Phase when the form has no Phase, the RAG then missing", () => {
    const rows = report({ "Overall RAG:": "In Progress" }).map((row) =>
      row[0] === "Phase:" ? row.slice(2) : row,
    );
    const p = read(rows);
    expect([p.projects[0]?.phase, p.projects[0]?.status]).toEqual(["Execution", null]);
    const shown = p.findings.filter((f) => f.severity !== "info");
    expect(shown.map(brief)).toEqual([
      "warning status-read-as-phase Status Report!E4",
      "error required-column-missing Status Report!A3",
    ]);
    expect(shown[0]?.message).toBe(
      'Overall RAG (E4) gives a life-cycle word, not a RAG rating: "In Progress" is read as the Phase (Execution). ' +
        'Add a "RAG:" line with the project\'s rating (Green, Amber, Red).',
    );
    // With a Phase line of its own, the word is a bad rating at its cell, as any bad value.
    const withPhase = read(report({ "Overall RAG:": "In Progress" }));
    expect(
      withPhase.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`),
    ).toEqual(["invalid-enum E4"]);
  });

  it("holds a form's amounts and percentages to the bounds a table's cells have", () => {
    const p = read(report({ "Budget:": 1e300, "% Complete:": "140%" }));
    expect(p.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`)).toEqual([
      "number-too-large B8",
      "out-of-range E6",
    ]);
    expect([p.projects[0]?.budget, p.projects[0]?.percentComplete]).toEqual([null, null]);
  });

  it("identifies the project by its name without a Project ID, and reports what it does not give", () => {
    const rows = report({ "Project Code:": null, "Budget:": null }).map((row) =>
      row[0] === "Budget:" ? row.slice(2) : row,
    );
    const p = read(rows);
    expect(p.projects.map((row) => row["projectId"])).toEqual(["Apollo CRM"]);
    const errors = p.findings.filter((f) => f.severity === "error");
    expect(errors.map(brief)).toEqual([
      "error required-missing Status Report!A5",
      "error required-column-missing Status Report!A3",
    ]);
    expect(errors.map((f) => f.message)).toEqual([
      "Project Code (A5) has no value beside it, and the Projects table requires it: the project is identified " +
        "by its name instead, so a renamed project starts a new history. Enter the PMO's ID in the cell to its right.",
      'Sheet "Status Report" gives no Budget, which the Projects table requires: add a "Budget:" line with the ' +
        "project's value beside it.",
    ]);
    expect(p.bindings[0]?.missingRequired).toEqual(["projectId", "budget"]);
  });

  it("gives the other tables' rows without a Project ID to the project", () => {
    const milestones = sheet("Milestones", [
      ["Milestone", "Baseline Date", "Status"],
      ["Go-live", DEC_18_2026, "Not Started"],
    ]);
    const p = read(report(), [milestones]);
    expect(p.milestones.map((m) => m.projectId)).toEqual(["PRJ-042"]);
    expect(p.findings.map((f) => f.rule)).toEqual(["project-form"]);
  });

  it("reads the milestones and risks sections under the form, each cell at its own address", () => {
    const rows = [
      ...report(),
      [],
      ["Key Milestones"],
      ["Milestone", "Baseline Date", "Status"],
      ["Design sign-off", JAN_1_2026, "Complete"],
      ["Go-live", "soon", "Not Started"],
      [],
      ["Top Risks"],
      ["Risk ID", "Title", "Probability", "Impact", "Status"],
      ["R1", "Vendor late", "High", "Major", "Open"],
    ];
    const p = read(rows);
    expect(p.milestones.map((m) => [m.projectId, m.milestone])).toEqual([
      ["PRJ-042", "Design sign-off"],
      ["PRJ-042", "Go-live"],
    ]);
    expect(p.risks.map((r) => [r.projectId, r.riskId, r.probability, r.impact])).toEqual([
      ["PRJ-042", "R1", 4, 4],
    ]);
    expect(p.findings.map(brief)).toEqual([
      "info table-in-form Status Report!",
      "info table-in-form Status Report!",
      "info project-form Status Report!",
      "error invalid-date Status Report!B13",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Status Report" holds the Milestones table under its form: row 11 has 3 of its headers (Milestone, ' +
        "Baseline Date, Status).",
    );
    expect(p.bindings.map((b) => [b.table, b.headerRow])).toEqual([
      ["projects", 3],
      ["milestones", 11],
      ["risks", 16],
    ]);
  });

  it("looks for tables in the first ten sections under a form only", () => {
    const sections: RawScalar[][] = [];
    for (let i = 0; i < 5_000; i++) sections.push([], ["Milestone", "Baseline Date", "Status"]);
    const p = read([...report(), ...sections]);
    // Each section is a header without rows: the first is read (no rows), the others never looked at.
    expect(p.findings.filter((f) => f.rule === "table-in-form")).toHaveLength(1);
    expect(p.milestones).toEqual([]);
  });

  it("is not a table's header row, nor a sheet with too few fields, nor read when the project is named", () => {
    const header = read([
      ["Project Name", "Project Manager", "Phase", "Status"],
      ["Apollo", "Ann Lee", "Execution", "Green"],
    ]);
    expect(header.findings.map((f) => f.rule)).not.toContain("project-form");
    const few = read(
      report()
        .slice(0, 4)
        .map((row) => row.slice(0, 2)),
    );
    expect(few.findings.map((f) => f.rule)).toEqual(["not-a-tracker"]);
    const named = read(report(), [], testSettings({ asOf: "2026-10-31", projectId: "P-9" }));
    expect(named.projects).toEqual([]);
    expect(named.findings.map((f) => f.rule)).not.toContain("project-form");
  });
});

describe("a status report's blocks laid out across", () => {
  /** TemplateLab's and Microsoft Create's one-page reports: banners, a rating block, a budget table. */
  const rows: RawScalar[][] = [
    ["PROJECT STATUS REPORT"],
    [],
    ["Project Name:", "Apollo CRM", null, null, "Project ID:", "PRJ-2041"],
    ["Project Manager:", "Dana Kim", null, null, "Target End Date:", DEC_18_2026],
    ["Start Date:", JAN_1_2026, null, null, "% Complete:", 0.6],
    ["Phase:", "Execution"],
    [],
    // A rating per dimension: the labels across, the ratings under them.
    ["Overall", "Scope", "Schedule", "Budget", "Quality"],
    ["Amber", "Green", "Amber", "Green", "Green"],
    [],
    // Banners: each label over its amount, the next banner's label beside it.
    ["TOTAL BUDGET", null, "TOTAL ACTUAL", null, "UNDER (OVER)"],
    [660000, null, 476000, null, 184000],
    [],
    ["BUDGET"],
    ["Category", "Budget", "Actual", "Variance", "% Spent"],
    ["Labor", 420000, 265000, 155000, 0.63],
    ["Software", 240000, 211000, 29000, 0.88],
  ];

  it("reads the rating under its label, the banners' amounts under theirs, and no line item as the budget", () => {
    const p = read(rows);
    const project = p.projects[0];
    expect([
      project?.projectId,
      project?.status,
      project?.baselineFinish,
      project?.budget,
      project?.actualCost,
    ]).toEqual(["PRJ-2041", "Amber", dayFromYmd(2026, 12, 18), 660000, 476000]);
    expect(p.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(p.bindings[0]?.columns["status"]).toEqual({ col: 1, header: "Overall", row: 9 });
    expect(p.bindings[0]?.columns["budget"]).toEqual({ col: 1, header: "TOTAL BUDGET", row: 12 });
  });

  it("takes the block's Total row under Budget and Actual, the project's figures", () => {
    const noBanners = rows.filter((row) => !(row[0] === "TOTAL BUDGET" || row[0] === 660000));
    const p = read([...noBanners, ["Total", 660000, 476000, 184000, 0.72]]);
    expect([p.projects[0]?.budget, p.projects[0]?.actualCost]).toEqual([660000, 476000]);
    expect(p.bindings[0]?.columns["budget"]).toEqual({ col: 2, header: "Budget", row: 16 });
  });

  it("takes no value from a block's first line item when the block has several", () => {
    const noBanners = rows.filter((row) => !(row[0] === "TOTAL BUDGET" || row[0] === 660000));
    const p = read(noBanners);
    expect([p.projects[0]?.budget, p.projects[0]?.actualCost]).toEqual([null, null]);
    expect(p.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([
      'Sheet "Status Report" gives no Budget, which the Projects table requires: add a "Budget:" line with the ' +
        "project's value beside it.",
      'Sheet "Status Report" gives no Actual Cost, which the Projects table requires: add an "Actual Cost:" line ' +
        "with the project's value beside it.",
    ]);
  });
});
