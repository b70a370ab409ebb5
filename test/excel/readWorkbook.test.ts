import { AppError } from "../../src/excel/appError";
import { readOpenWorkbook } from "../../src/excel/entryPoints";
import { OWNED_SHEETS_SETTING } from "../../src/excel/ownership";
import { READ_BYTES_PER_CELL } from "../../src/excel/payload";
import { readWorkbookFromExcel } from "../../src/excel/readWorkbook";
import { EXCEL_WEB_LIMITS } from "./support/fakeContext";
import { createFakeExcel, seedFormula, seedSheet, seedTable } from "./support/fakeExcel";
import { formatsOf, plainBook, rowOf } from "../support/rawGrid";
import { MAX_MERGED_AREAS } from "./support/fakeRangeAreas";
import { readPortfolio } from "../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { testSettings } from "../core/support/rawWorkbook";

function trackerFake(date1904 = false) {
  const fake = createFakeExcel({ name: "Tracker.xlsx", date1904 });
  const projects = seedSheet(fake.state, {
    name: "Projects",
    at: "B2",
    values: [
      ["Project ID", "Start", "Progress", "Budget"],
      ["P-1", 46023, 0.45, 1200],
      ["P-2", "", "#N/A", 900],
    ],
    formats: [[], ["General", "yyyy-mm-dd", "0%", "#,##0"], ["General", "yyyy-mm-dd", "General", "#,##0"]],
  });
  seedTable(fake.state, projects, "tblProjects", "B2:E4");
  seedFormula(projects, 5, 5, "=SUM(E3:E4)", 2100);
  seedSheet(fake.state, { name: "Notes", values: [["hidden but read"]], visibility: "Hidden" });
  seedSheet(fake.state, { name: "AddinStore", values: [["x"]], visibility: "VeryHidden" });
  seedSheet(fake.state, { name: "Empty", values: [] });
  const dashboard = seedSheet(fake.state, { name: "PMO Dashboard", values: [["ours"]] });
  fake.state.settings.set(OWNED_SHEETS_SETTING, JSON.stringify([dashboard.id]));
  return fake;
}

