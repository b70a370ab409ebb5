import { headerKey } from "../model/names";
import type { Problems } from "./jsonReader";
import { child, describe } from "./jsonReader";
import type { DraftColumn, DraftTable } from "./templateDraft";
import { NUMERIC_TYPES } from "./templateDraft";
import type { ColumnType, RowRule } from "./types";

/** Rule ids the validator itself uses; a template rule may not take them. */
const RESERVED_RULE_IDS = ["duplicate-id", "reference-missing", "reference-case", "reference-table-missing"];

/**
 * The checks that need the whole template: unique table keys, column keys and rule ids; headers
 * and aliases that would match two columns; rules, row filters and references that point at
 * tables and columns that exist, with types the rule can work on.
 */
export function checkTemplateLinks(tables: readonly DraftTable[], problems: Problems): void {
  const tableAt = new Map<string, number>();
  tables.forEach((table, i) => {
    const path = child("tables", i);
    const first = tableAt.get(table.key);
    if (first !== undefined) {
      problems.add(
        child(path, "key"),
        `${describe(table.key)} is already the key of tables[${first}]; table keys must be unique`,
      );
    } else if (table.key !== "") {
      tableAt.set(table.key, i);
    }
  });
  const ruleAt = new Map<string, string>();
  tables.forEach((table, i) => {
    const path = child("tables", i);
    const columns = checkColumnKeys(table, path, problems);
    checkHeaderClashes(table, path, problems);
    table.columns.forEach((column, j) => {
      if (column?.references)
        checkReference(column, child(child(path, "columns"), j), table, columns, tables, tableAt, problems);
    });
    (table.rules ?? []).forEach((rule, j) => {
      if (!rule) return;
      const rulePath = child(child(path, "rules"), j);
      const seen = ruleAt.get(rule.id);
      if (seen !== undefined) {
        problems.add(
          child(rulePath, "id"),
          `${describe(rule.id)} is already the id of ${seen}; rule ids must be unique`,
        );
      } else if (RESERVED_RULE_IDS.includes(rule.id)) {
        problems.add(
          child(rulePath, "id"),
          `${describe(rule.id)} is reserved for the validator's own findings`,
        );
      } else if (rule.id !== "") {
        ruleAt.set(rule.id, rulePath);
      }
      checkRuleColumns(rule, rulePath, table, columns, problems);
    });
    if (table.skipRows) {
      mustBeColumn(table.skipRows.column, child(child(path, "skipRows"), "column"), table, columns, problems);
    }
  });
}

/** Duplicate column keys; returns the columns by key (first wins). */
function checkColumnKeys(table: DraftTable, path: string, problems: Problems): Map<string, DraftColumn> {
  const byKey = new Map<string, DraftColumn>();
  const at = new Map<string, number>();
  table.columns.forEach((column, j) => {
    if (!column || column.key === "") return;
    const first = at.get(column.key);
    if (first === undefined) {
      at.set(column.key, j);
      byKey.set(column.key, column);
    } else {
      problems.add(
        child(child(child(path, "columns"), j), "key"),
        `${describe(column.key)} is already the key of ${child(child(path, "columns"), first)}; column keys must be unique in a table`,
      );
    }
  });
  return byKey;
}

/**
 * Headers are matched ignoring case, a trailing unit in brackets and anything but letters and
 * digits (`Budget ($)` = `budget`), so two columns whose names match the same way could not be told apart,
 * unless both are aliases: such an alias goes to the first of its columns (in template order) not
 * already taken.
 */
function checkHeaderClashes(table: DraftTable, path: string, problems: Problems): void {
  const owner = new Map<string, { key: string; alias: boolean }>();
  table.columns.forEach((column, j) => {
    if (!column) return;
    const names = [column.header, ...(column.aliases ?? [])];
    const mine = new Set<string>();
    names.forEach((name, n) => {
      const norm = headerKey(name);
      if (norm === "" || mine.has(norm)) return;
      mine.add(norm);
      const alias = n > 0;
      const other = owner.get(norm);
      if (other === undefined) {
        owner.set(norm, { key: column.key, alias });
      } else if (alias && other.alias) {
        // An alias of two columns (`Finish`: the Baseline Finish, or beside one the Forecast
        // Finish) goes to the first of them the sheet's own headers left free: told apart by order.
      } else {
        problems.add(
          child(child(path, "columns"), j),
          `header or alias ${describe(name)} also matches column ${describe(other.key)}; a sheet column could not be told apart`,
        );
      }
    });
  });
}

