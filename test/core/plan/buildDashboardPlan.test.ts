import { buildDashboardPlan } from "../../../src/core/plan/buildDashboardPlan";
import { tileMoneyFormat } from "../../../src/core/plan/dashboardSheet";
import { OWNED_SHEET_NAMES, SHEET_NAMES } from "../../../src/core/model/ownedSheets";
import { emptyReport, makeProjectKpis, sampleInput } from "./support/makeReport";
import { cellMap, rangeValues, sheetByName } from "./support/planCells";

describe("buildDashboardPlan", () => {
  it("writes the six owned sheets in tab order (no follow-up or history without a cycle)", () => {
    const plan = buildDashboardPlan(sampleInput());
    expect(plan.sheets.map((s) => s.name)).toEqual(
      OWNED_SHEET_NAMES.filter((n) => n !== SHEET_NAMES.followUp && n !== SHEET_NAMES.history),
    );
    for (const sheet of plan.sheets) expect(() => cellMap(sheet)).not.toThrow();
  });

  it("puts the KPI tiles on the dashboard, coloured by their thresholds, labelled with what they count", () => {
    const dash = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.dashboard);
    const cells = cellMap(dash);
    // Portfolio SPI 0.90 is Amber (≥ 0.85), CPI 0.95 Green: the worse, Amber, is the portfolio RAG.
    expect(cells.get("B4")?.value).toBe("Portfolio RAG (SPI and CPI)");
    expect(cells.get("B5")).toMatchObject({ value: "Amber", style: "tileAmber" });
    expect(cells.get("C4")?.value).toBe("Active projects");
    expect(cells.get("C5")?.value).toBe(3);
    expect(cells.get("D5")?.value).toBe("2 · 1 · 0");
    expect(cells.get("F4")?.value).toBe("Portfolio SPI · 3 projects");
    expect(cells.get("F5")).toMatchObject({ value: 0.9, format: "0.00", style: "tileAmber" });
    expect(cells.get("G5")).toMatchObject({ value: 0.95, style: "tileGreen" });
    expect(cells.get("H4")?.value).toBe("Budget · 3 projects");
    expect(cells.get("B8")).toMatchObject({ value: 6300, format: "#,##0" }); // EAC, 9th tile
    // 280 / 344 = 81 % of allocated people's capacity: Green.
    expect(cells.get("F7")?.value).toBe("Utilisation · 1 allocated person");
    expect(cells.get("F8")).toMatchObject({ value: 280 / 344, style: "tileGreen" });
    expect(cells.get("H7")?.value).toBe("Compliance · 3 active projects");
    expect(cells.get("H8")).toMatchObject({ value: 2 / 3, format: "0%", style: "tileRed" });
    expect(cells.get("B2")?.value).toBe(
      "Example portfolio · as of 2026-11-30 · generated 2026-11-29 08:00 UTC",
    );
    expect(cells.get("B9")).toMatchObject({
      value: "Every project in scope is in the totals.",
      style: "note",
    });
  });

  it("names the excluded projects in one caveat line under the tiles", () => {
    const base = sampleInput();
    const excluded = [
      { projectId: "P-5", reason: "% Complete 140 % is above the maximum of 100 % at Projects!L7" },
      { projectId: "P-7", reason: "duplicate Project ID (a.xlsx Projects!A9, b.xlsx Projects!A3)" },
    ];
    const plan = buildDashboardPlan({
      ...base,
      report: { ...base.report, portfolio: { ...base.report.portfolio, excluded } },
    });
    const cells = cellMap(sheetByName(plan, SHEET_NAMES.dashboard));
    expect(cells.get("B9")).toEqual({
      value:
        "Not in the totals: 2 projects with data errors — P-5 (Projects!L7), P-7 (shared Project ID). See PMO Validation.",
      style: "warning",
    });
  });

  it("names the project rows without a usable Project ID in the caveat line too", () => {
    const base = sampleInput();
    const unidentified = [
      { file: "a.xlsx", place: "Projects!A40", projectName: "Data Lake" },
      { file: "b.xlsx", place: "Projects!A3", projectName: null },
    ];
    const alone = buildDashboardPlan({
      ...base,
      report: { ...base.report, portfolio: { ...base.report.portfolio, unidentified } },
    });
    expect(cellMap(sheetByName(alone, SHEET_NAMES.dashboard)).get("B9")).toEqual({
      value:
        'Not in the totals: 2 project rows without a usable Project ID — "Data Lake" (a.xlsx Projects!A40), ' +
        "b.xlsx Projects!A3. See PMO Validation.",
      style: "warning",
    });
    const excluded = [
      { projectId: "P-5", reason: "% Complete 140 % is above the maximum of 100 % at Projects!L7" },
    ];
    const both = buildDashboardPlan({
      ...base,
      report: {
        ...base.report,
        portfolio: { ...base.report.portfolio, excluded, unidentified: unidentified.slice(0, 1) },
      },
    });
    expect(cellMap(sheetByName(both, SHEET_NAMES.dashboard)).get("B9")?.value).toBe(
      "Not in the totals: 1 project with data errors — P-5 (Projects!L7). Nor 1 project row without a usable " +
        'Project ID — "Data Lake" (a.xlsx Projects!A40). See PMO Validation.',
    );
  });

  it("draws forecast months as their own series in the planned-hours slot", () => {
    const base = sampleInput();
    const byMonth = base.report.capacity.byMonth.map((m, i) => ({ ...m, forecast: i === 1 }));
    const plan = buildDashboardPlan({
      ...base,
      report: { ...base.report, capacity: { ...base.report.capacity, byMonth } },
    });
    const chart = sheetByName(plan, SHEET_NAMES.dashboard).charts.find((c) => c.id === "capacityVsDemand");
    expect(chart?.overlapColumns).toBe(true);
    expect(chart?.series.map((s) => [s.name, s.as, s.valueCache])).toEqual([
      ["Planned hours (demand)", "column", [200, null]],
      ["Forecast planned hours", "column", [null, 80]],
      ["Capacity hours", "line", [176, 168]],
    ]);
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

  it("plots only projects with both indices on the SPI/CPI bubble chart, the worst named, axes near the data", () => {
    const dash = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.dashboard);
    const bubble = dash.charts.find((c) => c.id === "spiVsCpi");
    expect(bubble?.series.map((s) => [s.name, s.label, s.categoryCache, s.valueCache, s.sizeCache])).toEqual([
      ["P-1", "seriesName", [0.8], [0.9], [4000]],
      ["P-2", "seriesName", [1], [1], [1000]],
    ]);
    expect(bubble).toMatchObject({ xAxisMin: 0.7, xAxisMax: 1.1, yAxisMin: 0.8, yAxisMax: 1.1 });
  });

  it("labels only the five worst projects and keeps the rest in one series", () => {
    const base = sampleInput();
    const projects = [0.7, 1.2, 0.9, 0.6, 1.0, 0.95, 0.8, 1.1].map((spi, i) =>
      makeProjectKpis({ projectId: `Q-${i}`, spi, cpi: 1 }),
    );
    const plan = buildDashboardPlan({ ...base, report: { ...base.report, projects } });
    const bubble = sheetByName(plan, SHEET_NAMES.dashboard).charts.find((c) => c.id === "spiVsCpi");
    expect(bubble?.series.map((s) => s.name)).toEqual(["Projects", "Q-3", "Q-0", "Q-6", "Q-2", "Q-5"]);
    expect(bubble?.series[0]?.categoryCache).toEqual([1.2, 1.0, 1.1]);
    expect(bubble).toMatchObject({ xAxisMin: 0.5, xAxisMax: 1.3 });
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

  it("shows each PM's Status Comment beside the RAG on PMO Projects, as literal text", () => {
    const base = sampleInput();
    const comment = '=HYPERLINK("http://x") vendor late';
    const projects = base.report.projects.map((p, i) => (i === 1 ? { ...p, statusComment: comment } : p));
    const sheet = sheetByName(
      buildDashboardPlan({ ...base, report: { ...base.report, projects } }),
      SHEET_NAMES.projects,
    );
    const cells = cellMap(sheet);
    expect(cells.get("H4")?.value).toBe("Status Comment");
    expect(cells.get("G4")?.value).toBe("Watermelon");
    expect(cells.get("H6")).toEqual({ value: comment });
    expect(cells.get("H5")?.value ?? null).toBeNull();
  });

  it("colours RAG and index columns on the projects table", () => {
    const projects = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.projects);
    expect(projects.tables).toEqual([{ name: "PMOProjects", range: "A4:AB7", style: "TableStyleLight9" }]);
    expect(projects.conditionalFormats).toContainEqual({
      kind: "textEquals",
      range: "E5:E7",
      text: "Red",
      style: "ragRed",
    });
    expect(projects.conditionalFormats).toContainEqual({
      kind: "iconSet",
      range: "O5:O7",
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
  it("shows the first 25 of the report's attention list with the Project Manager and reasons, and how many more", () => {
    const base = sampleInput();
    const attention = Array.from({ length: 30 }, (_, i) => ({
      projectId: `W-${String(i).padStart(2, "0")}`,
      projectName: `Project ${i}`,
      projectManager: "Pat Kim",
      reasons: [
        { kind: "red" as const, text: "computed Red (SPI 0.80)" },
        { kind: "stale" as const, text: "not updated for 40 days" },
      ],
    }));
    const plan = buildDashboardPlan({ ...base, report: { ...base.report, attention } });
    const dash = sheetByName(plan, SHEET_NAMES.dashboard);
    const cells = [...cellMap(dash).entries()];
    const header = cells.find(([, c]) => c.value === "Project Manager");
    expect(header).toBeDefined();
    const reasons = cells.filter(([, c]) => c.value === "computed Red (SPI 0.80); not updated for 40 days");
    expect(reasons).toHaveLength(25);
    expect(cells.map(([, c]) => c.value)).toContain("Needs attention (30)");
    expect(cells.map(([, c]) => c.value)).toContain(
      "…and 5 more projects need attention (all 30 are in the KPI JSON; every project's figures are on PMO Projects).",
    );
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

  it("are right-aligned over columns of numbers, like the numbers under them", () => {
    const cost = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.cost);
    const header = cost.blocks.find((b) => b.cells[0]?.[0]?.value === "Program")?.cells[0] ?? [];
    expect(header.map((c) => [c.value, c.style])).toEqual([
      ["Program", "tableHeader"],
      ["Budget", "tableHeaderRight"],
      ["Actual cost", "tableHeaderRight"],
      ["EAC", "tableHeaderRight"],
      ["Labour cost", "tableHeaderRight"],
      ["Planned labour", "tableHeaderRight"],
      ["Unpriced hours", "tableHeaderRight"],
    ]);
  });
});

describe("PMO Cost & Salary", () => {
  it("lists the rate each role is priced at and its source", () => {
    const cost = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.cost);
    const header = cost.blocks.find(
      (b) => b.cells[0]?.[0]?.value === "Role" && b.cells[0]?.[2]?.value === "Source",
    );
    const rows = cost.blocks.find((b) => b.row === (header?.row ?? 0) + 1 && b.col === header?.col);
    expect(rows?.cells.map((r) => r.map((c) => c.value))).toEqual([
      ["Engineer", 50, "Rate Card"],
      ["PMO Director", null, "no rate: hours unpriced"],
    ]);
  });
});

describe("decisions needed", () => {
  it("lists active projects' Decision Needed asks with their Status Comment, as literal text", () => {
    const base = sampleInput();
    const projects = [
      makeProjectKpis({
        projectId: "D-1",
        decisionNeeded: "=Approve the $150K contingency",
        statusComment: "On plan",
      }),
      makeProjectKpis({ projectId: "D-2", phase: "Closed", decisionNeeded: "Too late" }),
      makeProjectKpis({ projectId: "D-3" }),
    ];
    const plan = buildDashboardPlan({ ...base, report: { ...base.report, projects } });
    const dash = sheetByName(plan, SHEET_NAMES.dashboard);
    const cells = cellMap(dash);
    const section = [...cells.entries()].find(([, c]) => c.value === "Decisions needed (1)");
    expect(section).toBeDefined();
    const row = Number(section?.[0].slice(1)) + 2;
    expect(cells.get(`B${row}`)?.value).toBe("D-1");
    expect(cells.get(`D${row}`)?.value).toBe("=Approve the $150K contingency");
    expect(cells.get(`I${row}`)?.value).toBe("On plan");
    expect(dash.merges).toEqual(expect.arrayContaining([`D${row}:H${row}`, `I${row}:M${row}`]));
    expect(dash.print.area).toBe(`A1:M${row}`);
  });

  it("draws nothing when no PM asks for a decision", () => {
    const dash = sheetByName(buildDashboardPlan(sampleInput()), SHEET_NAMES.dashboard);
    expect([...cellMap(dash).values()].some((c) => String(c.value).startsWith("Decisions needed"))).toBe(
      false,
    );
  });
});
