/**
 * Hand-built dashboard plans for the writer tests: a theme and a two-sheet plan that uses every
 * chart type and every plan feature (styles, formats, merges, tables, all conditional-format
 * kinds, internal links both ways, freeze panes, tab colour, gridlines, print setup), plus
 * untrusted text that looks like formulas.
 */
import type {
  ChartPlan,
  DashboardPlan,
  PlanCell,
  StyleName,
  StyleDef,
  Theme,
} from "../../../src/core/plan/types";

const styles: Record<StyleName, StyleDef> = {
  title: { bold: true, size: 18, color: "1F3864" },
  subtitle: { italic: true, size: 12, color: "595959" },
  sectionHeader: { bold: true, size: 13, color: "1F3864", borderBottom: "1F3864" },
  tableHeader: { bold: true, color: "FFFFFF", fill: "1F3864", align: "center" },
  requiredHeader: { bold: true, color: "FFFFFF", fill: "C55A11", align: "center" },
  tileLabel: { size: 9, color: "595959", align: "center" },
  tileValue: { bold: true, size: 16, align: "center" },
  body: {},
  muted: { color: "808080" },
  note: { italic: true, size: 9, wrap: true },
  ragGreen: { fill: "C6EFCE", color: "006100", bold: true },
  ragAmber: { fill: "FFEB9C", color: "9C5700", bold: true },
  ragRed: { fill: "FFC7CE", color: "9C0006", bold: true },
  error: { color: "C00000", bold: true },
  warning: { color: "9C5700", fill: "FFEB9C" },
  info: { color: "1F4E79" },
  link: { color: "0563C1", underline: true },
};

export const theme: Theme = {
  font: "Calibri",
  styles,
  palette: ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"],
  rag: { Green: "00B050", Amber: "FFC000", Red: "C00000" },
};

export const DASHBOARD = "PMO Dashboard";
export const DATA = "Bob's Data";

/** Untrusted tracker text that a careless writer would turn into formulas. */
export const FORMULA_LIKE = [
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  "-1+1",
  "@SUM(A1:A2)",
];

const c = (value: PlanCell["value"], extra: Omit<PlanCell, "value"> = {}): PlanCell => ({ value, ...extra });

const months = ["Jan", "Feb", "Mar", "Apr"];
const planned = [100, 120, 140, 160];
const actual = [90, 130, null, 150];
const cpi = [0.95, 1.02, 0.88, 1.1];
const projects = ["Apollo", "Borealis", "Cygnus", "Draco"];
const cost = [250000, 410000, 125000, 300000];
const progress = [0.4, 0.75, 0.2, 0.9];
const heads = [6, 12, 3, 8];

function chart(
  id: string,
  type: ChartPlan["type"],
  from: { row: number; col: number },
  extra: Partial<ChartPlan> & Pick<ChartPlan, "series">,
): ChartPlan {
  return {
    id,
    type,
    title: extra.title ?? id,
    from,
    to: { row: from.row + 15, col: from.col + 6 },
    legend: "bottom",
    ...extra,
  };
}

export const charts: readonly ChartPlan[] = [
  chart(
    "ragDistribution",
    "doughnut",
    { row: 25, col: 1 },
    {
      title: "Projects by RAG",
      legend: "right",
      series: [
        {
          name: "Projects",
          categories: "A7:A9",
          values: "B7:B9",
          colors: [theme.rag.Green, theme.rag.Amber, theme.rag.Red],
          categoryCache: ["Green", "Amber", "Red"],
          valueCache: [5, 3, 2],
        },
      ],
    },
  ),
  chart(
    "plannedVsActual",
    "columnClustered",
    { row: 25, col: 8 },
    {
      title: 'Planned vs actual <spend> & "cost"',
      xAxisTitle: "Month",
      yAxisTitle: "k€",
      valueFormat: "#,##0",
      series: [
        {
          name: "Planned",
          categories: "A13:A16",
          values: "B13:B16",
          categoryCache: months,
          valueCache: planned,
        },
        {
          name: "Actual",
          categories: "A13:A16",
          values: "C13:C16",
          categoryCache: months,
          valueCache: actual,
        },
      ],
    },
  ),
  chart(
    "costByProject",
    "barClustered",
    { row: 41, col: 1 },
    {
      title: "Cost by project",
      valueFormat: "#,##0",
      legend: "none",
      series: [
        {
          name: "Cost",
          categories: "F7:F10",
          values: "G7:G10",
          colors: ["70AD47"],
          categoryCache: projects,
          valueCache: cost,
        },
      ],
    },
  ),
  chart(
    "cpiTrend",
    "line",
    { row: 41, col: 8 },
    {
      title: "CPI trend",
      yAxisTitle: "CPI",
      valueFormat: "0.00",
      series: [
        { name: "CPI", categories: "A13:A16", values: "D13:D16", categoryCache: months, valueCache: cpi },
      ],
    },
  ),
  chart(
    "costVsProgress",
    "scatter",
    { row: 57, col: 1 },
    {
      title: "Cost vs progress",
      xAxisTitle: "Cost",
      yAxisTitle: "Progress",
      valueFormat: "0%",
      series: [
        {
          name: "Projects",
          categories: "G7:G10",
          values: "H7:H10",
          categoryCache: cost,
          valueCache: progress,
        },
      ],
    },
  ),
  chart(
    "portfolioBubbles",
    "bubble",
    { row: 57, col: 8 },
    {
      title: "Cost, progress and headcount",
      xAxisTitle: "Cost",
      yAxisTitle: "Progress",
      valueFormat: "0%",
      series: [
        {
          name: "Projects",
          categories: "G7:G10",
          values: "H7:H10",
          sizes: "I7:I10",
          categoryCache: cost,
          valueCache: progress,
          sizeCache: heads,
        },
      ],
    },
  ),
  chart(
    "spendAndCpi",
    "columnLine",
    { row: 73, col: 1 },
    {
      title: "Spend with CPI",
      series: [
        {
          name: "Planned",
          as: "column",
          categories: "A13:A16",
          values: "B13:B16",
          categoryCache: months,
          valueCache: planned,
        },
        {
          name: "Actual",
          as: "line",
          categories: "A13:A16",
          values: "C13:C16",
          categoryCache: months,
          valueCache: actual,
        },
      ],
    },
  ),
];

