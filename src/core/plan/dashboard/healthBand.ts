import { FORMATS, numberCell, textCell } from "../formats";
import {
  CHART_ROWS,
  FIRST_COL,
  LAST_COL,
  PAGE_SPAN,
  SPLIT_COL,
  chartAt,
  noData,
  type DashboardBlock,
  type DashboardContext,
} from "./layout";

const RAGS = ["Green", "Amber", "Red"] as const;

/** Reported (inner ring) and computed (outer ring) RAG of the active projects. */
function ragDoughnut(context: DashboardContext, top: number): void {
  const { report } = context.input;
  const { ragReported, ragComputed } = report.portfolio;
  if (report.portfolio.active === 0) {
    noData(context, top, FIRST_COL, "No active projects: nothing to show.");
    return;
  }
  const colors = RAGS.map((r) => context.theme.rag[r]);
  const t = context.data.place(
    ["RAG", "Reported", "Computed"],
    RAGS.map((r) => [
      textCell(r),
      numberCell(ragReported[r], FORMATS.count),
      numberCell(ragComputed[r], FORMATS.count),
    ]),
  );
  chartAt(context, {
    id: "ragDistribution",
    type: "doughnut",
    title: "RAG distribution (inner: reported, outer: computed)",
    from: { row: top, col: FIRST_COL },
    to: { row: top + CHART_ROWS, col: SPLIT_COL },
    series: [
      {
        name: "Reported",
        categories: t.column(0),
        values: t.column(1),
        colors,
        categoryCache: [...RAGS],
        valueCache: RAGS.map((r) => ragReported[r]),
      },
      {
        name: "Computed",
        categories: t.column(0),
        values: t.column(2),
        colors,
        categoryCache: [...RAGS],
        valueCache: RAGS.map((r) => ragComputed[r]),
      },
    ],
  });
}

/** Budget, actual cost and EAC per program. */
function budgetByProgram(context: DashboardContext, top: number): void {
  const programs = context.input.report.cost.byProgram;
  if (programs.length === 0) {
    noData(context, top, SPLIT_COL, "No projects with a budget: nothing to chart.");
    return;
  }
  const t = context.data.place(
    ["Program", "Budget", "Actual cost", "EAC"],
    programs.map((g) => [
      textCell(g.program),
      numberCell(g.bac, FORMATS.money),
      numberCell(g.ac, FORMATS.money),
      numberCell(g.eac, FORMATS.money),
    ]),
  );
  const cats = programs.map((g) => g.program);
  chartAt(context, {
    id: "budgetByProgram",
    type: "columnClustered",
    title: "Budget vs actual cost vs EAC by program",
    from: { row: top, col: SPLIT_COL },
    to: { row: top + CHART_ROWS, col: LAST_COL + 1 },
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
}

/** "Portfolio health": the RAG doughnut beside budget by program. */
export const healthBand: DashboardBlock = (context, row) => {
  context.sheet.section(row, FIRST_COL, "Portfolio health", PAGE_SPAN);
  ragDoughnut(context, row + 1);
  budgetByProgram(context, row + 1);
  return row + CHART_ROWS + 2;
};
