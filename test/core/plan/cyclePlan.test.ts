import { analyseWorkbooks, type Analysis } from "../../../src/core/analyse";
import type { History } from "../../../src/core/cycle/history";
import { PORTFOLIO_HISTORY, PROJECT_HISTORY, RISK_HISTORY } from "../../../src/core/cycle/historyTables";
import { readHistorySheet } from "../../../src/core/cycle/readHistory";
import {
  DEMO_EXAMPLE_OPTIONS,
  generateExamplePortfolio,
  previousMonthExample,
} from "../../../src/core/example";
import { cellAddress, parseCellAddress, parseRangeAddress } from "../../../src/core/model/a1";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import type { RawScalar, RawSheet } from "../../../src/core/model/raw";
import { buildDashboardPlan } from "../../../src/core/plan/buildDashboardPlan";
import { SHEET_NAMES } from "../../../src/core/model/ownedSheets";
import type { DashboardPlan, SheetPlan } from "../../../src/core/plan/types";
import { validationLayout } from "../../../src/core/plan/validationSheet";
import { portfolioRag } from "../../../src/core/plan/dashboard/thresholds";
import { CHANGE_LABELS, CHANGE_ROWS } from "../../../src/core/plan/dashboard/whatChanged";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { rawWorkbookOfSpec } from "../../../scripts/bench/specToRaw";
import { cellMap, rangeValues, sheetByName } from "./support/planCells";
import { rowsGrid } from "../../../src/core/model/rowsGrid";

const THIS_MONTH = "2026-10-31";
const LAST_MONTH = "2026-09-30";

function analyse(
  spec: ReturnType<typeof generateExamplePortfolio>,
  asOf: string,
  history?: History,
): Analysis {
  return analyseWorkbooks([rawWorkbookOfSpec(spec, "example.xlsx")], {
    template: STANDARD_TEMPLATE,
    settings: { ...DEFAULT_SETTINGS, asOf },
    ...(history ? { history } : {}),
  });
}

function plan(analysis: Analysis): DashboardPlan {
  return buildDashboardPlan({
    report: analysis.report,
    attention: analysis.attention,
    cycle: analysis.cycle,
    sources: [{ file: "example.xlsx", modified: "2026-10-31 17:00 UTC" }],
    portfolioName: "Example",
    generatedAt: "fixed",
  });
}

/** A planned sheet as the adapters would read it back: values on a grid, tables as list objects. */
function rawOfPlan(sheet: SheetPlan): RawSheet {
  const values: RawScalar[][] = [];
  for (const [address, cell] of cellMap(sheet)) {
    const at = parseCellAddress(address);
    if (at === null) continue;
    const row = (values[at.row - 1] ??= []);
    row[at.col - 1] = cell.value;
  }
  const grid = Array.from(values, (row) => Array.from(row ?? [], (v) => v ?? null));
  const listObjects = sheet.tables.map((t) => {
    const range = parseRangeAddress(t.range);
    if (range === null) throw new Error(`bad range ${t.range}`);
    return { name: t.name, hasHeader: true, totalsRowCount: 0, ...range };
  });
  return { name: sheet.name, top: 1, left: 1, cells: rowsGrid(grid), listObjects };
}

const thisMonthSpec = generateExamplePortfolio({
  ...DEMO_EXAMPLE_OPTIONS,
  asOf: THIS_MONTH,
  withErrors: true,
});
const lastMonth = analyse(previousMonthExample(thisMonthSpec, LAST_MONTH), LAST_MONTH);
const thisMonth = analyse(thisMonthSpec, THIS_MONTH, lastMonth.cycle.history);
const twoMonths = plan(thisMonth);

