import { columnLetters, sheetRef } from "../model/a1";
import type { DayNumber } from "../model/dates";
import type { Finding, Severity } from "../model/finding";
import type { CellValue, NormRow, SourceRef, TableBinding } from "../model/portfolio";
import type { Settings } from "../model/settings";
import type { ColumnDef, TableDef } from "../template/types";
import { isPayColumn, PAY_VALUE_WITHHELD } from "../model/payColumns";
import type { FindingSink } from "./findingSink";
import { formatValue } from "./formatValue";

/**
 * Everything a rule needs about one template table: its rows, its column definitions and the
 * bindings that turn (row, column key) into the sheet cell and header as written. Built once per
 * table; rules only call into it when they have something to report, so hot loops stay plain.
 */
export class TableContext {
  readonly columns: ReadonlyMap<string, ColumnDef>;
  private readonly bindingsByFile = new Map<string, Map<string, TableBinding>>();

  constructor(
    readonly def: TableDef,
    readonly rows: readonly NormRow[],
    readonly order: number,
    bindings: readonly TableBinding[],
    readonly settings: Settings,
    /** The report's as-of date as a day number. */
    readonly asOf: DayNumber,
    readonly sink: FindingSink,
  ) {
    this.columns = new Map(def.columns.map((c) => [c.key, c]));
    for (const b of bindings) {
      if (b.table !== def.key) continue;
      let bySheet = this.bindingsByFile.get(b.file);
      if (!bySheet) {
        bySheet = new Map();
        this.bindingsByFile.set(b.file, bySheet);
      }
      bySheet.set(b.sheet, b);
    }
  }

  /** The sheets this table was read from. */
  bindings(): TableBinding[] {
    const out: TableBinding[] = [];
    for (const bySheet of this.bindingsByFile.values()) out.push(...bySheet.values());
    return out;
  }

  bindingOf(src: SourceRef): TableBinding | undefined {
    return this.bindingsByFile.get(src.file)?.get(src.sheet);
  }

  /** Sheet column number of `key` where `src` came from, or null when that sheet lacks the column. */
  colOf(src: SourceRef, key: string): number | null {
    return this.bindingOf(src)?.columns[key]?.col ?? null;
  }

  /** The header as written in the row's sheet, else the template header. */
  headerOf(src: SourceRef, key: string): string {
    return this.bindingOf(src)?.columns[key]?.header ?? this.columns.get(key)?.header ?? key;
  }

  /** The sheet row of `key`'s cell: the row's own, or in a form the field's (`TableBinding.columns`). */
  rowOf(src: SourceRef, key: string): number {
    return this.bindingOf(src)?.columns[key]?.row ?? src.row;
  }

  /** `F12`, or "" when the row's sheet has no such column. */
  cellOf(src: SourceRef, key: string): string {
    const col = this.colOf(src, key);
    return col === null ? "" : `${columnLetters(col)}${this.rowOf(src, key)}`;
  }

  /** `Projects!F12` (sheet quoted as Excel does when needed), or `Projects row 12` without the column. */
  placeOf(src: SourceRef, key: string): string {
    const cell = this.cellOf(src, key);
    return cell === "" ? `${sheetRef(src.sheet)} row ${src.row}` : `${sheetRef(src.sheet)}!${cell}`;
  }

  /** A cell value of column `key` as a message shows it; never a person's pay (`isPayColumn`). */
  show(key: string, value: CellValue): string {
    if (isPayColumn(key)) return PAY_VALUE_WITHHELD;
    return formatValue(value, this.columns.get(key)?.type ?? "text", this.settings);
  }

  /** Reports a problem with the cell of column `key` in row `index`. */
  report(index: number, key: string, severity: Severity, rule: string, message: string): void {
    const row = this.rows[index];
    if (!row) return;
    const { src } = row;
    const col = this.colOf(src, key);
    const projectId = projectIdOf(row);
    const finding: Finding = {
      file: src.file,
      sheet: src.sheet,
      cell: col === null ? "" : `${columnLetters(col)}${this.rowOf(src, key)}`,
      row: col === null ? src.row : this.rowOf(src, key),
      column: this.headerOf(src, key),
      severity,
      rule,
      message,
      ...(projectId === null ? {} : { projectId }),
    };
    this.sink.add(finding, this.order, index, col ?? 0);
  }

  /** Reports a problem with a whole sheet of this table (before its rows in the output). */
  reportSheet(binding: TableBinding, severity: Severity, rule: string, message: string, key?: string): void {
    const at = key === undefined ? undefined : binding.columns[key];
    const finding: Finding = {
      file: binding.file,
      sheet: binding.sheet,
      cell: at ? `${columnLetters(at.col)}${binding.headerRow}` : "",
      row: at ? binding.headerRow : null,
      column: at ? at.header : null,
      severity,
      rule,
      message,
    };
    this.sink.add(finding, this.order, -1, at?.col ?? 0);
  }
}

/** A normalised cell of `row`; anything that is not text or a number (including absent) is blank. */
export function valueOf(row: NormRow, key: string): CellValue {
  const v = row[key];
  return typeof v === "string" || typeof v === "number" ? v : null;
}

/** The project a row belongs to: its Project ID, else its From Project (dependencies). */
export function projectIdOf(row: NormRow): string | null {
  const own = valueOf(row, "projectId") ?? valueOf(row, "fromProject");
  return own === null || own === "" ? null : String(own);
}
