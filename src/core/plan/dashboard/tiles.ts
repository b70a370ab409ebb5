import type { KpiReport } from "../../kpi/report";
import { FORMATS } from "../formats";
import type { PlanCell } from "../types";
import { FIRST_COL, type DashboardBlock } from "./layout";

export interface Tile {
  readonly label: string;
  readonly cell: PlanCell;
}

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

/** KPI tiles, eight to a row: a label over its value, each row of tiles three sheet rows high. */
export const tiles: DashboardBlock = ({ input, sheet }, row) => {
  const list = tileList(input.report);
  list.forEach((tile, i) => {
    const top = row + Math.floor(i / TILES_PER_ROW) * 3;
    const col = FIRST_COL + (i % TILES_PER_ROW);
    sheet.text(top, col, tile.label, "tileLabel").cell(top + 1, col, tile.cell);
    sheet.height(top, 24);
  });
  return row + Math.ceil(list.length / TILES_PER_ROW) * 3;
};
