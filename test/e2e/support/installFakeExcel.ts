/**
 * Browser harness, part 1: puts the Excel test double where Office.js's `Excel` would be, holding
 * the bundled example tracker (with its planted data errors), and exposes the double's workbook to
 * the end-to-end test as `window.pmoHarness`. Imported before the real task pane entry.
 */
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../../src/core/example";
import { defaultAsOf } from "../../../src/workflow/runDates";
import { createFakeExcel, seedSheet } from "../../excel/support/fakeExcel";
import { exampleSeeds } from "../../taskpane/support/exampleTracker";

export interface HarnessWorkbook {
  /** Sheet names in tab order. */
  sheetNames(): string[];
  activeSheet(): string | null;
  /** `Sheet!A1` of the last selected range, or null. */
  selection(): string | null;
  /** Number of conditional formats on a sheet. */
  conditionalFormats(sheet: string): number;
  /** Cell values of a sheet's first `rows` rows (for checks on written sheets). */
  cellCount(sheet: string): number;
  /** Workbooks opened with `Excel.createWorkbook`. */
  createdWorkbooks(): number;
  dataValidations(sheet: string): number;
}

declare global {
  interface Window {
    pmoHarness?: HarnessWorkbook;
  }
}

const fake = createFakeExcel({ name: "Example PMO Tracker.xlsx" });
const spec = generateExamplePortfolio({
  ...DEMO_EXAMPLE_OPTIONS,
  asOf: defaultAsOf(new Date()),
  withErrors: true,
});
exampleSeeds(spec).forEach((seed) => seedSheet(fake.state, seed));

const sheetNamed = (name: string) => fake.state.sheets.find((s) => s.name === name);

window.pmoHarness = {
  sheetNames: () => fake.state.sheets.map((s) => s.name),
  activeSheet: () => fake.state.sheets.find((s) => s.id === fake.state.activeSheetId)?.name ?? null,
  selection: () => fake.state.selection?.address ?? null,
  conditionalFormats: (sheet) => sheetNamed(sheet)?.conditionalFormats.length ?? 0,
  cellCount: (sheet) => sheetNamed(sheet)?.cells.size ?? 0,
  createdWorkbooks: () => fake.state.createdWorkbooks.length,
  dataValidations: (sheet) => sheetNamed(sheet)?.dataValidations.length ?? 0,
};

// office.js outside Excel defines no `Excel`; the task pane needs `Excel.run` and `Excel.createWorkbook`.
(globalThis as unknown as { Excel: Pick<typeof fake, "run" | "createWorkbook"> }).Excel = {
  run: fake.run,
  createWorkbook: fake.createWorkbook,
};