function checkReference(
  column: DraftColumn,
  path: string,
  table: DraftTable,
  columns: ReadonlyMap<string, DraftColumn>,
  tables: readonly DraftTable[],
  tableAt: ReadonlyMap<string, number>,
  problems: Problems,
): void {
  const ref = column.references;
  if (!ref || ref.table === "") return;
  const refPath = child(path, "references");
  const targetIndex = tableAt.get(ref.table);
  const target = targetIndex === undefined ? undefined : tables[targetIndex];
  if (!target) {
    problems.add(
      child(refPath, "table"),
      `${describe(ref.table)} is not a table of this template; its tables are ${[...tableAt.keys()].join(", ")}`,
    );
    return;
  }
  const targetColumns = new Map<string, DraftColumn>();
  for (const c of target.columns) if (c && !targetColumns.has(c.key)) targetColumns.set(c.key, c);
  mustBeColumn(ref.column, child(refPath, "column"), target, targetColumns, problems);
  if (ref.scopeColumn !== undefined)
    mustBeColumn(ref.scopeColumn, child(refPath, "scopeColumn"), table, columns, problems);
  if (ref.targetScopeColumn !== undefined) {
    mustBeColumn(ref.targetScopeColumn, child(refPath, "targetScopeColumn"), target, targetColumns, problems);
  }
}

function checkRuleColumns(
  rule: RowRule,
  path: string,
  table: DraftTable,
  columns: ReadonlyMap<string, DraftColumn>,
  problems: Problems,
): void {
  const col = (key: string, prop: string): DraftColumn | undefined =>
    mustBeColumn(key, child(path, prop), table, columns, problems);
  switch (rule.kind) {
    case "compare": {
      const a = col(rule.column, "column");
      const b = col(rule.other, "other");
      if (a?.type && b?.type && family(a.type) !== family(b.type)) {
        problems.add(
          path,
          `compare needs two dates, two months or two numbers; ${describe(a.key)} is ${a.type} and ${describe(b.key)} is ${b.type}`,
        );
      } else if (a?.type && family(a.type) === "other") {
        problems.add(
          child(path, "column"),
          `compare works on dates, months and numbers; ${describe(a.key)} is ${a.type}`,
        );
      } else if (rule.column !== "" && rule.column === rule.other) {
        problems.add(path, "compares a column with itself");
      }
      return;
    }
    case "afterAsOf":
    case "stale": {
      const c = col(rule.column, "column");
      if (c?.type && c.type !== "date") {
        problems.add(
          child(path, "column"),
          `${rule.kind} works on date columns; ${describe(c.key)} is ${c.type}`,
        );
      }
      return;
    }
    case "requiresWhen": {
      const c = col(rule.column, "column");
      col(rule.requires, "requires");
      if (c) checkEnumValues(c, rule.values, child(path, "values"), problems);
      return;
    }
    case "allowedWhen": {
      const c = col(rule.column, "column");
      const other = col(rule.other, "other");
      if (c) checkEnumValues(c, [rule.value], child(path, "value"), problems);
      if (other) checkEnumValues(other, rule.allowed, child(path, "allowed"), problems);
      return;
    }
    case "oneOf": {
      const seen = new Set<string>();
      rule.columns.forEach((key, k) => {
        if (seen.has(key)) problems.add(child(child(path, "columns"), k), `${describe(key)} is listed twice`);
        seen.add(key);
        mustBeColumn(key, child(child(path, "columns"), k), table, columns, problems);
      });
      return;
    }
  }
}

/** A rule value tested against an enum column must be one of its values, or it could never match. */
function checkEnumValues(
  column: DraftColumn,
  values: readonly (string | number)[],
  path: string,
  problems: Problems,
): void {
  const allowed = column.enum?.values;
  if (column.type !== "enum" || !allowed) return;
  const lower = new Set(allowed.map((v) => v.toLowerCase()));
  for (const v of values) {
    if (typeof v !== "string" || !lower.has(v.toLowerCase())) {
      problems.add(path, `${describe(v)} is not a value of ${describe(column.key)} (${allowed.join(", ")})`);
    }
  }
}

function mustBeColumn(
  key: string,
  path: string,
  table: DraftTable,
  columns: ReadonlyMap<string, DraftColumn>,
  problems: Problems,
): DraftColumn | undefined {
  if (key === "") return undefined;
  const column = columns.get(key);
  if (!column) {
    problems.add(
      path,
      `${describe(key)} is not a column of table ${describe(table.key)}; its columns are ${[...columns.keys()].join(", ")}`,
    );
  }
  return column;
}

function family(type: ColumnType): "date" | "month" | "number" | "other" {
  if (type === "date" || type === "month") return type;
  return NUMERIC_TYPES.includes(type) ? "number" : "other";
}
