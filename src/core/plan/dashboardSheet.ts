import { rangeAddress } from "../model/a1";
import { isActive, isInScope } from "../kpi/scope";
import { compareText } from "../kpi/sortText";
import type { KpiReport, ProjectKpis } from "../kpi/report";
import { FORMATS, numberCell, textCell } from "./formats";
import type { DashboardInput } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "./sheetNames";
import type { ChartPlan, PlanCell, SheetPlan, Theme } from "./types";

const FIRST_COL = 2;
const LAST_COL = 13;
/** Chart source data sits to the right of the visible dashboard, labelled, so charts stay live. */
const DATA_COL = 16;
/** Rows the table may have: the dashboard is one printed page. */
export const ATTENTION_ROWS = 25;
/** Charts sit two per band: left half B–G, right half H–M. */
const SPLIT_COL = 8;
const HEALTH_ROW = 10;
const PERFORMANCE_ROW = 28;
const RISK_ROW = 48;

interface Tile {
  readonly label: string;
  readonly cell: PlanCell;
}

function ragSplit(counts: KpiReport["portfolio"]["ragReported"]): string {
  return `${counts.Green} · ${counts.Amber} · ${counts.Red}`;
}

/** Tiles show money in millions or thousands so a 9-digit budget fits a tile; the cell keeps the full value. */
export function tileMoneyFormat(values: readonly number[]): string {
  const largest = Math.max(0, ...values.map(Math.abs));
  if (largest >= 1_000_000) return '#,##0.0,,"M"';
  if (largest >= 10_000) return '#,##0,"K"';
  return FORMATS.money;
}

function averageUtilisation(report: KpiReport): number | null {
  let planned = 0;
  let capacity = 0;
  for (const m of report.capacity.byMonth) {
    planned += m.plannedHours;
    capacity += m.capacityHours;
  }
  return capacity > 0 ? planned / capacity : null;
}

function overAllocatedPeople(report: KpiReport): number {
  const people = new Set<string>();
  for (const r of report.capacity.byResource) if (r.overAllocated) people.add(r.resource);
  return people.size;
}

function tiles(input: DashboardInput): Tile[] {
  const { report } = input;
  const p = report.portfolio;
  const v = (value: number | null, format: string): PlanCell => ({ value, format, style: "tileValue" });
  const money = tileMoneyFormat([p.bac, p.ac, p.eac, p.vac]);
  return [
    { label: "Active projects", cell: v(p.active, FORMATS.count) },
    { label: "Reported G · A · R", cell: { value: ragSplit(p.ragReported), style: "tileValue" } },
    { label: "Computed G · A · R", cell: { value: ragSplit(p.ragComputed), style: "tileValue" } },
    { label: "Portfolio SPI", cell: v(p.spi, FORMATS.ratio) },
    { label: "Portfolio CPI", cell: v(p.cpi, FORMATS.ratio) },
    { label: "Budget (BAC)", cell: v(p.bac, money) },
    { label: "Actual cost", cell: v(p.ac, money) },
    { label: "EAC", cell: v(p.eac, money) },
    { label: "VAC", cell: v(p.vac, money) },
    { label: "Milestone hit rate", cell: v(report.milestones.hitRate, FORMATS.percent) },
    { label: "Open high risks", cell: v(report.risks.high, FORMATS.count) },
    { label: "Average utilisation", cell: v(averageUtilisation(report), FORMATS.percent) },
    { label: "Over-allocated people", cell: v(overAllocatedPeople(report), FORMATS.count) },
    { label: "Compliance", cell: v(p.compliance, FORMATS.percent) },
    { label: "Watermelons", cell: v(p.watermelons, FORMATS.count) },
    { label: "Overdue milestones", cell: v(report.milestones.overdue, FORMATS.count) },
  ];
}

/** Worst of SPI and CPI; null when neither is known. */
function worstIndex(p: ProjectKpis): number | null {
  const known = [p.spi, p.cpi].filter((x): x is number => x !== null);
  return known.length === 0 ? null : Math.min(...known);
}

/**
 * One row per project that needs attention, worst first: low SPI/CPI, watermelons, overdue
 * milestones. A project with several reasons gets them on one line. The first ATTENTION_ROWS are
 * shown; `more` counts the projects left out.
 */