const dataChart: ChartPlan = {
  id: "dataTrend",
  type: "line",
  title: "Bob's trend",
  from: { row: 2, col: 4 },
  to: { row: 16, col: 10 },
  legend: "bottom",
  series: [
    {
      name: "Value",
      categories: "A3:A5",
      values: "B3:B5",
      categoryCache: [2023, 2024, 2025],
      valueCache: [1, 4, 9],
    },
  ],
};

export const samplePlan: DashboardPlan = {
  theme,
  sheets: [
    {
      name: DASHBOARD,
      tabColor: "1F3864",
      columnWidths: [
        { col: 1, width: 24 },
        { col: 2, width: 14 },
        { col: 3, width: 18 },
        { col: 6, width: 16 },
      ],
      freeze: { rows: 2, cols: 0 },
      blocks: [
        {
          row: 1,
          col: 1,
          cells: [
            [c("Portfolio dashboard", { style: "title" })],
            [c("As of 31 Jan 2025", { style: "subtitle" })],
          ],
        },
        {
          row: 3,
          col: 1,
          cells: [
            [
              c("Budget", { style: "tileLabel" }),
              c("CPI", { style: "tileLabel" }),
              c("Data date", { style: "tileLabel" }),
            ],
            [
              c(1085000, { style: "tileValue", format: "#,##0" }),
              c(0.9876, { style: "tileValue", format: "0.00" }),
              c(45688, { style: "tileValue", format: "yyyy-mm-dd" }),
            ],
          ],
        },
        {
          row: 6,
          col: 1,
          cells: [
            [c("RAG", { style: "tableHeader" }), c("Projects", { style: "tableHeader" })],
            [c("Green"), c(5)],
            [c("Amber"), c(3)],
            [c("Red"), c(2)],
          ],
        },
        {
          row: 6,
          col: 6,
          cells: [
            [
              c("Project", { style: "tableHeader" }),
              c("Cost", { style: "tableHeader" }),
              c("Progress", { style: "tableHeader" }),
              c("Heads", { style: "tableHeader" }),
            ],
            ...projects.map((p, i) => [
              c(p),
              c(cost[i] ?? 0, { format: "#,##0" }),
              c(progress[i] ?? 0, { format: "0%" }),
              c(heads[i] ?? 0),
            ]),
          ],
        },
        { row: 11, col: 1, cells: [[c("Monthly spend", { style: "sectionHeader" })]] },
        {
          row: 12,
          col: 1,
          cells: [
            [
              c("Month", { style: "tableHeader" }),
              c("Planned", { style: "tableHeader" }),
              c("Actual", { style: "tableHeader" }),
              c("CPI", { style: "tableHeader" }),
            ],
            ...months.map((m, i) => [
              c(m),
              c(planned[i] ?? 0),
              c(actual[i] ?? null),
              c(cpi[i] ?? 0, { format: "0.00" }),
            ]),
          ],
        },
        {
          row: 18,
          col: 1,
          cells: [
            [c("Imported notes", { style: "sectionHeader" })],
            ...FORMULA_LIKE.map((text) => [c(text, { style: "note" })]),
            [c("Open the data sheet", { style: "link", link: { sheet: DATA, cell: "A1" } })],
            [c(true), c(null, { style: "error" })],
          ],
        },
      ],
      merges: ["A1:D1"],
      tables: [
        { name: "RagCounts", range: "A6:B9", style: "TableStyleMedium2" },
        { name: "ProjectCosts", range: "F6:I10", style: "TableStyleLight9" },
      ],
      conditionalFormats: [
        { kind: "textEquals", range: "A7:A9", text: "Green", style: "ragGreen" },
        { kind: "textEquals", range: "A7:A9", text: "Amber", style: "ragAmber" },
        { kind: "textEquals", range: "A7:A9", text: 'Red "now"', style: "ragRed" },
        { kind: "cellIs", range: "B7:B9", operator: "greaterThan", values: [4], style: "warning" },
        { kind: "cellIs", range: "B13:B16", operator: "between", values: [110, 150], style: "info" },
        {
          kind: "colorScale",
          range: "C13:C16",
          colors: ["F8696B", "FFEB84", "63BE7B"],
          points: [80, 120, 160],
        },
        { kind: "iconSet", range: "D13:D16", icons: "3TrafficLights1", thresholds: [0.9, 1] },
      ],
      charts,
      print: { orientation: "landscape", fitToWidth: true },
      showGridLines: false,
    },
    {
      name: DATA,
      columnWidths: [{ col: 1, width: 12 }],
      blocks: [
        {
          row: 1,
          col: 1,
          cells: [
            [c("Back to dashboard", { style: "link", link: { sheet: DASHBOARD, cell: "A1" } })],
            [c("Year", { style: "tableHeader" }), c("Value", { style: "tableHeader" })],
            [c(2023), c(1)],
            [c(2024), c(4)],
            [c(2025), c(9)],
          ],
        },
      ],
      merges: [],
      tables: [],
      conditionalFormats: [],
      charts: [dataChart],
      print: { orientation: "portrait", fitToWidth: false },
      showGridLines: true,
    },
  ],
};
