import type { DashboardPlan, SheetPlan } from "../../src/core/plan/types";
import { applyDashboardPlan } from "../../src/excel/applyDashboardPlan";
import { AppError } from "../../src/excel/appError";
import { widthToPoints } from "../../src/excel/sheetSteps";
import { snapshotWorkbook } from "./support/fakeSnapshot";
import { createFakeExcel, seedSheet } from "./support/fakeExcel";
import { rangeAddress } from "./support/fakeRange";
import type { FakeSheet } from "./support/fakeState";
import { TEST_THEME, cell, emptySheet } from "./support/planFixtures";

const UNTRUSTED = [
  '=HYPERLINK("http://evil","x")',
  "+cmd|' /C calc'!A0",
  "-1+1",
  "@SUM(A1)",
  "00123",
  "TRUE",
  "1e5",
];

const dashboard: SheetPlan = {
  name: "PMO Dashboard",
  tabColor: "1F3864",
  showGridLines: false,
  columnWidths: [
    { col: 1, width: 20 },
    { col: 2, width: 12 },
  ],
  freeze: { rows: 2, cols: 1 },
  merges: ["A1:D1"],
  blocks: [
    { row: 1, col: 1, cells: [[cell("Portfolio pulse", "title")]] },
    {
      row: 2,
      col: 1,
      cells: [
        [
          cell("Project", "tableHeader"),
          cell("SPI", "tableHeader"),
          cell("Start", "tableHeader"),
          cell("RAG", "tableHeader"),
        ],
        [
          { value: "Alpha", style: "link", link: { sheet: "PMO Projects", cell: "A5" } },
          cell(0.92, "body", "0.00"),
          cell(46023, "body", "yyyy-mm-dd"),
          cell("Amber", "body"),
        ],
        [
          cell("Beta", "body"),
          cell(1.04, "body", "0.00"),
          cell(46100, "body", "yyyy-mm-dd"),
          cell("Green", "body"),
        ],
        [cell("Gamma", "body"), cell(0.7, "body", "0.00"), cell(null, "body"), cell("Red", "body")],
      ],
    },
    { row: 8, col: 1, cells: [UNTRUSTED.map((t) => cell(t))] },
    { row: 9, col: 1, cells: [[cell(true), cell(null), cell(12.5, undefined, "0%")]] },
  ],
  tables: [{ name: "PMOSummary", range: "A2:D5", style: "TableStyleLight9" }],
  conditionalFormats: [
    { kind: "textEquals", range: "D3:D5", text: 'On "hold"', style: "ragAmber" },
    { kind: "cellIs", range: "B3:B5", operator: "lessThan", values: [0.85], style: "ragRed" },
    { kind: "cellIs", range: "B3:B5", operator: "between", values: [0.85, 0.95], style: "ragAmber" },
    { kind: "colorScale", range: "B3:B5", colors: ["F8696B", "FFEB84", "63BE7B"], points: [0.8, 0.95, 1.1] },
    { kind: "iconSet", range: "B3:B5", icons: "3TrafficLights1", thresholds: [0.85, 0.95] },
  ],
  charts: [
    {
      id: "ragDistribution",
      type: "doughnut",
      title: "RAG",
      series: [
        {
          name: "Projects",
          categories: "F3:F5",
          values: "G3:G5",
          categoryCache: ["Green", "Amber", "Red"],
          valueCache: [1, 1, 1],
          colors: ["00B050", "FFC000", "FF0000"],
        },
      ],
      from: { row: 12, col: 1 },
      to: { row: 27, col: 6 },
      legend: "right",
    },
    {
      id: "spiTrend",
      type: "columnLine",
      title: "SPI by project",
      series: [
        {
          name: "SPI",
          categories: "A3:A5",
          values: "B3:B5",
          as: "column",
          categoryCache: ["Alpha", "Beta", "Gamma"],
          valueCache: [0.92, 1.04, 0.7],
        },
        {
          name: "Target",
          categories: "A3:A5",
          values: "H3:H5",
          as: "line",
          categoryCache: ["Alpha", "Beta", "Gamma"],
          valueCache: [1, 1, 1],
        },
      ],
      from: { row: 12, col: 7 },
      to: { row: 27, col: 14 },
      xAxisTitle: "Project",
      yAxisTitle: "SPI",
      valueFormat: "0.00",
      legend: "bottom",
    },
    {
      id: "riskBubble",
      type: "bubble",
      title: "Risks",
      series: [
        {
          name: "Risks",
          categories: "B3:B5",
          values: "C3:C5",
          sizes: "D3:D5",
          categoryCache: [1, 2, 3],
          valueCache: [1, 2, 3],
          sizeCache: [1, 1, 1],
        },
      ],
      from: { row: 28, col: 1 },
      to: { row: 40, col: 6 },
      legend: "none",
    },
  ],
  print: { orientation: "landscape", fitToWidth: true },
};

