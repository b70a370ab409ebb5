/**
 * The bundled example tracker (src/core/example) as cells: seeded into the Excel test double for
 * the browser harness, or as a RawWorkbook for tests, with values as Office.js gives them
 * (src/workflow/exampleSheets.ts, which the pane's "Add the example" uses too).
 */
import type { TrackerSheets } from "../../../src/core/example";
import type { RawWorkbook } from "../../../src/core/model/raw";
import { exampleSheets } from "../../../src/workflow/exampleSheets";
import type { SeedSheet } from "../../excel/support/fakeExcel";
import type { CellValue } from "../../excel/support/fakeState";
import { rowsGrid } from "../../../src/core/model/rowsGrid";

/** Sheets to seed into the Excel test double (`seedSheet`). */
export function exampleSeeds(spec: TrackerSheets): SeedSheet[] {
  return exampleSheets(spec).map(({ name, values, formats }) => ({
    name,
    values: values.map((row) => row.map((v): CellValue => (v === null ? "" : v))),
    formats: formats.map((row) => row.map((f) => f ?? undefined)),
  }));
}

/** The tracker as the Office.js reader would return it. */
export function exampleRawWorkbook(spec: TrackerSheets, file: string): RawWorkbook {
  return {
    file,
    date1904: false,
    sheets: exampleSheets(spec).map(({ name, values, formats }) => ({
      name,
      top: 1,
      left: 1,
      cells: rowsGrid(values, formats),
    })),
  };
}
