import type { DashboardInput } from "../input";
import type { PlacedTable, SheetBuilder } from "../sheetBuilder";
import type { ChartPlan, PlanCell, Theme } from "../types";

/** The visible page spans columns B–M; charts sit two per band: left half B–G, right half H–M. */
export const FIRST_COL = 2;
export const LAST_COL = 13;
export const SPLIT_COL = 8;
export const PAGE_SPAN = LAST_COL - FIRST_COL + 1;
/** Chart source data sits to the right of the visible dashboard, labelled, so charts stay live. */
export const DATA_COL = 16;
/** Rows a chart band takes (the chart itself is 16 rows high under a section header). */
export const CHART_ROWS = 16;

/**
 * The chart-data column right of the page: each block places the table its chart reads, one under
 * the other. A table that can be thousands of rows long is deferred so it lands last.
 */
export class ChartData {
  private nextRow: number;
  private readonly deferred: (() => void)[] = [];

  constructor(
    private readonly sheet: SheetBuilder,
    firstRow: number,
  ) {
    this.nextRow = firstRow;
  }

  place(headers: readonly string[], rows: readonly (readonly PlanCell[])[]): PlacedTable {
    const placed = this.sheet.dataTable(this.nextRow, DATA_COL, headers, rows);
    this.nextRow = placed.lastRow + 2;
    return placed;
  }

  /** Runs `step` after every other block has placed its data (long tables go last). */
  defer(step: () => void): void {
    this.deferred.push(step);
  }

  flush(): void {
    for (const step of this.deferred.splice(0)) step();
  }
}

/** What every dashboard block draws with. */
export interface DashboardContext {
  readonly input: DashboardInput;
  readonly theme: Theme;
  readonly sheet: SheetBuilder;
  readonly data: ChartData;
}

/**
 * One block of the page: it draws from `row` down and returns the first row after it. Blocks are
 * stacked by `buildDashboardSheet`, so adding a block is one function and one line in that list.
 */
export type DashboardBlock = (context: DashboardContext, row: number) => number;

/** A chart with the dashboard's default legend (bottom). */
export function chartAt(
  context: DashboardContext,
  chart: Omit<ChartPlan, "legend"> & { legend?: ChartPlan["legend"] },
): void {
  context.sheet.chart({ legend: "bottom", ...chart });
}

/** A one-line note where a chart would be when there is nothing to draw. */
export function noData(context: DashboardContext, row: number, col: number, message: string): void {
  context.sheet.text(row + 1, col, message, "note");
}
