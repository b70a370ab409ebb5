import type { PortfolioHistoryRow } from "../../cycle/history";
import type { KpiReport } from "../../kpi/report";
import { FORMATS } from "../formats";
import type { PlanCell } from "../types";
import { cellAddress } from "../../model/a1";
import { FIRST_COL, type DashboardBlock, type DashboardContext } from "./layout";

export interface Tile {
  readonly label: string;
  readonly cell: PlanCell;
  /** The PortfolioHistory figure the tile shows, so its change since the previous period can be shown. */
  readonly history?: TileHistoryKey;
  /** Coloured Green / Amber / Red by the RAG thresholds (SPI and CPI). */
  readonly graded?: boolean;
}

export type TileHistoryKey = keyof Omit<PortfolioHistoryRow, "asOf">;

/** Tiles per row of tiles. */
const TILES_PER_ROW = 8;

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

/** The headline figures, in reading order. */
export function tileList(report: KpiReport): Tile[] {
  const p = report.portfolio;
  const v = (value: number | null, format: string): PlanCell => ({ value, format, style: "tileValue" });
  const money = tileMoneyFormat([p.bac, p.ac, p.eac, p.vac]);
  return [
    { label: "Active projects", cell: v(p.active, FORMATS.count), history: "active" },
    { label: "Reported G · A · R", cell: { value: ragSplit(p.ragReported), style: "tileValue" } },
    { label: "Computed G · A · R", cell: { value: ragSplit(p.ragComputed), style: "tileValue" } },
    { label: "Portfolio SPI", cell: v(p.spi, FORMATS.ratio), history: "spi", graded: true },
    { label: "Portfolio CPI", cell: v(p.cpi, FORMATS.ratio), history: "cpi", graded: true },
    { label: "Budget (BAC)", cell: v(p.bac, money), history: "bac" },
    { label: "Actual cost", cell: v(p.ac, money), history: "ac" },
    { label: "EAC", cell: v(p.eac, money), history: "eac" },
    { label: "VAC", cell: v(p.vac, money), history: "vac" },
    { label: "Milestone hit rate", cell: v(report.milestones.hitRate, FORMATS.percent) },
    { label: "Open high risks", cell: v(report.risks.high, FORMATS.count), history: "openHighRisks" },
    { label: "Average utilisation", cell: v(averageUtilisation(report), FORMATS.percent) },
    { label: "Over-allocated people", cell: v(overAllocatedPeople(report), FORMATS.count) },
    { label: "Compliance", cell: v(p.compliance, FORMATS.percent), history: "compliance" },
    { label: "Watermelons", cell: v(p.watermelons, FORMATS.count), history: "watermelons" },
    {
      label: "Overdue milestones",
      cell: v(report.milestones.overdue, FORMATS.count),
      history: "overdueMilestones",
    },
  ];
}

/**
 * A difference as "▲ 0.03" / "▼ 2" / "= 0" through the number format, so the cell keeps the number.
 * @example changeFormat("0.00") // '"▲ "0.00;"▼ "0.00;"= "0.00'
 */
export function changeFormat(format: string): string {
  return `"▲ "${format};"▼ "${format};"= "${format}`;
}

/** The tile's change since the previous period, or null when either figure is unknown. */
function tileChange(tile: Tile, previous: PortfolioHistoryRow | undefined): PlanCell | null {
  if (tile.history === undefined || previous === undefined) return null;
  const before = previous[tile.history];
  const now = tile.cell.value;
  if (typeof now !== "number" || before === null) return null;
  return {
    value: now - before,
    format: changeFormat(tile.cell.format ?? FORMATS.count),
    style: "tileChange",
  };
}

function gradeTile(context: DashboardContext, row: number, col: number): void {
  const { ragGreen, ragAmber } = context.input.report.settings;
  const range = cellAddress(row, col);
  context.sheet.conditional({
    kind: "cellIs",
    range,
    operator: "lessThan",
    values: [ragAmber],
    style: "ragRed",
  });
  context.sheet.conditional({
    kind: "cellIs",
    range,
    operator: "between",
    values: [ragAmber, ragGreen - GRADE_EPSILON],
    style: "ragAmber",
  });
  context.sheet.conditional({
    kind: "cellIs",
    range,
    operator: "between",
    values: [ragGreen, GRADE_CEILING],
    style: "ragGreen",
  });
}

/** Below the green threshold by less than any index the dashboard shows (two decimals). */
const GRADE_EPSILON = 1e-9;
const GRADE_CEILING = 1e9;

function previousRow(context: DashboardContext): PortfolioHistoryRow | undefined {
  const cycle = context.input.cycle;
  if (cycle?.previousAsOf == null) return undefined;
  return cycle.history.portfolio.find((r) => r.asOf === cycle.previousAsOf);
}

/**
 * KPI tiles, eight to a row: a label over its value, and under it the change since the previous
 * period when there is one; each row of tiles three sheet rows high.
 */
export const tiles: DashboardBlock = (context, row) => {
  const { input, sheet } = context;
  const list = tileList(input.report);
  const previous = previousRow(context);
  list.forEach((tile, i) => {
    const top = row + Math.floor(i / TILES_PER_ROW) * 3;
    const col = FIRST_COL + (i % TILES_PER_ROW);
    sheet.text(top, col, tile.label, "tileLabel").cell(top + 1, col, tile.cell);
    sheet.height(top, 24);
    if (tile.graded === true && typeof tile.cell.value === "number") gradeTile(context, top + 1, col);
    // The row under the values is part of the tile (its fill), with the change when there is one.
    if (previous !== undefined)
      sheet.cell(top + 2, col, tileChange(tile, previous) ?? { value: null, style: "tileChange" });
  });
  return row + Math.ceil(list.length / TILES_PER_ROW) * 3;
};
