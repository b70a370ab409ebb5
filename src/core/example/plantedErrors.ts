import { dayFromIso, isoFromDay } from "../model/calendar";
import type { SheetSpec, SpecCell, TrackerSheets } from "./trackerSheets";
import { columnLetters } from "../model/a1";
import { isDateCell, sheetRowOfDataRow } from "./trackerSheets";

export type PlantedErrorId =
  | "baseline-before-start"
  | "percent-over-100"
  | "budget-error-value"
  | "duplicate-project-id"
  | "missing-project-manager"
  | "invalid-text-date"
  | "risk-unknown-project"
  | "allocation-unknown-resource";

/** One deliberate data error that `withErrors: true` plants, for tests and docs to name. */
export interface PlantedError {
  /** Stable id; also what the docs call it. */
  readonly id: PlantedErrorId;
  readonly sheet: string;
  /** 0-based index into the sheet's data rows (`SheetSpec.rows`), not the worksheet row. */
  readonly row: number;
  /** The column header exactly as written on the sheet. */
  readonly column: string;
  readonly what: string;
}

/**
 * The errors planted by `generateExamplePortfolio({ withErrors: true })`, at the same rows for
 * every seed and size (the generator needs at least 10 projects for them).
 */
export const PLANTED_ERRORS: readonly PlantedError[] = [
  {
    id: "baseline-before-start",
    sheet: "Projects",
    row: 2,
    column: "Baseline Finish",
    what: "Baseline Finish is 30 days before the Start Date",
  },
  {
    id: "percent-over-100",
    sheet: "Projects",
    row: 4,
    column: "% Complete",
    what: "% Complete is 140%",
  },
  {
    id: "budget-error-value",
    sheet: "Projects",
    row: 5,
    column: "Budget ($)",
    what: "Budget holds the Excel error value #N/A",
  },
  {
    id: "duplicate-project-id",
    sheet: "Projects",
    row: 7,
    column: "Project ID",
    what: "Project ID repeats the Project ID of the row above",
  },
  {
    id: "missing-project-manager",
    sheet: "Projects",
    row: 9,
    column: "Project Manager",
    what: "Project Manager (required) is blank",
  },
  {
    id: "invalid-text-date",
    sheet: "Milestones",
    row: 6,
    column: "Baseline Date",
    what: "Baseline Date is the text 31/13/2026, not a date in either day/month order",
  },
  {
    id: "risk-unknown-project",
    sheet: "Risk Register",
    row: 2,
    column: "Project ID",
    what: "Project ID PRJ-O042 (letter O) does not exist in Projects",
  },
  {
    id: "allocation-unknown-resource",
    sheet: "Allocations",
    row: 5,
    column: "Resource",
    what: "Resource Jordan Whitfield is not on the Resources sheet",
  },
];

/** Fewest projects for which every planted row exists. */
export const MIN_PROJECTS_WITH_ERRORS = 10;

export function findPlantedError(id: PlantedErrorId): PlantedError {
  const planted = PLANTED_ERRORS.find((p) => p.id === id);
  if (!planted) throw new RangeError(`No planted error with id ${id}`);
  return planted;
}

/** The cell a planted error sits in, as `Sheet!A1` (sheet name quoted when it has spaces). */
export function plantedErrorCell(spec: TrackerSheets, planted: PlantedError): string {
  const sheet = sheetOf(spec, planted.sheet);
  const column = columnIndexOf(sheet, planted.column);
  const name = /^[A-Za-z0-9_]+$/.test(sheet.name) ? sheet.name : `'${sheet.name}'`;
  return `${name}!${columnLetters(column + 1)}${sheetRowOfDataRow(sheet, planted.row)}`;
}

/** The value the spec holds at a planted error's cell. */
export function plantedErrorValue(spec: TrackerSheets, planted: PlantedError): SpecCell {
  const sheet = sheetOf(spec, planted.sheet);
  const row = sheet.rows[planted.row];
  if (!row) throw new RangeError(`Sheet ${planted.sheet} has no data row ${planted.row}`);
  return row[columnIndexOf(sheet, planted.column)] ?? null;
}

function sheetOf(spec: TrackerSheets, name: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.name === name);
  if (!sheet) throw new RangeError(`The tracker has no sheet ${name}`);
  return sheet;
}

function columnIndexOf(sheet: SheetSpec, header: string): number {
  const index = sheet.header.indexOf(header);
  if (index < 0) throw new RangeError(`Sheet ${sheet.name} has no column ${header}`);
  return index;
}

/**
 * The sheets with every planted error written into its cell (rows are copied, not mutated). The
 * duplicate Project ID is also planted in the model, so that the duplicate's milestones and
 * allocations point at an ID that exists and add no findings of their own.
 */
export function applyPlantedErrors(sheets: readonly SheetSpec[]): SheetSpec[] {
  return sheets.map((sheet) => {
    const planted = PLANTED_ERRORS.filter((p) => p.sheet === sheet.name);
    if (planted.length === 0) return sheet;
    const rows = sheet.rows.slice();
    for (const p of planted) {
      const row = rows[p.row];
      if (!row) throw new RangeError(`Sheet ${sheet.name} has no data row ${p.row} to plant ${p.id} in`);
      const copy = row.slice();
      copy[columnIndexOf(sheet, p.column)] = plantedValue(p, sheet, row);
      rows[p.row] = copy;
    }
    return { ...sheet, rows };
  });
}

function plantedValue(p: PlantedError, sheet: SheetSpec, row: readonly SpecCell[]): SpecCell {
  switch (p.id) {
    case "baseline-before-start": {
      const start = row[columnIndexOf(sheet, "Start Date")];
      const day = start != null && isDateCell(start) ? dayFromIso(start.date) : null;
      if (day === null) throw new RangeError(`Row ${p.row} of ${sheet.name} has no Start Date`);
      return { date: isoFromDay(day - 30) };
    }
    case "percent-over-100":
      return { percent: 1.4 };
    case "budget-error-value":
      return { error: "#N/A" };
    case "duplicate-project-id":
      return sheet.rows[p.row - 1]?.[columnIndexOf(sheet, p.column)] ?? null;
    case "missing-project-manager":
      return null;
    case "invalid-text-date":
      return "31/13/2026";
    case "risk-unknown-project":
      return "PRJ-O042";
    case "allocation-unknown-resource":
      return "Jordan Whitfield";
  }
}