const projects: SheetPlan = {
  ...emptySheet("PMO Projects"),
  blocks: [{ row: 5, col: 1, cells: [[cell("Alpha")]] }],
};

const plan: DashboardPlan = { theme: TEST_THEME, sheets: [dashboard, projects] };

function cellAt(sheet: FakeSheet | undefined, row: number, col: number) {
  return sheet?.cells.get(`${row},${col}`);
}

async function written() {
  const fake = createFakeExcel();
  seedSheet(fake.state, { name: "Sheet1", values: [["user data"]] });
  const result = await fake.run((context) => applyDashboardPlan(context, plan));
  return { fake, result, sheet: fake.state.sheets.find((s) => s.name === "PMO Dashboard") };
}

describe("applyDashboardPlan: chart options", () => {
  it("sets axis bounds, series-name labels and overlapping columns through the chart API", async () => {
    const bubble = dashboard.charts.find((c) => c.id === "riskBubble");
    const columns = dashboard.charts.find((c) => c.type === "columnLine");
    if (!bubble || !columns) throw new Error("sample charts missing");
    const [risks] = bubble.series;
    if (!risks) throw new Error("sample bubble has no series");
    const sheetPlan: SheetPlan = {
      ...dashboard,
      charts: [
        {
          ...bubble,
          xAxisMin: 0.5,
          xAxisMax: 1.3,
          yAxisMin: 0.6,
          yAxisMax: 1.2,
          series: [risks, { ...risks, name: "PRJ-0002", label: "seriesName" }],
        },
        { ...columns, overlapColumns: true },
      ],
    };
    const fake = createFakeExcel();
    await fake.run((context) =>
      applyDashboardPlan(context, { ...plan, sheets: [sheetPlan, ...plan.sheets.slice(1)] }),
    );
    const [b, c] = fake.state.sheets.find((s) => s.name === "PMO Dashboard")?.charts ?? [];
    expect(b?.axisBounds).toEqual({ category: { min: 0.5, max: 1.3 }, value: { min: 0.6, max: 1.2 } });
    expect(b?.series.map((s) => s.dataLabels)).toEqual([
      undefined,
      { visible: true, showSeriesName: true, showValue: false },
    ]);
    expect(c?.series.map((s) => [s.name, s.overlap])).toEqual([
      ["SPI", 100],
      ["Target", undefined],
    ]);
    expect(c?.axisBounds).toBeUndefined();
  });
});

