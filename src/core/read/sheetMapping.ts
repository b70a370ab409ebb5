import type { TemplateDef } from "../template/types";
import { headerKey, sheetNameKey } from "../model/names";
import { isTableName } from "../template/tableNames";

/** How the PMO maps one sheet: to a table, and/or its headers to template columns. */
export interface SheetMapEntry {
  /** Table key; when absent the sheet is recognised by its name as usual. */
  readonly table?: string;
  /** Header as written in the sheet → column key. */
  readonly columns?: Readonly<Record<string, string>>;
}

/**
 * The `--map` file (and the mapping the add-in saves in the workbook):
 * `{"sheets": {"<sheet name>": {"table": "<table key>", "columns": {"<header>": "<column key>"}}}}`.
 */
export interface SheetMapping {
  readonly sheets: Readonly<Record<string, SheetMapEntry>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks a parsed mapping JSON against the template. `source` names the file in messages.
 * Every problem is listed, e.g. `map.json: sheet "Proj": unknown table "projcts"; the tables are …`.
 */
export function parseSheetMapping(
  json: unknown,
  source: string,
  template: TemplateDef,
): { mapping: SheetMapping } | { errors: string[] } {
  const errors: string[] = [];
  const tableKeys = template.tables.map((t) => t.key);
  if (!isRecord(json) || !isRecord(json["sheets"])) {
    return {
      errors: [
        `${source}: a sheet mapping must be an object like {"sheets": {"<sheet name>": {"table": "<table key>", ` +
          `"columns": {"<header>": "<column key>"}}}}.`,
      ],
    };
  }
  const sheets: Record<string, SheetMapEntry> = {};
  for (const [sheet, entry] of Object.entries(json["sheets"])) {
    const where = `${source}: sheet "${sheet}"`;
    if (!isRecord(entry)) {
      errors.push(`${where}: expected an object with "table" and/or "columns".`);
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (key !== "table" && key !== "columns")
        errors.push(`${where}: unknown property "${key}" (use "table", "columns").`);
    }
    const tableValue = entry["table"];
    let tableKey: string | undefined;
    if (tableValue !== undefined) {
      if (typeof tableValue !== "string" || !tableKeys.includes(tableValue)) {
        errors.push(
          `${where}: unknown table ${JSON.stringify(tableValue)}; the tables are ${tableKeys.join(", ")}.`,
        );
        continue;
      }
      tableKey = tableValue;
    }
    // Without "table", the columns belong to the table the sheet name matches.
    const table =
      tableKey !== undefined
        ? template.tables.find((t) => t.key === tableKey)
        : template.tables.find((t) => isTableName(sheet, t));
    const columnsValue = entry["columns"];
    let columns: Record<string, string> | undefined;
    if (columnsValue !== undefined) {
      if (!isRecord(columnsValue)) {
        errors.push(`${where}: "columns" must be an object of "<header>": "<column key>".`);
        continue;
      }
      if (table === undefined) {
        errors.push(`${where}: its name matches no table, so give "table" for its "columns".`);
        continue;
      }
      columns = {};
      const columnKeys = table.columns.map((c) => c.key);
      for (const [header, key] of Object.entries(columnsValue)) {
        if (typeof key !== "string" || !columnKeys.includes(key)) {
          errors.push(
            `${where}: header "${header}" maps to unknown column ${JSON.stringify(key)} of ${table.key}; ` +
              `the columns are ${columnKeys.join(", ")}.`,
          );
        } else if (headerKey(header) === "") {
          errors.push(`${where}: header "${header}" has no letters or digits.`);
        } else columns[header] = key;
      }
    }
    sheets[sheet] = {
      ...(tableKey !== undefined ? { table: tableKey } : {}),
      ...(columns ? { columns } : {}),
    };
  }
  return errors.length > 0 ? { errors } : { mapping: { sheets } };
}

/** The mapping entry for a sheet: exact name first, then the same name ignoring case, spaces, `_`, `-`. */
export function mappingFor(mapping: SheetMapping | undefined, sheet: string): SheetMapEntry | undefined {
  if (mapping === undefined) return undefined;
  const exact = mapping.sheets[sheet];
  if (exact !== undefined) return exact;
  const key = sheetNameKey(sheet);
  for (const [name, entry] of Object.entries(mapping.sheets)) if (sheetNameKey(name) === key) return entry;
  return undefined;
}
