/**
 * Public face of the Excel test double: a workbook state, `run` that works like `Excel.run`,
 * sync statistics, fault injection and seeding helpers. Tests pass `fake.run` (or a context from
 * it) to the adapter; the adapter never knows it is not Excel.
 */
import type { ExcelRunner } from "../../../src/excel/excelRunner";
import { parseBounds } from "./fakeA1";
import type { FakeLimits, SyncFault, SyncRecord } from "./fakeContext";
import { EXCEL_WEB_LIMITS, FakeContext, FakeSession } from "./fakeContext";
import type { FakeErrorCode } from "./fakeErrors";
import type { CellValue, FakeSheet, FakeWorkbookState } from "./fakeState";
import { enterValue, ensureCell, newId, newSheet } from "./fakeState";
import type { WorkbookSnapshot } from "./fakeSnapshot";
import { snapshotWorkbook } from "./fakeSnapshot";

export interface FakeExcel {
  readonly state: FakeWorkbookState;
  readonly syncs: readonly SyncRecord[];
  readonly run: ExcelRunner;
  /** A context for tests that drive adapter functions directly. */
  newContext(): Excel.RequestContext;
  /** Makes the `index`-th sync (1-based, counted over the whole fake) fail. */
  failSync(index: number, fault?: Partial<SyncFault>): void;
  /** Makes the `occurrence`-th run of an operation (`Worksheet.delete`, `ChartCollection.add`, ...) fail. */
  failOperation(name: string, code?: FakeErrorCode, occurrence?: number): void;
  snapshot(): WorkbookSnapshot;
  /** Like `Excel.createWorkbook(base64)`: records the package (Excel opens it as a new workbook). */
  createWorkbook(base64: string): Promise<void>;
}

export interface FakeExcelOptions {
  readonly name?: string;
  readonly date1904?: boolean;
  readonly limits?: FakeLimits;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state: FakeWorkbookState = {
    name: options.name ?? "Book1.xlsx",
    date1904: options.date1904 ?? false,
    sheets: [],
    settings: new Map(),
    nextId: 0,
    createdWorkbooks: [],
  };
  const session = new FakeSession(state, options.limits ?? EXCEL_WEB_LIMITS);
  const asContext = (ctx: FakeContext) => ctx as unknown as Excel.RequestContext;
  return {
    state,
    syncs: session.syncs,
    newContext: () => asContext(new FakeContext(session)),
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const ctx = new FakeContext(session);
      const result = await batch(asContext(ctx));
      if (ctx.pendingOperations > 0) {
        throw new Error(`The batch ended with ${ctx.pendingOperations} operations that were never synced.`);
      }
      return result;
    },
    failSync: (index, fault = {}) =>
      session.syncFaults.set(index, {
        code: fault.code ?? "GeneralException",
        applyFirst: fault.applyFirst ?? 0,
      }),
    failOperation: (name, code = "GeneralException", occurrence = 1) =>
      session.operationFaults.push({ name, code, occurrence }),
    snapshot: () => snapshotWorkbook(state),
    createWorkbook: async (base64) => {
      await Promise.resolve();
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || !base64.startsWith("UEsD")) {
        throw new Error("createWorkbook: not a base64 .xlsx package");
      }
      state.createdWorkbooks.push(base64);
    },
  };
}

export interface SeedSheet {
  readonly name: string;
  /** Top-left cell of `values` (default A1). */
  readonly at?: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats, same shape as values (missing = General). */
  readonly formats?: readonly (readonly (string | undefined)[])[];
  readonly visibility?: FakeSheet["visibility"];
}

/** Adds a sheet to the state directly (no sync): values are stored as given, not parsed. */
export function seedSheet(state: FakeWorkbookState, seed: SeedSheet): FakeSheet {
  const sheet = newSheet(state, seed.name);
  sheet.visibility = seed.visibility ?? "Visible";
  const origin = parseBounds(seed.at ?? "A1");
  if (!origin) throw new Error(`Bad seed address ${seed.at ?? ""}`);
  seed.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = ensureCell(sheet, origin.top + r, origin.left + c);
      cell.numberFormat = seed.formats?.[r]?.[c] ?? "General";
      cell.value = value;
    }),
  );
  state.sheets.push(sheet);
  return sheet;
}

/** Adds a table over `address` on a seeded sheet. */
export function seedTable(
  state: FakeWorkbookState,
  sheet: FakeSheet,
  name: string,
  address: string,
  showHeaders = true,
): void {
  const bounds = parseBounds(address);
  if (!bounds) throw new Error(`Bad table address ${address}`);
  sheet.tables.push({
    id: newId(state, "TABLE"),
    name,
    sheet,
    bounds,
    showHeaders,
    style: "TableStyleMedium2",
  });
}

/** A formula cell as a user would type it (for seeding sheets that hold formulas). */
export function seedFormula(
  sheet: FakeSheet,
  row: number,
  col: number,
  formula: string,
  cachedValue: CellValue,
): void {
  const cell = ensureCell(sheet, row, col);
  enterValue(cell, formula);
  cell.value = cachedValue;
}
