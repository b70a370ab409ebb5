import type { SheetSpec, TrackerSheets } from "../../src/core/example";
import { specCellFormat, specCellValue } from "../../src/core/example/specCells";
import type { RawScalar, RawSheet, RawWorkbook } from "../../src/core/model/raw";
import { rowsGrid } from "../../src/core/model/rowsGrid";

/**
 * A tracker description as the RawWorkbook the .xlsx reader would return for the file
 * `writeTrackerXlsx` makes of it (1900 date system, dates as serials with their format, errors as
 * text, rows ending at their last non-blank cell), without writing or reading a file. Lets the
 * engine be measured on tables already in memory.
 *
 * @example rawWorkbookOfSpec(generateExamplePortfolio(options), "bench.xlsx").sheets[0].name; // "Projects"
 */
export function rawWorkbookOfSpec(spec: TrackerSheets, file: string): RawWorkbook {
  return { file, date1904: false, sheets: spec.sheets.map(rawSheetOfSpec) };
}

/** Data rows (below the header) in every sheet, and in the Allocations sheet. */
export function countDataRows(spec: TrackerSheets): { all: number; allocations: number } {
  let all = 0;
  let allocations = 0;
  for (const sheet of spec.sheets) {
    all += sheet.rows.length;
    if (sheet.name === "Allocations") allocations += sheet.rows.length;
  }
  return { all, allocations };
}

function rawSheetOfSpec(sheet: SheetSpec): RawSheet {
  const values: RawScalar[][] = [];
  const formats: (string | null)[][] = [];
  const push = (rowValues: RawScalar[], rowFormats: (string | null)[]): void => {
    let end = rowValues.length;
    while (end > 0 && rowValues[end - 1] === null) end--;
    values.push(rowValues.slice(0, end));
    formats.push(rowFormats.slice(0, end));
  };
  for (const title of sheet.titleRows ?? []) {
    push(
      title.map((cell) => specCellValue(sheet, 0, 0, cell)),
      title.map(() => null),
    );
  }
  push(
    [...sheet.header],
    sheet.header.map(() => null),
  );
  const columnFormats = sheet.columnFormats ?? {};
  sheet.rows.forEach((cells, r) => {
    push(
      cells.map((cell, c) => specCellValue(sheet, r, c, cell)),
      cells.map((cell, c) => specCellFormat(cell, columnFormats[c])),
    );
  });
  return {
    name: sheet.name,
    top: 1,
    left: 1,
    cells: rowsGrid(values, formats),
    uncalculated: [],
    listObjects: [],
    merges: [],
  };
}
