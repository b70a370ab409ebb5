import type { SheetSpec, SpecCell, TrackerSheets } from "../../../src/core/example/trackerSheets";

/** Test helper: a generated sheet's rows as records keyed by header, so tests read like the spec. */
export function sheetOf(spec: TrackerSheets, name: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function recordsOf(spec: TrackerSheets, name: string): Record<string, SpecCell>[] {
  const sheet = sheetOf(spec, name);
  return sheet.rows.map((row) => Object.fromEntries(sheet.header.map((h, i) => [h, row[i] ?? null])));
}

/** ISO date of a `{date}` cell; throws for anything else so a wrong cell type fails the test. */
export function isoOf(cell: SpecCell | undefined): string {
  if (cell !== null && typeof cell === "object" && "date" in cell) return cell.date;
  throw new Error(`not a date cell: ${JSON.stringify(cell)}`);
}

export function optionalIso(cell: SpecCell | undefined): string | null {
  return cell === null || cell === undefined ? null : isoOf(cell);
}

export function percentOf(cell: SpecCell | undefined): number {
  if (cell !== null && typeof cell === "object" && "percent" in cell) return cell.percent;
  throw new Error(`not a percent cell: ${JSON.stringify(cell)}`);
}

export function numberOf(cell: SpecCell | undefined): number {
  if (typeof cell === "number") return cell;
  throw new Error(`not a number: ${JSON.stringify(cell)}`);
}

export function textOf(cell: SpecCell | undefined): string {
  if (typeof cell === "string") return cell;
  throw new Error(`not text: ${JSON.stringify(cell)}`);
}

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