function attentionRows(input: DashboardInput): { rows: PlanCell[][]; more: number } {
  const byId = new Map(input.report.projects.map((p) => [p.projectId, p]));
  const reasons = new Map<string, string[]>();
  const add = (projectId: string, reason: string) => {
    const list = reasons.get(projectId) ?? [];
    if (list.length === 0) reasons.set(projectId, list);
    list.push(reason);
  };
  const worst = input.report.projects
    .filter((p) => isActive(p.phase))
    .map((p) => ({ p, index: worstIndex(p) }))
    .filter(
      (x): x is { p: ProjectKpis; index: number } =>
        x.index !== null && x.index < input.report.settings.ragGreen,
    )
    .sort((a, b) => a.index - b.index || compareText(a.p.projectId, b.p.projectId));
  for (const { p, index } of worst) {
    add(p.projectId, `${p.spi !== null && p.spi === index ? "SPI" : "CPI"} ${index.toFixed(2)}`);
  }
  for (const p of input.report.projects) {
    if (p.watermelon) add(p.projectId, "watermelon (reported Green, computed Red)");
  }
  const overdue = [...input.attention.overdueMilestones].sort(
    (a, b) => b.daysOverdue - a.daysOverdue || compareText(a.projectId, b.projectId),
  );
  for (const m of overdue) add(m.projectId, `milestone "${m.milestone}" ${m.daysOverdue} days overdue`);
  const rows = [...reasons.entries()].slice(0, ATTENTION_ROWS).map(([projectId, list]) => {
    const p = byId.get(projectId);
    return [
      textCell(projectId),
      numberCell(p?.spi ?? null, FORMATS.ratio),
      numberCell(p?.cpi ?? null, FORMATS.ratio),
      textCell(p?.computedRag ?? null),
      textCell(p?.reportedRag ?? null),
      textCell(`${p?.projectName ?? projectId}: ${list.join("; ")}`),
    ];
  });
  return { rows, more: reasons.size - rows.length };
}

/** Milestone figures beside the risk chart: counts need no chart to be read. */
function milestoneSummary(sheet: SheetBuilder, report: KpiReport): void {
  const m = report.milestones;
  sheet.text(RISK_ROW + 1, SPLIT_COL, "Milestones", "sectionHeader");
  const rows: [string, PlanCell][] = [
    ["Milestones tracked", numberCell(m.total, FORMATS.count)],
    ["Completed", numberCell(m.completed, FORMATS.count)],
    ["Hit rate (on or before baseline)", numberCell(m.hitRate, FORMATS.percent)],
    ["Overdue", numberCell(m.overdue, FORMATS.count)],
    ["Due in the next 30 days", numberCell(m.upcoming, FORMATS.count)],
    ["Average slip (days)", numberCell(m.avgSlipDays, "0.0")],
    ["Open risks", numberCell(report.risks.open, FORMATS.count)],
    ["Overdue risk actions", numberCell(report.risks.overdue, FORMATS.count)],
    [
      "Cross-project dependencies at risk",
      numberCell(report.dependencies.filter((d) => d.atRisk).length, FORMATS.count),
    ],
  ];
  rows.forEach(([label, value], i) => {
    sheet.text(RISK_ROW + 2 + i, SPLIT_COL, label, "body").cell(RISK_ROW + 2 + i, SPLIT_COL + 3, value);
  });
}

function noData(sheet: SheetBuilder, row: number, col: number, message: string): void {
  sheet.text(row + 1, col, message, "note");
}