describe("applyDashboardPlan", () => {
  it("writes values and number formats; strings are text-formatted first so they stay literal", async () => {
    const { sheet } = await written();
    expect(cellAt(sheet, 3, 2)).toMatchObject({ value: 0.92, numberFormat: "0.00" });
    expect(cellAt(sheet, 3, 3)).toMatchObject({ value: 46023, numberFormat: "yyyy-mm-dd" });
    expect(cellAt(sheet, 3, 4)).toMatchObject({ value: "Amber", numberFormat: "@" });
    expect(cellAt(sheet, 9, 1)).toMatchObject({ value: true, numberFormat: "General" });
    expect(cellAt(sheet, 9, 3)).toMatchObject({ value: 12.5, numberFormat: "0%" });
    UNTRUSTED.forEach((text, i) => {
      const written = cellAt(sheet, 8, i + 1);
      expect(written?.value).toBe(text);
      expect(written?.formula).toBeUndefined();
      expect(written?.quotePrefix).toBe(true);
    });
  });

  it("writes text as typed String values where ExcelApi 1.16 is supported", async () => {
    const fake = createFakeExcel({ excelApiMinor: 16 });
    seedSheet(fake.state, { name: "Sheet1", values: [["user data"]] });
    await fake.run((context) =>
      applyDashboardPlan(context, plan, { mode: { typedText: true, date1904: false } }),
    );
    const sheet = fake.state.sheets.find((s) => s.name === "PMO Dashboard");
    UNTRUSTED.forEach((text, i) => {
      const written = cellAt(sheet, 8, i + 1);
      expect(written).toMatchObject({ value: text });
      expect(written?.formula).toBeUndefined();
      expect(written?.quotePrefix).toBeUndefined();
    });
    expect(cellAt(sheet, 3, 2)?.value).toBe(0.92);
    expect(fake.syncs[0]?.operations).toContain("Range.valuesAsJson");
    expect(fake.syncs[0]?.operations).not.toContain("Range.values");
  });

  it("writes the plan's date serials in the workbook's date system (1904: 1,462 days less)", async () => {
    const fake = createFakeExcel({ date1904: true });
    seedSheet(fake.state, { name: "Sheet1", values: [["user data"]] });
    await fake.run((context) =>
      applyDashboardPlan(context, plan, { mode: { typedText: false, date1904: true } }),
    );
    const sheet = fake.state.sheets.find((s) => s.name === "PMO Dashboard");
    expect(cellAt(sheet, 3, 3)).toMatchObject({ value: 46023 - 1462, numberFormat: "yyyy-mm-dd" });
    // Not dates: ratios and percentages keep their value.
    expect(cellAt(sheet, 3, 2)?.value).toBe(0.92);
    expect(cellAt(sheet, 9, 3)?.value).toBe(12.5);
  });

  it("proves the double would catch unsafe writing: the same text without the text format becomes formulas", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "S", values: [[""]] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:G1").values = [UNTRUSTED];
      await context.sync();
    });
    const row = [1, 2, 3, 4, 5, 6, 7].map((c) => cellAt(fake.state.sheets[0], 1, c));
    expect(row.filter((c) => c?.formula !== undefined)).toHaveLength(4);
    expect(row.slice(4).map((c) => c?.value)).toEqual([123, true, 100000]);
  });

  it("proves a text number format alone does not protect text in the double (the old way of writing)", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "S", values: [[""]] });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:G1");
      range.numberFormat = [UNTRUSTED.map(() => "@")];
      range.values = [UNTRUSTED];
      await context.sync();
    });
    const row = [1, 2, 3, 4].map((c) => cellAt(fake.state.sheets[0], 1, c));
    expect(row.every((c) => c?.formula !== undefined)).toBe(true);
  });

  it("applies theme styles, merges, widths, tab colour, gridlines and print setup (panes are frozen by the refresh)", async () => {
    const { sheet } = await written();
    expect(sheet?.sheetFormat.fontName).toBe("Segoe UI");
    expect(cellAt(sheet, 1, 1)?.format).toMatchObject({ bold: true, size: 18, color: "#1F3864" });
    expect(cellAt(sheet, 2, 4)?.format).toMatchObject({
      bold: true,
      color: "#FFFFFF",
      fill: "#1F3864",
      horizontalAlignment: "Center",
      wrapText: true,
    });
    expect(cellAt(sheet, 3, 1)?.format).toMatchObject({ color: "#0563C1", underline: "Single" });
    expect(cellAt(sheet, 4, 2)?.format).toEqual({});
    expect(sheet?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect([...(sheet?.columnWidths ?? new Map<number, number>()).entries()]).toEqual([
      [1, widthToPoints(20)],
      [2, widthToPoints(12)],
    ]);
    expect(widthToPoints(20)).toBe(108.75);
    expect(sheet?.tabColor).toBe("#1F3864");
    expect(sheet?.showGridlines).toBe(false);
    // Only documented zoom values: none for a sheet that is not the one-page dashboard.
    expect(sheet?.pageLayout).toEqual({ orientation: "Landscape" });
  });

  it("adds internal hyperlinks to the target sheet's cell", async () => {
    const { sheet } = await written();
    expect(cellAt(sheet, 3, 1)?.hyperlink).toEqual({
      documentReference: "'PMO Projects'!A5",
      textToDisplay: "Alpha",
    });
    expect(cellAt(sheet, 3, 1)?.value).toBe("Alpha");
  });

  it("adds the table and every kind of conditional format", async () => {
    const { sheet } = await written();
    expect(
      sheet?.tables.map((t) => ({
        name: t.name,
        style: t.style,
        top: t.bounds.top,
        bottom: t.bounds.bottom,
      })),
    ).toEqual([{ name: "PMOSummary", style: "TableStyleLight9", top: 2, bottom: 5 }]);
    expect(sheet?.conditionalFormats.map((c) => [c.type, c.settings])).toEqual([
      [
        "CellValue",
        {
          "cellValue.rule": { formula1: '="On ""hold"""', operator: "EqualTo" },
          "cellValue.format.fill.color": "#FFEB9C",
          "cellValue.format.font.color": "#9C5700",
        },
      ],
      [
        "CellValue",
        {
          "cellValue.rule": { formula1: "0.85", operator: "LessThan" },
          "cellValue.format.fill.color": "#FFC7CE",
          "cellValue.format.font.color": "#9C0006",
        },
      ],
      [
        "CellValue",
        {
          "cellValue.rule": { formula1: "0.85", formula2: "0.95", operator: "Between" },
          "cellValue.format.fill.color": "#FFEB9C",
          "cellValue.format.font.color": "#9C5700",
        },
      ],
      [
        "ColorScale",
        {
          "colorScale.criteria": {
            minimum: { type: "Number", formula: "0.8", color: "#F8696B" },
            midpoint: { type: "Number", formula: "0.95", color: "#FFEB84" },
            maximum: { type: "Number", formula: "1.1", color: "#63BE7B" },
          },
        },
      ],
      [
        "IconSet",
        {
          "iconSet.style": "ThreeTrafficLights1",
          "iconSet.criteria": [
            {},
            { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.85" },
            { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.95" },
          ],
        },
      ],
    ]);
  });

  it("adds native charts whose series point at the plan's ranges", async () => {
    const { sheet } = await written();
    const charts = sheet?.charts ?? [];
    expect(charts.map((c) => [c.name, c.type, c.title, c.legend, c.position])).toEqual([
      [
        "ragDistribution",
        "Doughnut",
        "RAG",
        { visible: true, position: "Right" },
        { start: "A12", end: "E26" },
      ],
      [
        "spiTrend",
        "ColumnClustered",
        "SPI by project",
        { visible: true, position: "Bottom" },
        { start: "G12", end: "M26" },
      ],
      ["riskBubble", "Bubble", "Risks", { visible: false }, { start: "A28", end: "E39" }],
    ]);
    const series = charts.map((c) =>
      c.series.map((s) => ({
        name: s.name,
        chartType: s.chartType,
        values: s.values && rangeAddress(s.values),
        x: s.xValues && rangeAddress(s.xValues),
        sizes: s.bubbleSizes && rangeAddress(s.bubbleSizes),
        fill: s.fill,
        line: s.lineColor,
        points: s.pointFills,
      })),
    );
    const q = "'PMO Dashboard'";
    expect(series).toEqual(
      [
        [
          {
            name: "Projects",
            values: `${q}!G3:G5`,
            x: `${q}!F3:F5`,
            points: { 0: "#00B050", 1: "#FFC000", 2: "#FF0000" },
          },
        ],
        [
          {
            name: "SPI",
            chartType: "ColumnClustered",
            values: `${q}!B3:B5`,
            x: `${q}!A3:A5`,
            fill: "#4472C4",
            points: {},
          },
          {
            name: "Target",
            chartType: "Line",
            values: `${q}!H3:H5`,
            x: `${q}!A3:A5`,
            line: "#ED7D31",
            points: {},
          },
        ],
        [
          {
            name: "Risks",
            values: `${q}!C3:C5`,
            x: `${q}!B3:B5`,
            sizes: `${q}!D3:D5`,
            fill: "#4472C4",
            points: {},
          },
        ],
      ].map((list) =>
        list.map((s) => ({ chartType: undefined, fill: undefined, line: undefined, sizes: undefined, ...s })),
      ),
    );
    expect(charts[1]).toMatchObject({
      categoryAxisTitle: "Project",
      valueAxisTitle: "SPI",
      valueAxisNumberFormat: "0.00",
    });
  });

  it("writes a small plan in one sync with calculation and screen updating suspended", async () => {
    const { fake, result } = await written();
    expect(fake.syncs).toHaveLength(1);
    expect(fake.syncs[0]?.operations.slice(0, 2)).toEqual([
      "Application.suspendApiCalculationUntilNextSync",
      "Application.suspendScreenUpdatingUntilNextSync",
    ]);
    expect(result.sheets.map((s) => s.planName)).toEqual(["PMO Dashboard", "PMO Projects"]);
    expect(result.sheets.map((s) => s.id)).toEqual(fake.state.sheets.slice(1).map((s) => s.id));
  });

  it("fails with an AppError when a sheet name is taken", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "PMO Projects", values: [["mine"]] });
    const before = snapshotWorkbook(fake.state);
    const error = await fake
      .run((context) => applyDashboardPlan(context, { theme: TEST_THEME, sheets: [projects] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "conflict" });
    expect(snapshotWorkbook(fake.state)).toEqual(before);
  });
});
