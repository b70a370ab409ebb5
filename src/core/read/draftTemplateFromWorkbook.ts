import type { RawSheet, RawWorkbook } from "../model/raw";
import { DEFAULT_SETTINGS } from "../model/settings";
import { headerKey } from "../model/names";
import { readWorkbook } from "./readWorkbook";
import type { ColumnDef, ColumnType, TableDef, TemplateDef } from "../template/types";
import { columnNames } from "../template/tableNames";
import { gridRow } from "../model/gridRows";

/** Rows sampled per column to guess its type. */
const SAMPLE_ROWS = 200;

/**
 * A template drafted from a workbook's recognised tables: each keeps the template's columns the
 * sheet has (a header written differently becomes an alias) and gains the sheet's other headers as
 * new columns, typed from their values (shown to the PMO for confirmation before it is used). Tables
 * the workbook lacks are dropped, except required ones. Column order follows the sheet.
 *
 * @example draftTemplateFromWorkbook(raw, STANDARD_TEMPLATE).tables[0].columns.at(-1) // { key: "costCentre", header: "Cost Centre", type: "text" }
 */
export function draftTemplateFromWorkbook(workbook: RawWorkbook, base: TemplateDef): TemplateDef {
  const read = readWorkbook(workbook, base, { ...DEFAULT_SETTINGS, asOf: "2000-01-01" });
  const tables = base.tables.flatMap((table): TableDef[] => {
    const binding = read.bindings.find((b) => b.table === table.key);
    const sheet = workbook.sheets.find((s) => s.name === binding?.sheet);
    if (!binding || !sheet) return table.required === true ? [table] : [];
    const byCol = new Map<number, ColumnDef>();
    for (const column of table.columns) {
      const at = binding.columns[column.key];
      if (at === undefined) {
        if (column.required === true) byCol.set(Number.MAX_SAFE_INTEGER - byCol.size, column);
        continue;
      }
      const known = columnNames(column).some((n) => n === at.header);
      byCol.set(at.col, known ? column : { ...column, aliases: [...(column.aliases ?? []), at.header] });
    }
    const keys = new Set(table.columns.map((c) => c.key));
    const headerRow = gridRow(sheet.cells, binding.headerRow - sheet.top);
    headerRow.forEach((value, i) => {
      const col = sheet.left + i;
      const header =
        typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
      if (header === "" || !binding.unknownHeaders.includes(header) || byCol.has(col)) return;
      const key = freeKey(header, keys);
      byCol.set(col, { key, header, type: guessColumnType(sheet, binding.headerRow, col) });
    });
    const columns = [...byCol.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    return [keepValidLinks({ ...table, columns })];
  });
  return {
    name: `${base.name} (from ${workbook.file})`,
    version: base.version,
    tables: dropDanglingReferences(tables),
  };
}

/** Rules and the row filter of a table whose columns were dropped go with them. */
function keepValidLinks(table: TableDef): TableDef {
  const has = new Set(table.columns.map((c) => c.key));
  const rules = (table.rules ?? []).filter((rule) => {
    switch (rule.kind) {
      case "compare":
        return has.has(rule.column) && has.has(rule.other);
      case "afterAsOf":
      case "stale":
        return has.has(rule.column);
      case "requiresWhen":
        return has.has(rule.column) && has.has(rule.requires);
      case "allowedWhen":
        return has.has(rule.column) && has.has(rule.other);
      case "oneOf":
        return rule.columns.every((c) => has.has(c));
    }
  });
  const { columns, key, name } = table;
  const skipRows = table.skipRows;
  return {
    key,
    name,
    ...(table.aliases ? { aliases: table.aliases } : {}),
    ...(table.required === undefined ? {} : { required: table.required }),
    ...(table.description === undefined ? {} : { description: table.description }),
    columns,
    ...(rules.length > 0 ? { rules } : {}),
    ...(skipRows !== undefined && has.has(skipRows.column) ? { skipRows } : {}),
  };
}

/** A reference to a table or column the draft no longer has is dropped. */
function dropDanglingReferences(tables: readonly TableDef[]): TableDef[] {
  const exists = (table: string, column: string | undefined): boolean =>
    column === undefined ||
    (tables.find((t) => t.key === table)?.columns.some((c) => c.key === column) ?? false);
  return tables.map((table) => ({
    ...table,
    columns: table.columns.map((column) => {
      const ref = column.references;
      if (!ref || (exists(ref.table, ref.column) && exists(ref.table, ref.targetScopeColumn))) return column;
      return Object.fromEntries(
        Object.entries(column).filter(([k]) => k !== "references"),
      ) as unknown as ColumnDef;
    }),
  }));
}

/** The type the values under a header suggest: dates, percents, whole numbers, numbers, a short list, else text. */
export function guessColumnType(sheet: RawSheet, headerRow: number, col: number): ColumnType {
  const values: { value: string | number | boolean; format: string }[] = [];
  for (let r = headerRow + 1; r < headerRow + 1 + SAMPLE_ROWS; r++) {
    const value = sheet.cells.value(r - sheet.top, col - sheet.left);
    if (value === null || value === "") continue;
    values.push({ value, format: sheet.cells.format(r - sheet.top, col - sheet.left) ?? "General" });
  }
  if (values.length === 0) return "text";
  const numbers = values.filter((v) => typeof v.value === "number");
  if (numbers.length === values.length) {
    if (numbers.every((v) => /[dy]/i.test(v.format) && !/\[h\]/i.test(v.format))) return "date";
    if (numbers.every((v) => v.format.includes("%"))) return "percent";
    return numbers.every((v) => Number.isInteger(v.value)) ? "integer" : "number";
  }
  return "text";
}

/** `Cost Centre` → `costCentre`, made unique among `taken` (which it joins). */
function freeKey(header: string, taken: Set<string>): string {
  const words =
    headerKey(header) === "" ? ["column"] : header.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  let base = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join("")
    .replace(/[^A-Za-z0-9_]/g, "");
  if (!/^[A-Za-z]/.test(base)) base = `column${base}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}${n}`;
  taken.add(key);
  return key;
}
