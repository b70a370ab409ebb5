import { buildDashboardPlan } from "../../../src/core/plan/buildDashboardPlan";
import { tileMoneyFormat } from "../../../src/core/plan/dashboardSheet";
import { OWNED_SHEET_NAMES, SHEET_NAMES } from "../../../src/core/plan/sheetNames";
import { emptyReport, makeProjectKpis, sampleInput } from "./support/makeReport";
import { cellMap, rangeValues, sheetByName } from "./support/planCells";

describe("buildDashboardPlan", () => {
  it("writes the six owned sheets in tab order", () => {
    const plan = buildDashboardPlan(sampleInput());
    expect(plan.sheets.map((s) => s.name)).toEqual([...OWNED_SHEET_NAMES]);
    for (const sheet of plan.sheets) expect(() => cellMap(sheet)).not.toThrow();
  });

  it("puts the KPI tiles on the dashboard with their formats", () => {
    const dash = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.dashboard);
    const cells = cellMap(dash);
    expect(cells.get("B4")?.value).toBe("Active projects");
    expect(cells.get("B5")?.value).toBe(3);
    expect(cells.get("C4")?.value).toBe("Reported G · A · R");
    expect(cells.get("C5")?.value).toBe("2 · 1 · 0");
    expect(cells.get("E5")).toMatchObject({ value: 0.9, format: "0.00" });
    expect(cells.get("I5")).toMatchObject({ value: 6300, format: "#,##0" }); // EAC, 8th tile
    expect(cells.get("G7")?.value).toBe("Compliance"); // second row of tiles
    expect(cells.get("G8")).toMatchObject({ value: 2 / 3, format: "0%" });
    expect(cells.get("B2")?.value).toBe(
      "Example portfolio · as of 2026-11-30 · generated 2026-11-29 08:00 UTC",
    );
  });

  it("gives every chart ranges whose cells hold exactly the cached values", () => {
    const plan = buildDashboardPlan(sampleInput());
    const charts = plan.sheets.flatMap((s) => s.charts.map((c) => ({ sheet: s, chart: c })));
    expect(charts.map((c) => `${c.chart.id}:${c.chart.type}`)).toEqual([
      "ragDistribution:doughnut",
      "budgetByProgram:columnClustered",
      "capacityVsDemand:columnLine",
      "risksBySeverity:barClustered",
      "spiVsCpi:bubble",
      "costByRole:barClustered",
    ]);
    for (const { sheet, chart } of charts) {
      for (const series of chart.series) {
        expect(rangeValues(sheet, series.categories)).toEqual(series.categoryCache);
        expect(rangeValues(sheet, series.values)).toEqual(series.valueCache);
        if (series.sizes) expect(rangeValues(sheet, series.sizes)).toEqual(series.sizeCache);
      }
    }
  });

  it("plots only projects with both indices on the SPI/CPI bubble chart", () => {
    const dash = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.dashboard);
    const bubble = dash.charts.find((c) => c.id === "spiVsCpi");
    expect(bubble?.series[0]?.categoryCache).toEqual([0.8, 1]);
    expect(bubble?.series[0]?.sizeCache).toEqual([4000, 1000]);
  });

  it("never writes a suppressed group's salary anywhere, and shows an unpriced role's hours only", () => {
    const plan = buildDashboardPlan(sampleInput());
    const cost = sheetByName(plan, SHEET_NAMES.cost);
    const cells = [...cellMap(cost).entries()];
    const directorRows = cells
      .filter(([, c]) => c.value === "PMO Director")
      .map(([a]) => a.replace(/^[A-Z]+/, ""));
    // Salary table, rates used, labour by role.
    expect(directorRows.length).toBe(3);
    for (const row of directorRows) {
      const numbers = cells.filter(
        ([a, c]) => a.replace(/^[A-Z]+/, "") === row && typeof c.value === "number",
      );
      // Headcount and FTE (1 and 1), the market band (public data) and hours (10 actual, 10 planned, 10 unpriced) only.
      expect(
        numbers.map(([, c]) => c.value).every((v) => [1, 10, 150000, 200000].includes(v as number)),
      ).toBe(true);
    }
    const chart = cost.charts.find((c) => c.id === "costByRole");
    expect(chart?.series[0]?.categoryCache).toEqual(["Engineer"]);
  });

  it("keeps formula-looking tracker text as plain strings", () => {
    const plan = buildDashboardPlan(sampleInput());
    const values = plan.sheets.flatMap((s) => [...cellMap(s).values()].map((c) => c.value));
    expect(values).toContain('=HYPERLINK("http://x","y")');
    expect(values).toContain("+SUM(1,2)");
    expect(values).toContain("-2+3");
  });

  it("links findings to their cells only when they are in the same workbook", () => {
    const plan = buildDashboardPlan(sampleInput({ linkFindingsInFile: "trackers.xlsx" }));
    const cells = [...cellMap(sheetByName(plan, SHEET_NAMES.validation)).values()];
    const links = cells.filter((c) => c.link);
    expect(links).toEqual([{ value: "L5", style: "link", link: { sheet: "Projects", cell: "L5" } }]);
  });

  it("renders an empty portfolio with notes instead of empty charts", () => {
    const plan = buildDashboardPlan(
      sampleInput({ report: emptyReport(), attention: { overdueMilestones: [], overdueRisks: [] } }),
    );
    expect(plan.sheets.flatMap((s) => s.charts)).toEqual([]);
    expect(plan.sheets.flatMap((s) => s.tables)).toEqual([]);
    const notes = plan.sheets.flatMap((s) =>
      [...cellMap(s).values()].filter((c) => c.style === "note").map((c) => c.value),
    );
    expect(notes).toEqual(
      expect.arrayContaining([
        "No active projects: nothing to show.",
        "No allocations: add an Allocations sheet to see capacity vs demand.",
        "No projects found in the trackers.",
        "No findings: every tracker matches the template.",
      ]),
    );
  });

  it("is deterministic for the same input", () => {
    expect(JSON.stringify(buildDashboardPlan(sampleInput()))).toBe(
      JSON.stringify(buildDashboardPlan(sampleInput())),
    );
  });

  it("colours RAG and index columns on the projects table", () => {
    const projects = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.projects);
    expect(projects.tables).toEqual([{ name: "PMOProjects", range: "A4:AA7", style: "TableStyleLight9" }]);
    expect(projects.conditionalFormats).toContainEqual({
      kind: "textEquals",
      range: "E5:E7",
      text: "Red",
      style: "ragRed",
    });
    expect(projects.conditionalFormats).toContainEqual({
      kind: "iconSet",
      range: "N5:N7",
      icons: "3TrafficLights1",
      thresholds: [0.85, 0.95],
    });
  });
});

