/**
 * Browser harness, part 1: puts the Excel test double where Office.js's `Excel` would be, holding
 * the bundled example tracker (with its planted data errors), and exposes the double's workbook to
 * the end-to-end test as `window.pmoHarness`. Imported before the real task pane entry.
 * `taskpane.html?workbook=blank` starts with a workbook that has no tracker (one "Sheet1" of notes).
 */
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../../src/core/example";
import { defaultAsOf } from "../../../src/workflow/runDates";
import { createFakeExcel, seedSheet } from "../../excel/support/fakeExcel";
import type { FakeErrorCode } from "../../excel/support/fakeErrors";
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
  /** Makes Excel's next request fail with this OfficeExtension.Error code (e.g. a cell being edited). */
  failNextSync(code: FakeErrorCode): void;
  /** Renames a sheet behind the pane's back (as a user would in Excel). */
  renameSheet(from: string, to: string): void;
  /** Workbooks opened with `Excel.createWorkbook`. */
  createdWorkbooks(): number;
  /** The base64 package of the n-th `Excel.createWorkbook` call (0-based). */
  createdWorkbook(index: number): string | null;
  dataValidations(sheet: string): number;
}

declare global {
  interface Window {
    pmoHarness?: HarnessWorkbook;
  }
}

const blank = new URLSearchParams(window.location.search).get("workbook") === "blank";
const fake = createFakeExcel({ name: blank ? "Book1.xlsx" : "Example PMO Tracker.xlsx" });
if (blank) {
  seedSheet(fake.state, { name: "Sheet1", values: [["Team lunch"], ["Friday"]] });
} else {
  const spec = generateExamplePortfolio({
    ...DEMO_EXAMPLE_OPTIONS,
    asOf: defaultAsOf(new Date()),
    withErrors: true,
  });
  exampleSeeds(spec).forEach((seed) => seedSheet(fake.state, seed));
}

const sheetNamed = (name: string) => fake.state.sheets.find((s) => s.name === name);

window.pmoHarness = {
  sheetNames: () => fake.state.sheets.map((s) => s.name),
  activeSheet: () => fake.state.sheets.find((s) => s.id === fake.state.activeSheetId)?.name ?? null,
  selection: () => fake.state.selection?.address ?? null,
  conditionalFormats: (sheet) => sheetNamed(sheet)?.conditionalFormats.length ?? 0,
  cellCount: (sheet) => sheetNamed(sheet)?.cells.size ?? 0,
  failNextSync: (code) => fake.failSync(fake.syncs.length + 1, { code }),
  renameSheet: (from, to) => {
    const sheet = sheetNamed(from);
    if (sheet === undefined) throw new Error(`no sheet ${from}`);
    sheet.name = to;
  },
  createdWorkbooks: () => fake.state.createdWorkbooks.length,
  createdWorkbook: (index) => fake.state.createdWorkbooks[index] ?? null,
  dataValidations: (sheet) => sheetNamed(sheet)?.dataValidations.length ?? 0,
};

// office.js outside Excel defines no `Excel`; the task pane needs `Excel.run` and `Excel.createWorkbook`.
(globalThis as unknown as { Excel: Pick<typeof fake, "run" | "createWorkbook"> }).Excel = {
  run: fake.run,
  createWorkbook: fake.createWorkbook,
};