describe("the plan of a month with history", () => {
  it("adds PMO Follow-up and PMO History before PMO Validation (last)", () => {
    expect(twoMonths.sheets.map((s) => s.name)).toEqual([
      SHEET_NAMES.dashboard,
      SHEET_NAMES.projects,
      SHEET_NAMES.capacity,
      SHEET_NAMES.cost,
      SHEET_NAMES.risks,
      SHEET_NAMES.followUp,
      SHEET_NAMES.history,
      SHEET_NAMES.validation,
    ]);
  });

  it("writes PMO History as three tables that read back to the same history", () => {
    const sheet = sheetByName(twoMonths, SHEET_NAMES.history);
    expect(sheet.tables.map((t) => t.name)).toEqual(["PortfolioHistory", "ProjectHistory", "RiskHistory"]);
    const cells = cellMap(sheet);
    const headers = (name: string) => {
      const range = parseRangeAddress(sheet.tables.find((t) => t.name === name)?.range ?? "");
      if (range === null) throw new Error(`no table ${name}`);
      const row: unknown[] = [];
      for (let col = range.left; col <= range.right; col++)
        row.push(cells.get(cellAddress(range.top, col))?.value);
      return row;
    };
    expect(headers("PortfolioHistory")).toEqual(PORTFOLIO_HISTORY.columns.map((c) => c.header));
    expect(headers("ProjectHistory")).toEqual(PROJECT_HISTORY.columns.map((c) => c.header));
    expect(headers("RiskHistory")).toEqual(RISK_HISTORY.columns.map((c) => c.header));
    expect(readHistorySheet(rawOfPlan(sheet), false)).toEqual(thisMonth.cycle.history);
  });

  it("draws the trend charts from the PortfolioHistory cells", () => {
    const dash = sheetByName(twoMonths, SHEET_NAMES.dashboard);
    const history = sheetByName(twoMonths, SHEET_NAMES.history);
    const trends = dash.charts.filter((c) => c.id.startsWith("trend"));
    expect(trends.map((c) => `${c.id}:${c.type}`)).toEqual(["trendSpiCpi:line", "trendRag:columnStacked"]);
    for (const chart of trends) {
      for (const series of chart.series) {
        expect(series.sheet).toBe(SHEET_NAMES.history);
        expect(rangeValues(history, series.categories)).toEqual([LAST_MONTH, THIS_MONTH]);
        expect(rangeValues(history, series.values)).toEqual(series.valueCache);
      }
    }
    expect(trends[1]?.series.map((s) => s.name)).toEqual(["Green", "Amber", "Red", "Unknown"]);
  });

  it("has no trend charts, change row or What changed with one period", () => {
    const dash = sheetByName(plan(lastMonth), SHEET_NAMES.dashboard);
    expect(dash.charts.some((c) => c.id.startsWith("trend"))).toBe(false);
    const texts = [...cellMap(dash).values()].map((c) => c.value);
    expect(texts).toContain("This month");
    expect(texts.some((t) => typeof t === "string" && t.startsWith("What changed"))).toBe(false);
  });

  it("opens with the narrative under This month, then tiles showing their change", () => {
    const cells = cellMap(sheetByName(twoMonths, SHEET_NAMES.dashboard));
    expect(cells.get("B4")?.value).toBe("This month");
    thisMonth.cycle.narrative.forEach((sentence, i) => expect(cells.get(`B${5 + i}`)?.value).toBe(sentence));
    const tilesRow = 5 + thisMonth.cycle.narrative.length + 1;
    expect(cells.get(`F${tilesRow}`)?.value).toMatch(/^Portfolio SPI/);
    const previous = lastMonth.cycle.history.portfolio[0];
    const spi = thisMonth.report.portfolio.spi ?? 0;
    expect(cells.get(`F${tilesRow + 2}`)).toMatchObject({
      value: spi - (previous?.spi ?? 0),
      format: '"▲ "0.00;"▼ "0.00;"= "0.00',
    });
  });

  it("shows the change of the RAG tiles too, told from last month's history rows", () => {
    const cells = cellMap(sheetByName(twoMonths, SHEET_NAMES.dashboard));
    const tilesRow = 5 + thisMonth.cycle.narrative.length + 1;
    const change = (col: string) => cells.get(`${col}${tilesRow + 2}`)?.value;
    const before = lastMonth.report.portfolio;
    const now = thisMonth.report.portfolio;
    const arrow = (a: number, b: number) => (a > b ? `▲ ${a - b}` : a < b ? `▼ ${b - a}` : "= 0");
    // B: Portfolio RAG, D: Reported G · A · R, E: Computed G · A · R.
    expect(cells.get(`B${tilesRow}`)?.value).toBe("Portfolio RAG (SPI and CPI)");
    const rag = (p: typeof now) => portfolioRag(p.spi, p.cpi, thisMonth.report.settings) ?? "n/a";
    expect(change("B")).toBe(rag(now) === rag(before) ? "= no change" : `was ${rag(before)}`);
    const reported = (["Green", "Amber", "Red"] as const).map((k) =>
      arrow(now.ragReported[k], before.ragReported[k]),
    );
    expect(change("D")).toBe(reported.join(" · "));
    const keys =
      now.ragComputed.Unknown > 0
        ? (["Green", "Amber", "Red", "Unknown"] as const)
        : (["Green", "Amber", "Red"] as const);
    expect(change("E")).toBe(keys.map((k) => arrow(now.ragComputed[k], before.ragComputed[k])).join(" · "));
  });

  it("shows each change under the header of what it is, on the dashboard and on PMO Follow-up", () => {
    // Changes of several shapes: with a from and to, with a risk.
    expect(thisMonth.cycle.changes.some((c) => c.from !== null && c.to !== null)).toBe(true);
    expect(thisMonth.cycle.changes.some((c) => c.riskId !== null)).toBe(true);
    for (const name of [SHEET_NAMES.dashboard, SHEET_NAMES.followUp]) {
      const cells = cellMap(sheetByName(twoMonths, name));
      const header = [...cells].find(([, c]) => c.value === "Change");
      expect(header).toBeDefined();
      const at = parseCellAddress(header?.[0] ?? "");
      if (at === null) throw new Error("no header cell");
      const headers = Array.from({ length: 6 }, (_, j) => cells.get(cellAddress(at.row, at.col + j))?.value);
      expect(headers).toEqual(["Change", "Project ID", "From", "To", "Risk ID", "Project"]);
      const column = (h: string) => at.col + headers.indexOf(h);
      // Every row under the header: its cells read as the header says.
      const shown = name === SHEET_NAMES.dashboard ? CHANGE_ROWS : Infinity;
      const changes = thisMonth.cycle.changes.slice(0, shown);
      expect(changes.length).toBeGreaterThan(1);
      changes.forEach((change, i) => {
        const r = at.row + 1 + i;
        expect(cells.get(cellAddress(r, column("Change")))?.value).toBe(CHANGE_LABELS[change.kind]);
        expect(cells.get(cellAddress(r, column("Project ID")))?.value).toBe(change.projectId);
        expect(cells.get(cellAddress(r, column("Project")))?.value).toBe(change.projectName);
        expect(cells.get(cellAddress(r, column("From")))?.value ?? null).toBe(change.from);
        expect(cells.get(cellAddress(r, column("To")))?.value ?? null).toBe(change.to);
        expect(cells.get(cellAddress(r, column("Risk ID")))?.value ?? null).toBe(change.riskId);
      });
    }
  });

  it("links each changed project to its PMO Projects row", () => {
    const dash = sheetByName(twoMonths, SHEET_NAMES.dashboard);
    const projects = cellMap(sheetByName(twoMonths, SHEET_NAMES.projects));
    const links = [...cellMap(dash).values()].filter((c) => c.link?.sheet === SHEET_NAMES.projects);
    expect(links.length).toBeGreaterThan(0);
    for (const cell of links) expect(projects.get(cell.link?.cell ?? "")?.value).toBe(cell.value);
  });

  it("links each follow-up count to a finding of that manager's projects on PMO Validation", () => {
    const followUp = sheetByName(twoMonths, SHEET_NAMES.followUp);
    const layout = validationLayout({
      report: thisMonth.report,
      attention: thisMonth.attention,
      sources: [{ file: "example.xlsx", modified: null }],
      portfolioName: "",
      generatedAt: "",
    });
    const cells = cellMap(followUp);
    let checked = 0;
    for (const [address, cell] of cells) {
      // The list of every change below the chase table links to PMO Projects instead.
      if (cell.link === undefined || cell.link.sheet === SHEET_NAMES.projects) continue;
      expect(cell.link.sheet).toBe(SHEET_NAMES.validation);
      const row = parseCellAddress(address)?.row ?? 0;
      const ids = String(cells.get(`G${row}`)?.value).split(", ");
      const finding = layout.findings[(parseCellAddress(cell.link.cell)?.row ?? 0) - layout.findingsRow - 2];
      expect(ids).toContain(finding?.projectId);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("lists the files read and their modification dates on PMO Validation", () => {
    const cells = cellMap(sheetByName(twoMonths, SHEET_NAMES.validation));
    expect(cells.get("A10")?.value).toBe("Files read");
    expect(cells.get("A12")?.value).toBe("example.xlsx");
    expect(cells.get("C12")?.value).toBe("2026-10-31 17:00 UTC");
  });
});
