import type { CellRange, RawListObject, RawScalar, RawSheet, RawWorkbook } from "../../../src/core/model/raw";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/model/settings";
import { rowsGrid } from "../../../src/core/model/rowsGrid";

export interface SheetOptions {
  /** 1-based sheet row of the first row given (default 1). */
  readonly top?: number;
  /** 1-based sheet column of the first cell of each row (default 1). */
  readonly left?: number;
  readonly formats?: readonly (readonly (string | null)[])[];
  readonly uncalculated?: readonly string[];
  readonly listObjects?: readonly RawListObject[];
  readonly merges?: readonly CellRange[];
}

/**
 * A RawSheet from rows of cells, as an adapter would produce it.
 * @example sheet("Projects", [["Project ID", "Project Name"], ["P1", "Apollo"]], { top: 3 })
 */
export function sheet(
  name: string,
  rows: readonly (readonly RawScalar[])[],
  options: SheetOptions = {},
): RawSheet {
  return {
    name,
    top: options.top ?? 1,
    left: options.left ?? 1,
    cells: rowsGrid(rows, options.formats),
    ...(options.uncalculated ? { uncalculated: options.uncalculated } : {}),
    ...(options.listObjects ? { listObjects: options.listObjects } : {}),
    ...(options.merges ? { merges: options.merges } : {}),
  };
}

/** A RawWorkbook of the given sheets (1900 date system unless `date1904`). */
export function workbook(
  file: string,
  sheets: readonly RawSheet[],
  options: { date1904?: boolean } = {},
): RawWorkbook {
  return { file, date1904: options.date1904 ?? false, sheets };
}

/** Default settings with a fixed as-of date, plus overrides. */
export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, asOf: "2026-03-31", ...overrides };
}
