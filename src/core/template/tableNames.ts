import { sheetNameKey, tableNameKey } from "../model/names";
import type { TableDef } from "./types";

/** A table's name and its sheet aliases: the names a sheet may have to be that table. */
export function tableNames(table: TableDef): string[] {
  return [table.name, ...(table.aliases ?? [])];
}

/** Whether a sheet's name is one of the table's names (see `tableNameKey`: `Risk` is `Risks`). */
export function isTableName(sheetName: string, table: TableDef): boolean {
  const key = tableNameKey(sheetName);
  return tableNames(table).some((name) => tableNameKey(name) === key);
}

/**
 * Whether a sheet's name contains one of the table's names, singular or plural: `Risk Tracker`,
 * `Project Risks`, `Dependencies Log` say which table they hold without being its name.
 */
export function mentionsTableName(sheetName: string, table: TableDef): boolean {
  const key = sheetNameKey(sheetName);
  return tableNames(table).some(
    (name) => key.includes(sheetNameKey(name)) || key.includes(tableNameKey(name)),
  );
}
