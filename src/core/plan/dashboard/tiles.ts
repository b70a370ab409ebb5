import type { PortfolioHistoryRow } from "../../cycle/history";
import type { KpiReport, RagCounts } from "../../kpi/report";
import { FORMATS } from "../formats";
import type { PlanCell } from "../types";
import { FIRST_COL, type DashboardBlock, type DashboardContext } from "./layout";
import { complianceRag, indexRag, portfolioRag, tileStyle, utilisationRag } from "./thresholds";

export interface Tile {
  readonly label: string;
  readonly cell: PlanCell;
  /** The PortfolioHistory figure the tile shows, so its change since the previous period can be shown. */
  readonly history?: TileHistoryKey;
  /** A text tile's change, told from the previous period's history rows (null: not known). */
  readonly textChange?: (previous: PreviousPeriod) => string | null;
}

/** What the history holds of the previous period. */
export interface PreviousPeriod {
  readonly portfolio: PortfolioHistoryRow;
  /** Its reported RAG counts (from its ProjectHistory rows), when known. */
  readonly reported: RagCounts | null;
}

export type TileHistoryKey = keyof Omit<PortfolioHistoryRow, "asOf">;

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

/** People in the capacity list: all of them, or the over-allocated ones (in any month). */
function capacityPeople(report: KpiReport, overAllocatedOnly: boolean): number {
  const list = report.capacity.byResource;
  const width = list.months.length;
  if (width === 0) return 0;
  const people = new Set<string>();
  list.people.forEach((person, position) => {
    let counted = !overAllocatedOnly;
    for (let slot = 0; slot < width && !counted; slot++)
      counted = list.overAllocated(position * width + slot);
    if (counted) people.add(person.resource);
  });
  return people.size;
}

/** `▲ 2`, `▼ 1`, `= 0`: one count's change, as the number tiles show theirs. */
function countChange(now: number, before: number): string {
  const d = now - before;
  return d > 0 ? `▲ ${d}` : d < 0 ? `▼ ${-d}` : "= 0";
}

/** Each count's change, in the tile's order: `▲ 1 · ▼ 1 · = 0`. */
function splitChange(now: readonly number[], before: readonly number[]): string {
  return now.map((n, i) => countChange(n, before[i] ?? 0)).join(" · ");
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
  const people = capacityPeople(report, false);
  const allocated = people - report.capacity.unallocated.people;
  return [
    {
      label: "Portfolio RAG (SPI and CPI)",
      cell: { value: overall ?? "n/a", style: tileStyle(overall) },
      textChange: (before) => {
        const was = portfolioRag(before.portfolio.spi, before.portfolio.cpi, settings);
        return was === overall ? "= no change" : `was ${was ?? "n/a"}`;
      },
    },
    { label: "Active projects", cell: v(p.active, FORMATS.count), history: "active" },
    {
      label: "Reported G · A · R",
      cell: { value: ragSplit(p.ragReported), style: "tileValue" },
      textChange: ({ reported: was }) => {
        const { Green, Amber, Red } = p.ragReported;
        return was === null ? null : splitChange([Green, Amber, Red], [was.Green, was.Amber, was.Red]);
      },
    },
    {
      label: p.ragComputed.Unknown > 0 ? "Computed G · A · R · unknown" : "Computed G · A · R",
      cell: { value: ragSplit(p.ragComputed), style: "tileValue" },
      textChange: ({ portfolio: was }) => {
        const { Green, Amber, Red, Unknown } = p.ragComputed;
        const now = Unknown > 0 ? [Green, Amber, Red, Unknown] : [Green, Amber, Red];
        const before = [was.green, was.amber, was.red, was.unknown].map((n) => n ?? 0);
        return was.green === null ? null : splitChange(now, before);
      },
    },
    {
      label: `Portfolio SPI · ${counted}`,
      cell: v(p.spi, FORMATS.ratio, tileStyle(indexRag(p.spi, settings))),
      history: "spi",
    },
    {
      label: `Portfolio CPI · ${counted}`,
      cell: v(p.cpi, FORMATS.ratio, tileStyle(indexRag(p.cpi, settings))),
      history: "cpi",
    },
    { label: `Budget · ${counted}`, cell: v(p.bac, money), history: "bac" },
    { label: `Actual cost · ${counted}`, cell: v(p.ac, money), history: "ac" },
    { label: `EAC · ${counted}`, cell: v(p.eac, money), history: "eac" },
    { label: `VAC · ${counted}`, cell: v(p.vac, money), history: "vac" },
    { label: "Milestone hit rate", cell: v(report.milestones.hitRate, FORMATS.percent) },
    { label: "Open high risks", cell: v(report.risks.high, FORMATS.count), history: "openHighRisks" },
    {
      label: `Utilisation · ${plural(allocated, "allocated person").replace("persons", "people")}`,
      cell: v(
        report.capacity.averageUtilization,
        FORMATS.percent,
        tileStyle(utilisationRag(report.capacity.averageUtilization)),
      ),
    },
    { label: "Over-allocated people", cell: v(capacityPeople(report, true), FORMATS.count) },
    {
      label: `Compliance · ${plural(p.active, "active project")}`,
      cell: v(p.compliance, FORMATS.percent, tileStyle(complianceRag(p.compliance))),
      history: "compliance",
    },
    { label: "Watermelons", cell: v(p.watermelons, FORMATS.count), history: "watermelons" },
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
function tileChange(tile: Tile, previous: PreviousPeriod): PlanCell | null {
  if (tile.textChange !== undefined) {
    const text = tile.textChange(previous);
    return text === null ? null : { value: text, style: "tileChange" };
  }
  if (tile.history === undefined) return null;
  const before = previous.portfolio[tile.history];
  const now = tile.cell.value;
  if (typeof now !== "number" || before === null) return null;
  return {
    value: now - before,
    format: changeFormat(tile.cell.format ?? FORMATS.count),
    style: "tileChange",
  };
}

function previousPeriod(context: DashboardContext): PreviousPeriod | undefined {
  const cycle = context.input.cycle;
  const asOf = cycle?.previousAsOf;
  if (cycle === undefined || asOf == null) return undefined;
  const portfolio = cycle.history.portfolio.find((r) => r.asOf === asOf);
  if (portfolio === undefined) return undefined;
  return { portfolio, reported: cycle.previousReportedRag ?? null };
}

/**
 * KPI tiles, eight to a row: a label over its value, each row of tiles three sheet rows high; with
 * a previous period, the row under the values shows each tile's change since then.
 */
export const tiles: DashboardBlock = (context, row) => {
  const { input, sheet } = context;
  const list = tileList(input.report);
  const previous = previousPeriod(context);
  list.forEach((tile, i) => {
    const top = row + Math.floor(i / TILES_PER_ROW) * 3;
    const col = FIRST_COL + (i % TILES_PER_ROW);
    sheet.text(top, col, tile.label, "tileLabel").cell(top + 1, col, tile.cell);
    sheet.height(top, 36);
    if (previous !== undefined) {
      sheet.cell(top + 2, col, tileChange(tile, previous) ?? { value: null, style: "tileChange" });
    }
  });
  return row + Math.ceil(list.length / TILES_PER_ROW) * 3 - (previous === undefined ? 1 : 0);
};