/** The executive page: title, KPI tiles, five native charts and a "needs attention" table. */
export function buildDashboardSheet(input: DashboardInput, theme: Theme): SheetPlan {
  const { report } = input;
  const name = SHEET_NAMES.dashboard;
  const sheet = new SheetBuilder(name, { tabColor: theme.palette[0] });
  sheet.width(1, 2);
  for (let c = FIRST_COL; c <= LAST_COL; c++) sheet.width(c, 15);
  sheet.width(DATA_COL - 1, 4);
  for (let c = DATA_COL; c < DATA_COL + 4; c++) sheet.width(c, 14);

  sheet.text(1, FIRST_COL, "PMO Pulse — Portfolio Dashboard", "title").merge(1, FIRST_COL, 1, LAST_COL);
  sheet.text(
    2,
    FIRST_COL,
    `${input.portfolioName} · as of ${report.asOf} · generated ${input.generatedAt}`,
    "subtitle",
  );
  sheet.merge(2, FIRST_COL, 2, LAST_COL);

  const tileList = tiles(input);
  tileList.forEach((tile, i) => {
    const row = 4 + Math.floor(i / 8) * 3;
    const col = FIRST_COL + (i % 8);
    sheet.text(row, col, tile.label, "tileLabel").cell(row + 1, col, tile.cell);
    sheet.height(row, 24);
  });

  let dataRow = 4;
  sheet.section(dataRow - 1, DATA_COL, "Chart data", 4);
  const place = (headers: string[], rows: PlanCell[][]) => {
    const placed = sheet.dataTable(dataRow, DATA_COL, headers, rows);
    dataRow = placed.lastRow + 2;
    return placed;
  };
  const chartAt = (chart: Omit<ChartPlan, "legend"> & { legend?: ChartPlan["legend"] }) =>
    sheet.chart({ legend: "bottom", ...chart });

  // Portfolio health: RAG doughnut and budget by program.
  sheet.section(HEALTH_ROW, FIRST_COL, "Portfolio health", LAST_COL - FIRST_COL + 1);
  const rags = ["Green", "Amber", "Red"] as const;
  const ragColors = rags.map((r) => theme.rag[r]);
  if (report.portfolio.active > 0) {
    const t = place(
      ["RAG", "Reported", "Computed"],
      rags.map((r) => [
        textCell(r),
        numberCell(report.portfolio.ragReported[r], FORMATS.count),
        numberCell(report.portfolio.ragComputed[r], FORMATS.count),
      ]),
    );
    chartAt({
      id: "ragDistribution",
      type: "doughnut",
      title: "RAG distribution (inner: reported, outer: computed)",
      from: { row: HEALTH_ROW + 1, col: FIRST_COL },
      to: { row: HEALTH_ROW + 17, col: SPLIT_COL },
      series: [
        {
          name: "Reported",
          categories: t.column(0),
          values: t.column(1),
          colors: ragColors,
          categoryCache: [...rags],
          valueCache: rags.map((r) => report.portfolio.ragReported[r]),
        },
        {
          name: "Computed",
          categories: t.column(0),
          values: t.column(2),
          colors: ragColors,
          categoryCache: [...rags],
          valueCache: rags.map((r) => report.portfolio.ragComputed[r]),
        },
      ],
    });
  } else {
    noData(sheet, HEALTH_ROW + 1, FIRST_COL, "No active projects: nothing to show.");
  }

  const programs = report.cost.byProgram;
  if (programs.length > 0) {
    const t = place(
      ["Program", "Budget", "Actual cost", "EAC"],
      programs.map((g) => [
        textCell(g.program),
        numberCell(g.bac, FORMATS.money),
        numberCell(g.ac, FORMATS.money),
        numberCell(g.eac, FORMATS.money),
      ]),
    );
    const cats = programs.map((g) => g.program);
    chartAt({
      id: "budgetByProgram",
      type: "columnClustered",
      title: "Budget vs actual cost vs EAC by program",
      from: { row: HEALTH_ROW + 1, col: SPLIT_COL },
      to: { row: HEALTH_ROW + 17, col: LAST_COL + 1 },
      valueFormat: FORMATS.money,
      series: (
        [
          ["Budget", 1, programs.map((g) => g.bac)],
          ["Actual cost", 2, programs.map((g) => g.ac)],
          ["EAC", 3, programs.map((g) => g.eac)],
        ] as const
      ).map(([seriesName, col, values]) => ({
        name: seriesName,
        categories: t.column(0),
        values: t.column(col),
        categoryCache: cats,
        valueCache: values,
      })),
    });
  } else {
    noData(sheet, HEALTH_ROW + 1, SPLIT_COL, "No projects with a budget: nothing to chart.");
  }

  // Schedule/cost performance and capacity.
  sheet.section(PERFORMANCE_ROW, FIRST_COL, "Performance and capacity", LAST_COL - FIRST_COL + 1);
  const plotted = report.projects.filter(
    (p): p is ProjectKpis & { spi: number; cpi: number } =>
      p.spi !== null && p.cpi !== null && isInScope(p.phase),
  );
  if (plotted.length === 0) {
    noData(sheet, PERFORMANCE_ROW + 1, FIRST_COL, "No project has both SPI and CPI yet.");
  }
  sheet.text(
    PERFORMANCE_ROW + 18,
    FIRST_COL,
    "SPI vs CPI: right of 1.0 is ahead of schedule, above 1.0 is under budget; bottom-left is late and over budget.",
    "note",
  );
  const months = report.capacity.byMonth;
  if (months.length > 0) {
    const t = place(
      ["Month", "Capacity hours", "Planned hours"],
      months.map((m) => [
        textCell(m.month),
        numberCell(m.capacityHours, FORMATS.hours),
        numberCell(m.plannedHours, FORMATS.hours),
      ]),
    );
    const cats = months.map((m) => m.month);
    chartAt({
      id: "capacityVsDemand",
      type: "columnLine",
      title: "Capacity vs demand by month (hours)",
      from: { row: PERFORMANCE_ROW + 1, col: SPLIT_COL },
      to: { row: PERFORMANCE_ROW + 17, col: LAST_COL + 1 },
      valueFormat: FORMATS.hours,
      series: [
        {
          name: "Planned hours (demand)",
          as: "column",
          categories: t.column(0),
          values: t.column(2),
          categoryCache: cats,
          valueCache: months.map((m) => m.plannedHours),
        },
        {
          name: "Capacity hours",
          as: "line",
          categories: t.column(0),
          values: t.column(1),
          colors: [theme.rag.Red],
          categoryCache: cats,
          valueCache: months.map((m) => m.capacityHours),
        },
      ],
    });
  } else {
    noData(
      sheet,
      PERFORMANCE_ROW + 1,
      SPLIT_COL,
      "No allocations: add an Allocations sheet to see capacity vs demand.",
    );
  }

  const risks = report.risks;
  sheet.section(RISK_ROW, FIRST_COL, "Risks and attention", LAST_COL - FIRST_COL + 1);
  if (risks.open > 0) {
    // A bar chart draws its first category at the bottom: Low first puts High on top.
    const levels = [
      ["Low", risks.low],
      ["Medium", risks.medium],
      ["High", risks.high],
    ] as const;
    const t = place(
      ["Severity", "Open risks"],
      levels.map(([level, count]) => [textCell(level), numberCell(count, FORMATS.count)]),
    );
    chartAt({
      id: "risksBySeverity",
      type: "barClustered",
      title: "Open risks by severity",
      from: { row: RISK_ROW + 1, col: FIRST_COL },
      to: { row: RISK_ROW + 17, col: SPLIT_COL },
      legend: "none",
      series: [
        {
          name: "Open risks",
          categories: t.column(0),
          values: t.column(1),
          categoryCache: levels.map(([level]) => level),
          valueCache: levels.map(([, count]) => count),
        },
      ],
    });
  } else {
    noData(sheet, RISK_ROW + 1, FIRST_COL, "No open risks.");
  }

  milestoneSummary(sheet, report);

  const attentionRow = RISK_ROW + 19;
  const { rows: attention, more } = attentionRows(input);
  sheet.section(attentionRow, FIRST_COL, "Needs attention", LAST_COL - FIRST_COL + 1);
  let lastRow = attentionRow + 2;
  if (attention.length > 0) {
    // The reason is last: its text runs on across the empty columns to its right.
    const t = sheet.dataTable(
      attentionRow + 1,
      FIRST_COL,
      ["Project ID", "SPI", "CPI", "Computed RAG", "Reported RAG", "Project: why it needs attention"],
      attention,
    );
    for (const col of [3, 4]) {
      for (const rag of rags) {
        sheet.conditional({ kind: "textEquals", range: t.column(col), text: rag, style: `rag${rag}` });
      }
    }
    lastRow = t.lastRow;
    if (more > 0) {
      lastRow += 1;
      sheet.text(lastRow, FIRST_COL, `…and ${more} more projects: see ${SHEET_NAMES.projects}.`, "note");
    }
  } else {
    noData(
      sheet,
      attentionRow,
      FIRST_COL,
      "Nothing needs attention: no low indices, watermelons or overdue milestones.",
    );
  }
  // The chart data to the right stays out of print: the page shows what an executive reads.
  sheet.printOnOnePage(rangeAddress(1, 1, lastRow, LAST_COL));

  // Its data block can be thousands of rows long: placed last in the chart-data column.
  if (plotted.length > 0) {
    const t = place(
      ["Project ID", "SPI", "CPI", "Budget"],
      plotted.map((p) => [
        textCell(p.projectId),
        numberCell(p.spi, FORMATS.ratio),
        numberCell(p.cpi, FORMATS.ratio),
        numberCell(p.bac, FORMATS.money),
      ]),
    );
    chartAt({
      id: "spiVsCpi",
      type: "bubble",
      title: "SPI vs CPI per project (bubble size = budget)",
      from: { row: PERFORMANCE_ROW + 1, col: FIRST_COL },
      to: { row: PERFORMANCE_ROW + 17, col: SPLIT_COL },
      xAxisTitle: "SPI (schedule)",
      yAxisTitle: "CPI (cost)",
      valueFormat: FORMATS.ratio,
      legend: "none",
      series: [
        {
          name: "Projects",
          categories: t.column(1),
          values: t.column(2),
          sizes: t.column(3),
          categoryCache: plotted.map((p) => p.spi),
          valueCache: plotted.map((p) => p.cpi),
          sizeCache: plotted.map((p) => p.bac),
        },
      ],
    });
  }

  return sheet.build();
}
