/**
 * Applies a StructureFix to the open workbook in one write batch: the missing sheets (as the blank
 * tracker has them), the missing required headers at the end of their tables, and data validation
 * where a column has none. A first sync checks the target cells are still blank and which columns
 * already have validation (those are left alone). If the write fails, a recovery step removes what
 * it added (the added sheets, table columns and header cells, which were blank, and the validation
 * on ranges that had none), so the workbook is as it was; a failure of that is `rollback-failed`.
 * Syncs: 2 on success (inspect, write), 2 more to recover.
 */
import type { StructureFix } from "../core/plan/structureFix/planStructureFix";
import type { Theme } from "../core/plan/types";
import { AppError, toAppError } from "./appError";
import { applyDataValidation } from "./dataValidations";
import type { SheetHandle } from "./sheetSteps";
import { sheetSteps } from "./sheetSteps";
import { freeTableName } from "./sheetNames";

export interface FixResult {
  readonly sheetsAdded: readonly string[];
  readonly columnsAdded: number;
  readonly validationsAdded: number;
  /** Columns whose validation was left as the user had it. */
  readonly validationsKept: number;
}

interface Inspected {
  readonly validations: StructureFix["validations"];
  readonly kept: number;
  /** Number formats of the header cells written without a table, to put back on failure. */
  readonly headerFormats: readonly (readonly string[])[];
}

async function inspect(
  context: Excel.RequestContext,
  fix: StructureFix,
): Promise<Inspected & { tables: Set<string> }> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const types = fix.validations.map((v) =>
    context.workbook.worksheets.getItem(v.sheet).getRange(v.validation.range).dataValidation.load("type"),
  );
  const targets = fix.columns.map((c) =>
    context.workbook.worksheets
      .getItem(c.sheet)
      .getRangeByIndexes(c.headerRow - 1, c.firstCol - 1, c.lastRow - c.headerRow + 1, c.headers.length)
      .load("values,numberFormat"),
  );
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const clash = fix.sheets.find((s) => names.has(s.name.toLowerCase()));
  if (clash)
    throw new AppError(
      "conflict",
      `The workbook now has a sheet named ${clash.name}; read it again and retry.`,
    );
  targets.forEach((range, i) => {
    const filled = range.values.some((row) => row.some((v) => v !== "" && v !== null));
    if (filled) {
      throw new AppError(
        "conflict",
        `Cells where ${fix.columns[i]?.headers.join(", ")} would go now hold data; read the workbook again and retry.`,
      );
    }
  });
  const validations = fix.validations.filter((_, i) => types[i]?.type === "None");
  return {
    validations,
    kept: fix.validations.length - validations.length,
    headerFormats: targets.map((range) => range.numberFormat[0] ?? []),
    tables: new Set(tables.items.map((t) => t.name.toLowerCase())),
  };
}

function queueWrite(
  context: Excel.RequestContext,
  fix: StructureFix,
  validations: StructureFix["validations"],
  takenTables: Set<string>,
  theme: Theme,
): void {
  const application = context.workbook.application;
  application.suspendApiCalculationUntilNextSync();
  for (const sheet of fix.sheets) {
    const handle: SheetHandle = { planName: sheet.name, tables: [] };
    const steps = sheetSteps(context, sheet, theme, handle, {
      createAs: sheet.name,
      linkTarget: (name) => name,
      tableName: (name) => freeTableName(name, takenTables),
    });
    steps.forEach((s) => s.queue());
  }
  for (const c of fix.columns) {
    const sheet = context.workbook.worksheets.getItem(c.sheet);
    if (c.table !== undefined) {
      const table = sheet.tables.getItem(c.table);
      c.headers.forEach((header) => table.columns.add(undefined, undefined, header));
    } else {
      const range = sheet.getRangeByIndexes(c.headerRow - 1, c.firstCol - 1, 1, c.headers.length);
      range.numberFormat = [c.headers.map(() => "@")];
      range.values = [[...c.headers]];
    }
  }
  for (const v of validations) {
    applyDataValidation(
      context.workbook.worksheets.getItem(v.sheet).getRange(v.validation.range),
      v.validation,
    );
  }
}

/** Removes whatever of the fix is in the workbook (it was blank or absent before). */
async function undo(context: Excel.RequestContext, fix: StructureFix, inspected: Inspected): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name");
  const columns = fix.columns.map((c) =>
    c.table === undefined
      ? null
      : context.workbook.worksheets.getItem(c.sheet).tables.getItem(c.table).columns.load("items/name"),
  );
  await context.sync();
  const added = new Set(fix.sheets.map((s) => s.name.toLowerCase()));
  sheets.items.filter((s) => added.has(s.name.toLowerCase())).forEach((s) => s.delete());
  fix.columns.forEach((c, i) => {
    const list = columns[i];
    if (list === null || list === undefined) {
      const range = context.workbook.worksheets
        .getItem(c.sheet)
        .getRangeByIndexes(c.headerRow - 1, c.firstCol - 1, 1, c.headers.length);
      range.values = [c.headers.map(() => "")];
      range.numberFormat = [c.headers.map((_, j) => inspected.headerFormats[i]?.[j] ?? "General")];
      return;
    }
    // Last added first: each is then the table's last column.
    list.items
      .filter((col) => c.headers.includes(col.name))
      .reverse()
      .forEach((col) => col.delete());
  });
  for (const v of inspected.validations) {
    context.workbook.worksheets.getItem(v.sheet).getRange(v.validation.range).dataValidation.clear();
  }
  await context.sync();
}

export async function fixStructure(
  context: Excel.RequestContext,
  fix: StructureFix,
  theme: Theme,
): Promise<FixResult> {
  let inspected: Inspected & { tables: Set<string> };
  try {
    inspected = await inspect(context, fix);
  } catch (error) {
    throw error instanceof AppError ? error : toAppError(error, "Checking the workbook before fixing it");
  }
  try {
    queueWrite(context, fix, inspected.validations, inspected.tables, theme);
    await context.sync();
  } catch (error) {
    try {
      await undo(context, fix, inspected);
    } catch (undoError) {
      throw new AppError(
        "rollback-failed",
        "Fixing the structure failed and what it had added could not all be removed; check the workbook (Ctrl+Z may help).",
        undoError,
      );
    }
    throw toAppError(error, "Fixing the structure");
  }
  return {
    sheetsAdded: fix.sheets.map((s) => s.name),
    columnsAdded: fix.columns.reduce((n, c) => n + c.headers.length, 0),
    validationsAdded: inspected.validations.length,
    validationsKept: inspected.kept,
  };
}
