import { sheetNameKey, tableNameKey } from "../model/names";
import type { ColumnDef, TableDef } from "./types";

/** A table's name and its sheet aliases: the names a sheet may have to be that table. */
export function tableNames(table: TableDef): string[] {
  return [table.name, ...(table.aliases ?? [])];
}

/** A column's header and its aliases: the headers a sheet column may have to be that column. */
export function columnNames(column: ColumnDef): string[] {
  return [column.header, ...(column.aliases ?? [])];
}

/** Whether one of the table's names has this `tableNameKey`. */
function namedBy(table: TableDef, key: string): boolean {
  return tableNames(table).some((name) => tableNameKey(name) === key);
}

/** A tab number before the name: `1. `, `01_`, `2 - `, `3) `. */
const TAB_NUMBER = /^\s*\d{1,3}(?!\d)\s*[.)_:-]?\s*(?=\S)/;
/** The number Excel adds to a copied sheet: `Projects (2)`. */
const COPY_NUMBER = /\s*\(\d{1,3}\)\s*$/;

/**
 * A sheet's name without a tab number in front (`1. Projects`, `02_Risks`), as templates number
 * their tabs in filling order, or Excel's copy number behind (`Projects (2)`).
 * @example bareSheetName("1. Projects (2)") // "Projects"
 */
export function bareSheetName(sheetName: string): string {
  const bare = sheetName.replace(COPY_NUMBER, "").replace(TAB_NUMBER, "");
  return bare.trim() === "" ? sheetName : bare;
}

/**
 * Whether a sheet's name is one of the table's names (see `tableNameKey`: `Risk` is `Risks`), with
 * or without a tab or copy number (`1. Projects`, `Projects (2)`).
 */
export function isTableName(sheetName: string, table: TableDef): boolean {
  return namedBy(table, tableNameKey(bareSheetName(sheetName)));
}

/**
 * Whether a sheet's name contains one of the table's names, singular or plural: `Risk Tracker`,
 * `Project Risks`, `Dependencies Log` say which table they hold without being its name.
 */
export function mentionsTableName(sheetName: string, table: TableDef): boolean {
  return mentionEnd(sheetName, table) >= 0;
}

/**
 * Where in the sheet's name (its `sheetNameKey`) the last mention of the table ends, or -1 when the
 * name does not mention it. A name that mentions two tables holds the one it names last, as English
 * compounds do: `Resource Allocation` is the allocations, `Project Risks` the risks.
 */
export function mentionEnd(sheetName: string, table: TableDef): number {
  const key = sheetNameKey(sheetName);
  let end = -1;
  for (const name of tableNames(table)) {
    for (const needle of new Set([sheetNameKey(name), tableNameKey(name)])) {
      const at = key.lastIndexOf(needle);
      if (at >= 0) end = Math.max(end, at + needle.length);
    }
  }
  return end;
}

/** A table's name with its `tbl` / `table` affix dropped (`tblProjects`, `Risks_Table`, `tbl_RAID`). */
const TABLE_AFFIX = /^(?:tbl|table)|(?:tbl|table)$/g;

/**
 * The template table an Excel table's name names (`tblProjects`, `ProjectList`, `Risk_Register`,
 * `tblMilestones`), else undefined: a one-sheet status report keeps each of its tables in an
 * Excel table of that name.
 */
export function tableOfListObject(listObjectName: string, tables: readonly TableDef[]): TableDef | undefined {
  const key = tableNameKey(sheetNameKey(listObjectName).replace(TABLE_AFFIX, ""));
  if (key === "") return undefined;
  return tables.find((table) => namedBy(table, key));
}
