/**
 * "Fix structure" against the Excel test double: the plan from the core, applied in one write
 * sync, never touching a user's cell or validation, and a failure at any sync (whole or half
 * applied) leaving the workbook exactly as it was.
 */
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { planStructureFix } from "../../src/core/plan/structureFix/planStructureFix";
import { readPortfolio } from "../../src/core/read/readPortfolio";
import { PULSE_THEME } from "../../src/core/plan/theme";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { AppError } from "../../src/excel/appError";
import { fixStructure } from "../../src/excel/fixStructure";
import { readWorkbookFromExcel } from "../../src/excel/readWorkbook";
import { createFakeExcel, seedSheet, seedTable } from "./support/fakeExcel";
import { ensureCell, getCell } from "./support/fakeState";

const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2026-03-31" };

/** Projects as an Excel table without Status and % Complete; Risks as plain cells without Impact. */
function incompleteTracker(options: { blockRight?: boolean; ownValidation?: boolean } = {}) {
  const fake = createFakeExcel({ name: "North.xlsx" });
  const projects = seedSheet(fake.state, {
    name: "Projects",
    values: [
      [
        "Project ID",
        "Project Name",
        "Project Manager",
        "Phase",
        "Start Date",
        "Baseline Finish",
        "Budget",
        "Actual Cost",
      ],
      ["P-1", "Payroll", "Ana", "Execution", 46023, 46295, 1000, 200],
      ["P-2", "CRM", "Bo", "Planning", 46054, 46387, 500, 0],
    ],
  });
  seedTable(fake.state, projects, "tblProjects", "A1:H3");
  if (options.blockRight === true) ensureCell(projects, 3, 10).value = "note";
  if (options.ownValidation === true) {
    projects.dataValidations.push({
      bounds: { top: 2, left: 4, bottom: 1_048_576, right: 4 },
      rule: { list: { inCellDropDown: true, source: "Go,Stop" } },
      ignoreBlanks: true,
    });
  }
  seedSheet(fake.state, {
    name: "Risks",
    at: "A3",
    values: [
      ["Risk ID", "Project ID", "Title", "Probability", "Status"],
      ["R-1", "P-1", "Vendor late", 3, "Open"],
    ],
  });
  return fake;
}

async function planFor(fake: ReturnType<typeof incompleteTracker>) {
  const raw = await fake.run((context) => readWorkbookFromExcel(context, {}));
  return planStructureFix(raw, STANDARD_TEMPLATE, SETTINGS);
}