describe("readWorkbookFromExcel", () => {
  it("reads a small multi-sheet workbook into RawWorkbook in 3 syncs", async () => {
    const fake = trackerFake();
    const raw = await readOpenWorkbook({}, fake.run);
    expect(plainBook(raw)).toEqual({
      file: "Tracker.xlsx",
      date1904: false,
      sheets: [
        {
          name: "Projects",
          top: 2,
          left: 2,
          values: [
            ["Project ID", "Start", "Progress", "Budget"],
            ["P-1", 46023, 0.45, 1200],
            ["P-2", null, "#N/A", 900],
            [null, null, null, 2100],
          ],
          formats: [
            ["General", "General", "General", "General"],
            ["General", "yyyy-mm-dd", "0%", "#,##0"],
            ["General", "yyyy-mm-dd", "General", "#,##0"],
            ["General", "General", "General", "General"],
          ],
          listObjects: [
            { name: "tblProjects", hasHeader: true, totalsRowCount: 0, top: 2, left: 2, bottom: 4, right: 5 },
          ],
        },
        { name: "Notes", top: 1, left: 1, values: [["hidden but read"]], formats: [["General"]] },
        { name: "Empty", top: 1, left: 1, values: [], formats: [] },
      ],
    });
    expect(fake.syncs).toHaveLength(3);
  });

  it("gives a table's shown totals row (Table.showTotals) as its totals row", async () => {
    const fake = createFakeExcel({ name: "Tracker.xlsx" });
    const projects = seedSheet(fake.state, {
      name: "Projects",
      values: [
        ["Project ID", "Budget"],
        ["P-1", 1],
        ["P-2", 2],
        [2, 3],
      ],
    });
    seedTable(fake.state, projects, "tblProjects", "A1:B4", true, true);
    const raw = await readOpenWorkbook({}, fake.run);
    expect(raw.sheets[0]?.listObjects).toEqual([
      { name: "tblProjects", hasHeader: true, totalsRowCount: 1, top: 1, left: 1, bottom: 4, right: 2 },
    ]);
  });

  it("detects the 1904 date system and uses the given file name", async () => {
    const fake = trackerFake(true);
    const raw = await readOpenWorkbook({ fileName: "mac.xlsx" }, fake.run);
    expect(raw.date1904).toBe(true);
    expect(raw.file).toBe("mac.xlsx");
  });

  it("reads a 100,000-row sheet in row chunks that each stay under the 5 MB limit", async () => {
    const fake = createFakeExcel();
    const rows = 100_000;
    const values = Array.from({ length: rows }, (_, i) => [
      `Task ${i}`,
      46000 + (i % 365),
      i * 1.5,
      i % 2 === 0,
    ]);
    seedSheet(fake.state, {
      name: "Tasks",
      values,
      formats: values.map(() => ["General", "yyyy-mm-dd", "#,##0.00", "General"]),
    });
    const raw = await readOpenWorkbook({}, fake.run);
    const sheet = raw.sheets[0];
    expect(sheet?.cells.height).toBe(rows);
    expect(rowOf(sheet, 99_999)).toEqual(["Task 99999", 46000 + (99_999 % 365), 99_999 * 1.5, false]);
    expect(formatsOf(sheet)[5]).toEqual(["General", "yyyy-mm-dd", "#,##0.00", "General"]);
    const rowsPerChunk = Math.floor(4_000_000 / (4 * READ_BYTES_PER_CELL));
    const chunks = Math.ceil(rows / rowsPerChunk);
    expect(chunks).toBe(4);
    const loads = fake.syncs
      .slice(2)
      .reduce((n, s) => n + s.operations.filter((o) => o === "Range.load").length, 0);
    expect(loads).toBe(chunks);
    expect(fake.syncs).toHaveLength(2 + chunks);
    const maxResponse = Math.max(...fake.syncs.map((s) => s.responseBytes));
    expect(maxResponse).toBeLessThan(EXCEL_WEB_LIMITS.maxResponseBytes);
    expect(fake.syncs.every((s) => !s.failed)).toBe(true);
  });

  it("retries with smaller chunks when Excel says a response is too large", async () => {
    const fake = createFakeExcel({ limits: { maxRequestBytes: 5_000_000, maxResponseBytes: 400_000 } });
    const long = "x".repeat(200);
    seedSheet(fake.state, { name: "Long", values: Array.from({ length: 3000 }, (_, i) => [`${long}${i}`]) });
    const context = fake.newContext();
    const raw = await readWorkbookFromExcel(context, { budgetBytes: 400_000 });
    expect(rowOf(raw.sheets[0], 2999)).toEqual([`${long}2999`]);
    expect(fake.syncs.some((s) => s.errorCode === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(fake.syncs.filter((s) => !s.failed).every((s) => s.responseBytes <= 400_000)).toBe(true);
  });

  it("turns an Excel failure into an AppError naming the action", async () => {
    const fake = trackerFake();
    fake.failSync(2, { code: "InvalidOperationInCellEditMode" });
    const error = await readOpenWorkbook({}, fake.run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "cell-editing",
      message: expect.stringMatching(/^Reading the workbook failed/),
    });
  });

  describe("merged areas (ExcelApi 1.13)", () => {
    /** A grouped tracker: headers merged over two rows, a group label across two columns, a heading. */
    function groupedFake(extraMerges = 0) {
      const fake = createFakeExcel({ name: "Grouped.xlsx" });
      const sheet = seedSheet(fake.state, {
        name: "Projects",
        values: [
          [
            "Project ID",
            "Project Name",
            "PM",
            "Phase",
            "Status",
            "Baseline",
            "",
            "Budget",
            "Actual Cost",
            "% Complete",
          ],
          ["", "", "", "", "", "Start", "Finish", "", "", ""],
          ["Digital Programme", "", "", "", "", "", "", "", "", ""],
          ["P-1", "Alpha", "Ann Lee", "Execution", "Green", 46023, 46142, 1000, 400, 0.4],
        ],
      });
      // Every header but the two dates merged over both header rows; Baseline across F:G.
      for (const col of [1, 2, 3, 4, 5, 8, 9, 10])
        sheet.merges.push({ top: 1, left: col, bottom: 2, right: col });
      sheet.merges.push({ top: 1, left: 6, bottom: 1, right: 7 }, { top: 3, left: 1, bottom: 3, right: 10 });
      for (let i = 0; i < extraMerges; i++)
        sheet.merges.push({ top: 10 + i, left: 12, bottom: 10 + i, right: 13 });
      return fake;
    }

    it("reads each sheet's merged areas in the same sync as its used range", async () => {
      const fake = groupedFake();
      const raw = await readOpenWorkbook({ mergedAreas: true }, fake.run);
      expect(raw.sheets[0]?.merges).toHaveLength(10);
      expect(raw.sheets[0]?.merges?.slice(-2)).toEqual([
        { top: 1, left: 6, bottom: 1, right: 7 },
        { top: 3, left: 1, bottom: 3, right: 10 },
      ]);
      expect(fake.syncs).toHaveLength(3);
      // Without ExcelApi 1.13 the merges are not asked for.
      const older = groupedFake();
      expect((await readOpenWorkbook({}, older.run)).sheets[0]?.merges).toBeUndefined();
    });

    it("sends the batch again without them when a sheet has more than 512 (Excel fails the batch)", async () => {
      const fake = groupedFake(MAX_MERGED_AREAS - 9);
      const raw = await readOpenWorkbook({ mergedAreas: true }, fake.run);
      expect(raw.sheets[0]?.merges).toBeUndefined();
      expect(rowOf(raw.sheets[0], 3).slice(0, 2)).toEqual(["P-1", "Alpha"]);
      expect(fake.syncs).toHaveLength(4);
    });

    it("gives the pane the reading the .xlsx reader gives: headings skipped, group labels read", async () => {
      const raw = await readOpenWorkbook({ mergedAreas: true }, groupedFake().run);
      const portfolio = readPortfolio([raw], STANDARD_TEMPLATE, testSettings());
      expect(portfolio.projects.map((p) => p.projectId)).toEqual(["P-1"]);
      expect(portfolio.bindings[0]?.columns["baselineFinish"]).toEqual({ col: 7, header: "Baseline Finish" });
      expect(portfolio.findings.filter((f) => f.severity !== "info")).toEqual([]);
      expect(portfolio.findings.map((f) => `${f.rule} ${f.cell}`)).toContain("section-heading A3");
    });
  });

  it("reads numbered IDs, names for IDs and a weekly plan in the pane as the .xlsx reader does", async () => {
    const fake = createFakeExcel({ name: "Team.xlsx" });
    const header = ["Project ID", "Project Name", "Project Manager", "Phase", "Status", "Start Date"];
    seedSheet(fake.state, {
      name: "Projects",
      values: [
        [...header, "Baseline Finish", "Budget", "Actual Cost", "% Complete"],
        [1, "Apollo", "Ann Lee", "Execution", "Green", 46023, 46142, 1000, 400, 0.45],
        [2, "Zeus", "Bob Ray", "Execution", "Amber", 46023, 46142, 1000, 400, 0.45],
      ],
      // Excel gives each cell's format: the IDs show as P-001 and P-002.
      formats: [[], ['"P-"000'], ['"P-"000']],
    });
    seedSheet(fake.state, {
      name: "Resource Plan",
      values: [
        ["Resource", "Project", "w/c 05/01/2026", "w/c 12/01/2026", "w/c 02/02/2026"],
        ["Ann Lee", "Zeus", 8, 8, 16],
      ],
    });
    const raw = await readOpenWorkbook({}, fake.run);
    const portfolio = readPortfolio([raw], STANDARD_TEMPLATE, testSettings());
    expect(portfolio.projects.map((p) => p.projectId)).toEqual(["P-001", "P-002"]);
    expect(portfolio.allocations.map((a) => [a.projectId, a.plannedHours])).toEqual([
      ["P-002", 16],
      ["P-002", 16],
    ]);
    expect(portfolio.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(
      expect.arrayContaining(["months-across Resource Plan!C1", "project-by-name Resource Plan!B2"]),
    );
  });
});