describe("tileMoneyFormat", () => {
  it("shows millions, thousands or whole amounts so tiles stay readable", () => {
    expect(tileMoneyFormat([45_363_000, -3_221_754])).toBe('#,##0.0,,"M"');
    expect(tileMoneyFormat([250_000])).toBe('#,##0,"K"');
    expect(tileMoneyFormat([6_300, -300])).toBe("#,##0");
  });

  it("keeps the chart data out of the dashboard's print area", () => {
    const dash = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.dashboard);
    expect(dash.print.area).toMatch(/^A1:M\d+$/);
  });
});

describe("needs attention", () => {
  it("lists one row per project, at most 25, and says how many more need attention", () => {
    const base = sampleInput();
    const projects = Array.from({ length: 30 }, (_, i) =>
      makeProjectKpis({ projectId: `W-${String(i).padStart(2, "0")}`, watermelon: true, computedRag: "Red" }),
    );
    const plan = buildDashboardPlan({
      ...base,
      report: { ...base.report, projects },
      attention: { overdueMilestones: [], overdueRisks: [] },
    });
    const cells = [...cellMap(sheetByName(plan, SHEET_NAMES.dashboard)).values()].map((c) => c.value);
    const rows = cells.filter(
      (v) => typeof v === "string" && v.endsWith(": watermelon (reported Green, computed Red)"),
    );
    expect(rows).toHaveLength(25);
    expect(cells).toContain("…and 5 more projects: see PMO Projects.");
  });
});

describe("table headers", () => {
  it("get a two-line row when a header is wider than its column", () => {
    const plan = buildDashboardPlan(sampleInput());
    const projects = sheetByName(plan, SHEET_NAMES.projects);
    expect(projects.rowHeights).toContainEqual({ row: 4, height: 30 }); // "Reported RAG" in a 10-wide column
    const risks = sheetByName(plan, SHEET_NAMES.risks);
    const dependencyHeader = risks.blocks.find((b) => b.cells[0]?.[0]?.value === "From project");
    // "Milestones (from → to)" in a 14-wide column.
    expect(risks.rowHeights).toEqual([{ row: dependencyHeader?.row, height: 30 }]);
    const validation = sheetByName(plan, SHEET_NAMES.validation);
    const severityHeader = validation.blocks.find((b) => b.cells[0]?.[0]?.value === "Severity");
    expect(validation.rowHeights?.some((h) => h.row === severityHeader?.row)).toBe(false);
  });
});
