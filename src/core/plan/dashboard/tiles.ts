import type { KpiReport } from "../../kpi/report";
import { FORMATS } from "../formats";
import type { PlanCell } from "../types";
import { FIRST_COL, type DashboardBlock } from "./layout";
import { complianceRag, indexRag, portfolioRag, tileStyle, utilisationRag } from "./thresholds";

export interface Tile {
  readonly label: string;
  readonly cell: PlanCell;
}

/** Tiles per row of tiles. */
const TILES_PER_ROW = 8;

function ragSplit(counts: { Green: number; Amber: number; Red: number; Unknown?: number }): string {
  const known = `${counts.Green} · ${counts.Amber} · ${counts.Red}`;
  return counts.Unknown ? `${known} · ${counts.Unknown}` : known;
}

/** Tiles show money in millions or thousands so a 9-digit budget fits a tile; the cell keeps the full value. */
export function tileMoneyFormat(values: readonly number[]): string {
  const largest = Math.max(0, ...values.map(Math.abs));
  if (largest >= 1_000_000) return '#,##0.0,,"M"';
  if (largest >= 10_000) return '#,##0,"K"';
  return FORMATS.money;
}

function overAllocatedPeople(report: KpiReport): number {
  const people = new Set<string>();
  for (const r of report.capacity.byResource) if (r.overAllocated) people.add(r.resource);
  return people.size;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The headline figures, in reading order. A tile with a threshold (portfolio RAG, SPI, CPI,
 * utilisation, compliance) is coloured by it; money labels say how many projects they add up.
 */
export function tileList(report: KpiReport): Tile[] {
  const p = report.portfolio;
  const { settings } = report;
  const v = (value: number | null, format: string, style: PlanCell["style"] = "tileValue"): PlanCell => ({
    value,
    format,
    style,
  });
  const money = tileMoneyFormat([p.bac, p.ac, p.eac, p.vac]);
  const overall = portfolioRag(p.spi, p.cpi, settings);
  const counted = plural(p.counted, "project");
  const people = new Set(report.capacity.byResource.map((r) => r.resource)).size;
  const allocated = people - report.capacity.unallocated.people;
  return [
    { label: "Portfolio RAG (SPI and CPI)", cell: { value: overall ?? "n/a", style: tileStyle(overall) } },
    { label: "Active projects", cell: v(p.active, FORMATS.count) },
    { label: "Reported G · A · R", cell: { value: ragSplit(p.ragReported), style: "tileValue" } },
    {
      label: p.ragComputed.Unknown > 0 ? "Computed G · A · R · unknown" : "Computed G · A · R",
      cell: { value: ragSplit(p.ragComputed), style: "tileValue" },
    },
    {
      label: `Portfolio SPI · ${counted}`,
      cell: v(p.spi, FORMATS.ratio, tileStyle(indexRag(p.spi, settings))),
    },
    {
      label: `Portfolio CPI · ${counted}`,
      cell: v(p.cpi, FORMATS.ratio, tileStyle(indexRag(p.cpi, settings))),
    },
    { label: `Budget · ${counted}`, cell: v(p.bac, money) },
    { label: `Actual cost · ${counted}`, cell: v(p.ac, money) },
    { label: `EAC · ${counted}`, cell: v(p.eac, money) },
    { label: `VAC · ${counted}`, cell: v(p.vac, money) },
    { label: "Milestone hit rate", cell: v(report.milestones.hitRate, FORMATS.percent) },
    { label: "Open high risks", cell: v(report.risks.high, FORMATS.count) },
    {
      label: `Utilisation · ${plural(allocated, "allocated person").replace("persons", "people")}`,
      cell: v(
        report.capacity.averageUtilization,
        FORMATS.percent,
        tileStyle(utilisationRag(report.capacity.averageUtilization)),
      ),
    },
    { label: "Over-allocated people", cell: v(overAllocatedPeople(report), FORMATS.count) },
    {
      label: `Compliance · ${plural(p.active, "active project")}`,
      cell: v(p.compliance, FORMATS.percent, tileStyle(complianceRag(p.compliance))),
    },
    { label: "Watermelons", cell: v(p.watermelons, FORMATS.count) },
  ];
}

/** KPI tiles, eight to a row: a label over its value, each row of tiles three sheet rows high. */
export const tiles: DashboardBlock = ({ input, sheet }, row) => {
  const list = tileList(input.report);
  list.forEach((tile, i) => {
    const top = row + Math.floor(i / TILES_PER_ROW) * 3;
    const col = FIRST_COL + (i % TILES_PER_ROW);
    sheet.text(top, col, tile.label, "tileLabel").cell(top + 1, col, tile.cell);
    sheet.height(top, 36);
  });
  return row + Math.ceil(list.length / TILES_PER_ROW) * 3 - 1;
};