describe("fixStructure", () => {
  it("says what it will add before it runs", async () => {
    const fix = await planFor(incompleteTracker());
    expect(fix.summary).toEqual([
      "Projects: add the required columns Status, % Complete at I1",
      "Projects: data validation on 10 columns, where there is none",
      "Risks: add the required column Impact at F3",
      "Risks: data validation on 6 columns, where there is none",
      "Add the sheet Milestones (an empty table with the template's headers)",
      "Add the sheet Resources (an empty table with the template's headers)",
      "Add the sheet Allocations (an empty table with the template's headers)",
      "Add the sheet Dependencies (an empty table with the template's headers)",
      "Add the sheet Salary Benchmarks (an empty table with the template's headers)",
      "Add the sheet Rate Card (an empty table with the template's headers)",
    ]);
    expect(fix.blocked).toEqual([]);
  });

  it("adds the columns at the end of the tables, the sheets and the validation in one write sync", async () => {
    const fake = incompleteTracker();
    const fix = await planFor(fake);
    const before = fake.syncs.length;
    const result = await fake.run((context) => fixStructure(context, fix, PULSE_THEME));
    // Inspect, the one write, then the added sheets' header rows frozen (each activated: office-js#3148).
    expect(fake.syncs.length - before).toBe(3);
    expect(result).toEqual({
      sheetsAdded: [
        "Milestones",
        "Resources",
        "Allocations",
        "Dependencies",
        "Salary Benchmarks",
        "Rate Card",
      ],
      columnsAdded: 3,
      validationsAdded: 16,
      validationsKept: 0,
    });
    const projects = fake.state.sheets.find((s) => s.name === "Projects");
    expect(projects?.tables[0]?.bounds).toEqual({ top: 1, left: 1, bottom: 3, right: 10 });
    expect(getCell(projects!, 1, 9)?.value).toBe("Status");
    expect(getCell(projects!, 1, 10)?.value).toBe("% Complete");
    // The user's rows are where they were.
    expect(getCell(projects!, 3, 2)?.value).toBe("CRM");
    const status = projects?.dataValidations.find((v) => v.bounds.left === 9);
    expect(status).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "Green,Amber,Red" } },
      errorAlert: { showAlert: true, style: "Stop", message: "Pick one of: Green, Amber, Red." },
    });
    const risks = fake.state.sheets.find((s) => s.name === "Risks");
    expect(getCell(risks!, 3, 6)).toMatchObject({ value: "Impact", numberFormat: "@" });
    expect(risks?.dataValidations.find((v) => v.bounds.left === 6)?.rule).toEqual({
      wholeNumber: { operator: "Between", formula1: 1, formula2: 5 },
    });
    const milestones = fake.state.sheets.find((s) => s.name === "Milestones");
    expect(milestones?.tables[0]?.name).toBe("Milestones");
    expect(milestones?.dataValidations.length).toBe(6);
  });

  it("reads as a complete tracker afterwards: no required column is missing", async () => {
    const fake = incompleteTracker();
    await fake.run((context) => fixStructure(context, fix0, PULSE_THEME));
    const again = await planFor(fake);
    expect(again.columns).toEqual([]);
    expect(again.sheets).toEqual([]);
  });
  it("adds a RAG column beside a life-cycle Status read as the Phase, which then reads as the Status", async () => {
    const fake = createFakeExcel({ name: "Tracker.xlsx" });
    seedSheet(fake.state, {
      name: "Projects",
      values: [
        [
          "Project ID",
          "Project Name",
          "Project Manager",
          "Status",
          "Start Date",
          "Baseline Finish",
          "Budget",
        ],
        ["P-1", "Payroll", "Ana", "In Progress", 46023, 46295, 1000],
        ["P-2", "CRM", "Bo", "Not Started", 46054, 46387, 500],
      ],
    });
    const fix = await planFor(fake);
    expect(fix.summary[0]).toBe("Projects: add the required columns RAG, Actual Cost, % Complete at H1");
    await fake.run((context) => fixStructure(context, fix, PULSE_THEME));
    const again = await planFor(fake);
    expect(again.columns).toEqual([]);
    const raw = await fake.run((context) => readWorkbookFromExcel(context, {}));
    const read = readPortfolio([raw], STANDARD_TEMPLATE, SETTINGS);
    expect(read.bindings[0]?.columns["phase"]?.header).toBe("Status");
    expect(read.bindings[0]?.columns["status"]?.header).toBe("RAG");
  });

  it("adds the Project ID column to a sheet whose projects are known by name, then reads the IDs there", async () => {
    const fake = createFakeExcel({ name: "Tracker.xlsx" });
    const headers = ["Project Name", "Project Manager", "Phase", "Status", "Start Date", "Baseline Finish"];
    seedSheet(fake.state, {
      name: "Projects",
      values: [
        [...headers, "Budget", "Actual Cost", "% Complete"],
        ["Payroll", "Ana", "Execution", "Green", 46023, 46295, 1000, 200, 0.2],
      ],
    });
    const before = readPortfolio(
      [await fake.run((context) => readWorkbookFromExcel(context, {}))],
      STANDARD_TEMPLATE,
      SETTINGS,
    );
    expect(before.projects.map((p) => p["projectId"])).toEqual(["Payroll"]);
    const fix = await planFor(fake);
    expect(fix.summary[0]).toBe("Projects: add the required column Project ID at J1");
    await fake.run((context) => fixStructure(context, fix, PULSE_THEME));
    const after = readPortfolio(
      [await fake.run((context) => readWorkbookFromExcel(context, {}))],
      STANDARD_TEMPLATE,
      SETTINGS,
    );
    expect(after.bindings[0]?.columns["projectId"]).toEqual({ col: 10, header: "Project ID" });
    expect(after.bindings[0]?.missingRequired).toEqual([]);
  });

  it("reads a status report laid out as a form from Excel, and adds no columns to it", async () => {
    const fake = createFakeExcel({ name: "Apollo.xlsx" });
    seedSheet(fake.state, {
      name: "Status Report",
      values: [
        ["Project Status Report"],
        ["Project Name:", "Apollo"],
        ["Project Manager:", "Ana"],
        ["Overall RAG:", "Green"],
        ["Budget:", 1000],
        ["Actual Cost:", 200],
      ],
    });
    const raw = await fake.run((context) => readWorkbookFromExcel(context, {}));
    const read = readPortfolio([raw], STANDARD_TEMPLATE, SETTINGS);
    expect(read.projects.map((p) => [p["projectId"], p["status"], p["budget"]])).toEqual([
      ["Apollo", "Green", 1000],
    ]);
    expect(read.bindings[0]?.columns["budget"]).toEqual({ col: 2, header: "Budget", row: 5 });
    const fix = await planFor(fake);
    expect(fix.columns).toEqual([]);
    expect(fix.summary.some((line) => line.startsWith("Status Report"))).toBe(false);
  });

  let fix0: Awaited<ReturnType<typeof planFor>>;
  beforeAll(async () => {
    fix0 = await planFor(incompleteTracker());
  });

  it("leaves a column the user validated alone, and reports a column that would land on data", async () => {
    const own = incompleteTracker({ ownValidation: true });
    const result = await own.run(async (context) => fixStructure(context, await planFor(own), PULSE_THEME));
    expect(result.validationsKept).toBe(1);
    const phase = own.state.sheets[0]?.dataValidations.filter((v) => v.bounds.left === 4);
    expect(phase).toEqual([
      expect.objectContaining({ rule: { list: { inCellDropDown: true, source: "Go,Stop" } } }),
    ]);

    const blocked = await planFor(incompleteTracker({ blockRight: true }));
    expect(blocked.blocked).toEqual([
      "Projects: cannot add Status, % Complete: cell J3 right of the headers holds data; add the columns by hand",
    ]);
    expect(blocked.columns.map((c) => c.sheet)).toEqual(["Risks"]);
  });

  for (const applyFirst of [0, "half"] as const) {
    it(`leaves the workbook as it was when any sync fails (${applyFirst === 0 ? "nothing" : "half"} applied)`, async () => {
      for (const at of [1, 2]) {
        const fake = incompleteTracker();
        const fix = await planFor(fake);
        const before = fake.snapshot();
        fake.failSync(fake.syncs.length + at, { applyFirst });
        await expect(fake.run((context) => fixStructure(context, fix, PULSE_THEME))).rejects.toBeInstanceOf(
          AppError,
        );
        expect({ at, workbook: fake.snapshot() }).toEqual({ at, workbook: before });
      }
    });
  }

  it("reports rollback-failed when the recovery fails too", async () => {
    const fake = incompleteTracker();
    const fix = await planFor(fake);
    const start = fake.syncs.length;
    fake.failSync(start + 2, { applyFirst: "half" });
    fake.failSync(start + 4);
    await expect(fake.run((context) => fixStructure(context, fix, PULSE_THEME))).rejects.toMatchObject({
      code: "rollback-failed",
    });
  });
});
