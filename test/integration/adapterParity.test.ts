/**
 * The add-in and the CLI must produce the same dashboard from the same tracker. The demo tracker is
 * loaded into the Excel test double exactly as Excel would hold it (the values and number formats
 * the .xlsx has), read back through the Office.js adapter, and compared with the file path at each
 * stage: findings and KPIs, then the rendered dashboard sheets.
 */
import { analyseWorkbooks, type Analysis } from "../../src/core/analyse";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import type { TrackerSheets } from "../../src/core/example";
import type { RawSheet, RawWorkbook } from "../../src/core/model/raw";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import type { DashboardPlan } from "../../src/core/plan/types";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { readWorkbookFromExcel } from "../../src/excel/readWorkbook";
import { refreshDashboard } from "../../src/excel/refreshDashboard";
import { writeDashboardXlsx } from "../../src/file/dashboard/writeDashboardXlsx";
import { readXlsxBuffer } from "../../src/file/readXlsx";
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";
import { columnLetters } from "../excel/support/fakeA1";
import { createFakeExcel, seedSheet, type FakeExcel } from "../excel/support/fakeExcel";
import type { ChartView, SheetView } from "../support/dashboardView";
import { sortedBy } from "../support/dashboardView";
import { xlsxDashboardView } from "../support/xlsxDashboardView";
import { fakeSheetView } from "./fakeDashboardView";
import { valuesOf } from "../support/rawGrid";

const AS_OF = "2026-10-31";
const FILE = "example-portfolio.xlsx";
const HYPERLINK_NAME = '=HYPERLINK("http://x","y")';
const FORMULA_PROGRAM = "+SUM(1,2)";
const options = { template: STANDARD_TEMPLATE, settings: { ...DEFAULT_SETTINGS, asOf: AS_OF } };

/** The demo tracker, with formula-looking text in a Project Name and a Program. */
function demoSpec(): TrackerSheets {
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: AS_OF, withErrors: true });
  return {
    sheets: spec.sheets.map((sheet) => {
      if (sheet.name !== "Projects") return sheet;
      const name = sheet.header.indexOf("Project Name");
      const program = sheet.header.indexOf("Program");
      const rows = sheet.rows.map((row, r) =>
        row.map((cell, c) =>
          r === 0 && c === name ? HYPERLINK_NAME : r === 1 && c === program ? FORMULA_PROGRAM : cell,
        ),
      );
      return { ...sheet, rows };
    }),
  };
}

/** Puts each sheet's values and number formats into the fake, where the used range starts. */
function seedFromRaw(fake: FakeExcel, raw: RawWorkbook): void {
  raw.sheets.forEach((sheet: RawSheet) =>
    seedSheet(fake.state, {
      name: sheet.name,
      at: `${columnLetters(sheet.left)}${sheet.top}`,
      values: valuesOf(sheet).map((row) => row.map((v) => v ?? "")),
      formats: valuesOf(sheet).map((row, r) => row.map((_, c) => sheet.cells.format(r, c) ?? undefined)),
    }),
  );
}

function planOf(analysis: Analysis): DashboardPlan {
  return buildDashboardPlan({
    report: analysis.report,
    attention: analysis.attention,
    portfolioName: "Example portfolio",
    generatedAt: "2026-11-01 09:00 UTC",
  });
}

function chartsBySeriesRange(charts: readonly ChartView[]): ChartView[] {
  // An Excel combo chart lists its column series before its line series; the plan's order is not compared.
  return charts.map((c) => ({ ...c, series: sortedBy(c.series, (s) => s.values) }));
}

