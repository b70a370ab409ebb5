import { MAX_ROWS, columnLetters } from "../../model/a1";
import { headerKey } from "../../model/names";
import type { RawSheet, RawWorkbook } from "../../model/raw";
import type { Settings } from "../../model/settings";
import { readWorkbook } from "../../read/readWorkbook";
import type { SheetMapping } from "../../read/sheetMapping";
import type { ColumnDef, TemplateDef } from "../../template/types";
import { buildBlankTrackerPlan } from "../blankTracker/buildBlankTrackerPlan";
import { columnValidation } from "../blankTracker/columnValidation";
import type { DataValidationPlan, SheetPlan } from "../types";

/** Required headers to add at the end of a recognised table's header row. */
export interface ColumnAddition {
  readonly sheet: string;
  /** The Excel table (ListObject) holding the header row, which grows by these columns. */
  readonly table?: string;
  readonly headerRow: number;
  /** Sheet column (1-based) of the first new header; the others follow. */
  readonly firstCol: number;
  readonly headers: readonly string[];
  /** Rows the new columns span (the table's rows; the header row alone without a table). */
  readonly lastRow: number;
}

export interface StructureFix {
  readonly columns: readonly ColumnAddition[];
  /** Sheets of the template's missing tables, as the blank tracker has them. */
  readonly sheets: readonly SheetPlan[];
  /** Validation for recognised sheets' template columns, under the header row. */
  readonly validations: readonly { readonly sheet: string; readonly validation: DataValidationPlan }[];
  /** What cannot be added without moving a user's data, in words. */
  readonly blocked: readonly string[];
  /** What the fix adds, in words, to show before it runs. */
  readonly summary: readonly string[];
}

/**
 * What "Fix structure" adds to an open workbook so it matches the template: the required columns a
 * recognised table lacks (at the end of its header row, only where those cells are empty), a sheet
 * for each table the workbook does not have, and data validation on the template columns. It never
 * moves or overwrites a user's cell: a column that would land on data is reported as blocked.
 *
 * @example planStructureFix(raw, STANDARD_TEMPLATE, settings).summary // ["Projects: add the column Status", ...]
 */
export function planStructureFix(
  workbook: RawWorkbook,
  template: TemplateDef,
  settings: Settings,
  mapping?: SheetMapping,
): StructureFix {
  const read = readWorkbook(workbook, template, settings, mapping);
  const columns: ColumnAddition[] = [];
  const validations: { sheet: string; validation: DataValidationPlan }[] = [];
  const blocked: string[] = [];
  const summary: string[] = [];
  for (const binding of read.bindings) {
    const table = template.tables.find((t) => t.key === binding.table);
    const sheet = workbook.sheets.find((s) => s.name === binding.sheet);
    // A status report laid out as a form has no header row to grow: its missing fields are findings.
    if (!table || !sheet || binding.form === true) continue;
    const missing = table.columns.filter((c) => binding.missingRequired.includes(c.key));
    const addition = missing.length === 0 ? null : placeColumns(sheet, binding.headerRow, missing);
    if (addition !== null && "blocked" in addition) {
      blocked.push(`${sheet.name}: ${addition.blocked}`);
    } else if (addition !== null) {
      columns.push(addition);
      summary.push(
        `${sheet.name}: add the required column${missing.length === 1 ? "" : "s"} ${addition.headers.join(", ")} at ${columnLetters(addition.firstCol)}${binding.headerRow}`,
      );
    }
    const placed = new Map<string, number>(Object.entries(binding.columns).map(([key, at]) => [key, at.col]));
    if (addition !== null && !("blocked" in addition)) {
      missing.forEach((c, i) => placed.set(c.key, addition.firstCol + i));
    }
    let count = 0;
    for (const column of table.columns) {
      const col = placed.get(column.key);
      if (col === undefined) continue;
      const letters = columnLetters(col);
      const plan = columnValidation(column, `${letters}${binding.headerRow + 1}:${letters}${MAX_ROWS}`);
      if (plan === null) continue;
      validations.push({ sheet: sheet.name, validation: plan });
      count += 1;
    }
    if (count > 0)
      summary.push(
        `${sheet.name}: data validation on ${count} column${count === 1 ? "" : "s"}, where there is none`,
      );
  }
  const found = new Set(read.bindings.map((b) => b.table));
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  const blank = buildBlankTrackerPlan(template);
  const sheets =
    "plan" in blank
      ? blank.plan.sheets.filter((s, i) => {
          const table = template.tables[i - 1];
          return table !== undefined && !found.has(table.key) && !taken.has(s.name.toLowerCase());
        })
      : [];
  for (const s of sheets)
    summary.push(`Add the sheet ${s.name} (an empty table with the template's headers)`);
  return { columns, sheets, validations, blocked, summary };
}

/** Where the missing headers go: right of the table or of the header row's last cell, if empty. */
function placeColumns(
  sheet: RawSheet,
  headerRow: number,
  missing: readonly ColumnDef[],
): ColumnAddition | { blocked: string } {
  const table = (sheet.listObjects ?? []).find((t) => t.hasHeader && t.top === headerRow);
  const lastRow = table ? table.bottom : headerRow;
  const firstCol = table ? table.right + 1 : lastFilledCol(sheet, headerRow) + 1;
  const lastCol = firstCol + missing.length - 1;
  for (let row = headerRow; row <= lastRow; row++) {
    for (let col = firstCol; col <= lastCol; col++) {
      if (!isBlank(sheet, row, col)) {
        return {
          blocked: `cannot add ${missing.map((c) => c.header).join(", ")}: cell ${columnLetters(col)}${row} right of the headers holds data; add the column${missing.length === 1 ? "" : "s"} by hand`,
        };
      }
    }
  }
  return {
    sheet: sheet.name,
    ...(table ? { table: table.name } : {}),
    headerRow,
    firstCol,
    headers: missing.map((c) => newHeader(sheet, headerRow, c)),
    lastRow,
  };
}

/**
 * The header a new column gets: the template's, or its first alias the row does not have when the
 * row already holds that header for something else (a life-cycle `Status` read as the Phase gets a
 * `RAG` column beside it, not a second `Status`, which would read as the first again).
 */
function newHeader(sheet: RawSheet, headerRow: number, column: ColumnDef): string {
  const taken = new Set<string>();
  for (let i = 0; i < sheet.cells.width(headerRow - sheet.top); i++) {
    const v = cell(sheet, headerRow, sheet.left + i);
    if (typeof v === "string") taken.add(headerKey(v));
  }
  if (!taken.has(headerKey(column.header))) return column.header;
  return (column.aliases ?? []).find((alias) => !taken.has(headerKey(alias))) ?? column.header;
}

function cell(sheet: RawSheet, row: number, col: number): unknown {
  return sheet.cells.value(row - sheet.top, col - sheet.left);
}

function isBlank(sheet: RawSheet, row: number, col: number): boolean {
  const v = cell(sheet, row, col);
  return v === null || (typeof v === "string" && v.trim() === "");
}

function lastFilledCol(sheet: RawSheet, row: number): number {
  for (let i = sheet.cells.width(row - sheet.top) - 1; i >= 0; i--) {
    if (!isBlank(sheet, row, sheet.left + i)) return sheet.left + i;
  }
  return sheet.left - 1;
}
