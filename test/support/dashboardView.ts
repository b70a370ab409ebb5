/**
 * A writer-neutral view of a rendered dashboard sheet, so the add-in's output (the Excel test
 * double) and the CLI's output (.xlsx) can be compared with one `toEqual`. Builders:
 * `xlsxDashboardView.ts` (ExcelJS + chart XML) and `test/integration/fakeDashboardView.ts`.
 */
import type { ChartType, ConditionalFormatPlan } from "../../src/core/plan/types";

export type ViewValue = string | number | boolean;

export interface TableView {
  readonly name: string;
  readonly range: string;
}

export interface ConditionalFormatView {
  readonly kind: ConditionalFormatPlan["kind"];
  readonly range: string;
  /** What the rule tests, written the same way for both writers (`Green`, `lessThan 0`, `0,1,1.5 F8F8F8,...`). */
  readonly rule: string;
}

export interface SeriesView {
  readonly name: string;
  /** A1 ranges without sheet name or `$`. */
  readonly categories: string;
  readonly values: string;
  /** Bubble sizes range (bubble charts), else "". */
  readonly sizes: string;
}

export interface ChartView {
  readonly type: ChartType;
  readonly series: readonly SeriesView[];
}

export interface SheetView {
  /** Every non-empty cell: A1 address → value (dates as serial numbers). */
  readonly cells: Readonly<Record<string, ViewValue>>;
  /** Number format of every numeric cell (`General` when none). */
  readonly numberFormats: Readonly<Record<string, string>>;
  /** Addresses of cells that hold a formula (a dashboard has none: tracker text must stay text). */
  readonly formulas: readonly string[];
  readonly tables: readonly TableView[];
  readonly conditionalFormats: readonly ConditionalFormatView[];
  readonly charts: readonly ChartView[];
}

/** `'PMO Dashboard'!$P$5:$P$7` → `P5:P7`. */
export function localRange(reference: string): string {
  const bang = reference.lastIndexOf("!");
  return (bang < 0 ? reference : reference.slice(bang + 1)).replace(/\$/g, "");
}

/** `#f8f8f8`, `FFF8F8F8`, `F8F8F8` → `F8F8F8`. */
export function rgb(colour: string): string {
  return colour.replace(/^#/, "").slice(-6).toUpperCase();
}

/** Numbers as the shortest round-trip text, so `"0.85"`, `0.85` and `=0.85` compare equal. */
export function numberText(value: unknown): string {
  const text = String(value).replace(/^=/, "");
  return String(Number(text));
}

/** Sorted copies, for sets whose order is not part of the contract. */
export function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