describe("add-in and CLI parity on the demo tracker", () => {
  let fileAnalysis: Analysis;
  let excelAnalysis: Analysis;
  let fake: FakeExcel;
  let trackerSheetNames: string[];

  beforeAll(async () => {
    const raw = await readXlsxBuffer(await trackerXlsxBuffer(demoSpec()), FILE);
    fileAnalysis = analyseWorkbooks([raw], options);
    fake = createFakeExcel({ name: "Book1.xlsx" });
    seedFromRaw(fake, raw);
    trackerSheetNames = fake.state.sheets.map((s) => s.name);
    const fromExcel = await fake.run((context) => readWorkbookFromExcel(context, { fileName: FILE }));
    excelAnalysis = analyseWorkbooks([fromExcel], options);
  });

  it("finds the same findings in the workbook as in the file (the 8 planted errors among them)", () => {
    expect(excelAnalysis.portfolio.findings).toEqual(fileAnalysis.portfolio.findings);
    // 8 planted, and the row whose Project ID the planted duplicate repeats.
    expect(fileAnalysis.portfolio.findings.filter((f) => f.severity === "error")).toHaveLength(9);
  });

  it("computes the same KPI report and attention lists", () => {
    expect(excelAnalysis.report).toEqual(fileAnalysis.report);
    expect(excelAnalysis.attention).toEqual(fileAnalysis.attention);
    expect(fileAnalysis.report.projects.map((p) => p.projectName)).toContain(HYPERLINK_NAME);
    expect(fileAnalysis.report.projects.map((p) => p.program)).toContain(FORMULA_PROGRAM);
  });

  describe("the rendered dashboard", () => {
    const plan = () => planOf(fileAnalysis);
    let fromFake: Map<string, SheetView>;
    let fromXlsx: Map<string, SheetView>;

    beforeAll(async () => {
      const refreshed = await fake.run((context) => refreshDashboard(context, plan()));
      // The workbook has no sheet or table named like ours, so nothing is renamed.
      expect(refreshed.map((s) => s.name)).toEqual(plan().sheets.map((s) => s.name));
      fromFake = new Map(
        refreshed.map((s) => {
          const sheet = fake.state.sheets.find((x) => x.id === s.id);
          if (!sheet) throw new Error(`The fake has no sheet ${s.name}`);
          return [s.planName, fakeSheetView(sheet)];
        }),
      );
      fromXlsx = await xlsxDashboardView(await writeDashboardXlsx(plan(), { timestamp: new Date(0) }));
    });

    const sheetNames = () => plan().sheets.map((s) => s.name);
    const both = (name: string): [SheetView, SheetView] => {
      const a = fromFake.get(name);
      const b = fromXlsx.get(name);
      if (!a || !b) throw new Error(`Sheet ${name} is missing from an output`);
      return [a, b];
    };

    it("keeps the tracker sheets and adds the six PMO sheets in both", () => {
      expect(fake.state.sheets.map((s) => s.name)).toEqual([...trackerSheetNames, ...sheetNames()]);
      expect([...fromXlsx.keys()]).toEqual(sheetNames());
      expect(sheetNames()).toHaveLength(6);
    });

    it("writes the same value in every non-empty cell of every PMO sheet", () => {
      for (const name of sheetNames()) {
        const [excel, file] = both(name);
        expect(Object.keys(file.cells).length).toBeGreaterThan(20);
        expect({ sheet: name, cells: excel.cells }).toEqual({ sheet: name, cells: file.cells });
      }
    });

    it("gives every numeric cell the same number format", () => {
      for (const name of sheetNames()) {
        const [excel, file] = both(name);
        expect({ sheet: name, formats: excel.numberFormats }).toEqual({
          sheet: name,
          formats: file.numberFormats,
        });
      }
      // Key cells: the dashboard tiles (count, index, money, percentage).
      const [excel] = both("PMO Dashboard");
      expect(Object.values(excel.numberFormats)).toEqual(expect.arrayContaining(["#,##0", "0.00", "0%"]));
    });

    it("creates the same tables, conditional formats and charts", () => {
      for (const name of sheetNames()) {
        const [excel, file] = both(name);
        const planSheet = plan().sheets.find((s) => s.name === name);
        expect({ sheet: name, tables: excel.tables }).toEqual({ sheet: name, tables: file.tables });
        expect(excel.tables.map((t) => t.range)).toEqual(planSheet?.tables.map((t) => t.range));
        const byRange = (list: SheetView["conditionalFormats"]) =>
          sortedBy(list, (c) => `${c.range} ${c.kind} ${c.rule}`);
        expect({ sheet: name, cf: byRange(excel.conditionalFormats) }).toEqual({
          sheet: name,
          cf: byRange(file.conditionalFormats),
        });
        expect(excel.conditionalFormats).toHaveLength(planSheet?.conditionalFormats.length ?? -1);
        expect({ sheet: name, charts: chartsBySeriesRange(excel.charts) }).toEqual({
          sheet: name,
          charts: chartsBySeriesRange(file.charts),
        });
        expect(excel.charts.map((c) => c.type)).toEqual(planSheet?.charts.map((c) => c.type));
      }
      const total = (views: Map<string, SheetView>) =>
        [...views.values()].reduce((n, v) => n + v.charts.length, 0);
      expect(total(fromXlsx)).toBe(plan().sheets.reduce((n, s) => n + s.charts.length, 0));
      expect(total(fromXlsx)).toBeGreaterThan(0);
    });

    it("writes formula-looking tracker text as literal text in both outputs", () => {
      const texts = [HYPERLINK_NAME, FORMULA_PROGRAM];
      for (const name of sheetNames()) {
        const [excel, file] = both(name);
        expect({ sheet: name, formulas: excel.formulas }).toEqual({ sheet: name, formulas: [] });
        expect({ sheet: name, formulas: file.formulas }).toEqual({ sheet: name, formulas: [] });
      }
      for (const text of texts) {
        const cellsWith = (views: Map<string, SheetView>) =>
          [...views.entries()].flatMap(([sheet, view]) =>
            Object.entries(view.cells)
              .filter(([, v]) => v === text)
              .map(([address]) => `${sheet}!${address}`),
          );
        expect(cellsWith(fromXlsx).length).toBeGreaterThan(0);
        expect(cellsWith(fromFake)).toEqual(cellsWith(fromXlsx));
      }
    });
  });
});
