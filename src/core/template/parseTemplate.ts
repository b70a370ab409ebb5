import type { DraftColumn, DraftTable } from "./templateDraft";
import { COLUMN_TYPES, NUMERIC_TYPES } from "./templateDraft";
import type { JsonObject } from "./jsonReader";
import {
  Problems,
  child,
  describe,
  readBoolean,
  readChoice,
  readList,
  readNumber,
  readObject,
  readText,
  readTextList,
} from "./jsonReader";
import { checkStandardCompatibility } from "./standardCompatibility";
import { checkTemplateLinks } from "./templateChecks";
import type { ColumnDef, EnumDef, ReferenceDef, RowFilter, RowRule, TableDef, TemplateDef } from "./types";
import type { Severity } from "../model/finding";

export type ParseTemplateResult = { readonly template: TemplateDef } | { readonly errors: string[] };

const RULE_KINDS = ["compare", "afterAsOf", "stale", "requiresWhen", "allowedWhen", "oneOf"] as const;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const RULE_PROPERTIES: Readonly<Record<(typeof RULE_KINDS)[number], readonly string[]>> = {
  compare: ["kind", "id", "column", "op", "other", "severity"],
  afterAsOf: ["kind", "id", "column", "severity"],
  stale: ["kind", "id", "column", "severity"],
  requiresWhen: ["kind", "id", "column", "values", "requires", "severity"],
  allowedWhen: ["kind", "id", "column", "value", "other", "allowed", "severity"],
  oneOf: ["kind", "id", "columns", "severity"],
};

/**
 * Reads a PMO's own template (the TemplateDef format, as JSON) and checks it the way the engine
 * will use it: types and rule kinds that exist, rules and references that point at real tables
 * and columns, unique keys, enums with values, min ≤ max, and standard tables that keep the
 * column types the KPIs read. Every problem is returned at once, each naming its JSON path:
 * `my-template.json: tables[2].columns[4].type: "datetime" is not a column type; use one of ...`.
 *
 * `json` is the parsed value, or the file's text (then parsed here).
 *
 * @example parseTemplate(JSON.parse(templateToJson(STANDARD_TEMPLATE)), "standard.json") // { template }
 */
export function parseTemplate(json: unknown, source: string): ParseTemplateResult {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json) as unknown;
    } catch (e) {
      return { errors: [`${source}: is not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
    }
  }
  const problems = new Problems();
  const draft = readTemplate(value, problems);
  if (draft) {
    checkTemplateLinks(draft.tables, problems);
    checkStandardCompatibility(draft.tables, problems);
  }
  if (!draft || problems.list.length > 0) {
    return { errors: problems.list.map((p) => `${source}: ${p}`) };
  }
  return { template: { name: draft.name, version: draft.version, tables: draft.tables.map(finishTable) } };
}

function readTemplate(
  value: unknown,
  problems: Problems,
): { name: string; version: string; tables: DraftTable[] } | null {
  const obj = readObject(value, "", ["name", "version", "tables"], problems);
  if (!obj) return null;
  const name = readText(obj, "name", "", problems);
  const version = readText(obj, "version", "", problems);
  const list = readList(obj, "tables", "", problems, true);
  if (Array.isArray(obj["tables"]) && list.length === 0)
    problems.add("tables", "must list at least one table");
  const tables: DraftTable[] = [];
  list.forEach((item, i) => {
    const table = readTable(item, child("tables", i), problems);
    if (table) tables.push(table);
  });
  // A table that was not an object is skipped; the indexes in later paths must still match the file.
  return tables.length === list.length ? { name, version, tables } : null;
}

function readTable(value: unknown, path: string, problems: Problems): DraftTable | null {
  const obj = readObject(
    value,
    path,
    ["key", "name", "aliases", "required", "description", "columns", "rules", "skipRows"],
    problems,
  );
  if (!obj) return null;
  const key = readKey(obj, path, problems);
  const name = readText(obj, "name", path, problems);
  const aliases = readTextList(obj, "aliases", path, problems, 0);
  const required = readBoolean(obj, "required", path, problems);
  const description = readText(obj, "description", path, problems, "optional");
  const columnList = readList(obj, "columns", path, problems, true);
  if (Array.isArray(obj["columns"]) && columnList.length === 0) {
    problems.add(child(path, "columns"), "must list at least one column");
  }
  const columns = columnList.map((item, i) => readColumn(item, child(child(path, "columns"), i), problems));
  const rules =
    obj["rules"] === undefined
      ? undefined
      : readList(obj, "rules", path, problems, false).map((item, i) =>
          readRule(item, child(child(path, "rules"), i), problems),
        );
  const skipRows =
    obj["skipRows"] === undefined
      ? undefined
      : readRowFilter(obj["skipRows"], child(path, "skipRows"), problems);
  return {
    key,
    name,
    ...(aliases ? { aliases } : {}),
    ...(required === undefined ? {} : { required }),
    ...(description === undefined ? {} : { description }),
    columns,
    ...(rules ? { rules } : {}),
    ...(skipRows ? { skipRows } : {}),
  };
}

/** Table and column keys become property names of every row: plain identifiers, never `src` or `constructor`. */
function readKey(obj: JsonObject, path: string, problems: Problems): string {
  const key = readText(obj, "key", path, problems);
  if (key === "") return key;
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) {
    problems.add(
      child(path, "key"),
      `${describe(key)} must start with a letter and hold only letters, digits and _`,
    );
  } else if (key === "src" || key in Object.prototype) {
    problems.add(child(path, "key"), `${describe(key)} is reserved; choose another key`);
  }
  return key;
}

function readColumn(value: unknown, path: string, problems: Problems): DraftColumn | null {
  const obj = readObject(
    value,
    path,
    [
      "key",
      "header",
      "aliases",
      "type",
      "required",
      "description",
      "min",
      "max",
      "enum",
      "unique",
      "references",
    ],
    problems,
  );
  if (!obj) return null;
  const key = readKey(obj, path, problems);
  const header = readText(obj, "header", path, problems);
  const aliases = readTextList(obj, "aliases", path, problems, 0);
  const type = readChoice(obj, "type", path, problems, COLUMN_TYPES, "a column type");
  const required = readBoolean(obj, "required", path, problems);
  const description = readText(obj, "description", path, problems, "optional");
  const min = readNumber(obj, "min", path, problems);
  const max = readNumber(obj, "max", path, problems);
  const unique = readBoolean(obj, "unique", path, problems);
  const enumDef =
    obj["enum"] === undefined ? undefined : readEnum(obj["enum"], child(path, "enum"), problems);
  const references =
    obj["references"] === undefined
      ? undefined
      : readReference(obj["references"], child(path, "references"), problems);

  if (type === "enum" && obj["enum"] === undefined) {
    problems.add(child(path, "enum"), 'is missing; a column of type enum needs "enum": {"values": [...]}');
  }
  if (type !== undefined && type !== "enum" && obj["enum"] !== undefined) {
    problems.add(child(path, "enum"), `is only used by columns of type enum, but the type is ${type}`);
  }
  if ((min !== undefined || max !== undefined) && type !== undefined && !NUMERIC_TYPES.includes(type)) {
    problems.add(path, `min and max apply only to ${NUMERIC_TYPES.join(", ")} columns, not ${type}`);
  }
  if (min !== undefined && max !== undefined && min > max) {
    problems.add(path, `min ${min} is greater than max ${max}`);
  }
  if (type === "percent" || type === "fraction") {
    for (const [name, limit] of [
      ["min", min],
      ["max", max],
    ] as const) {
      if (limit !== undefined && (limit < 0 || limit > 1)) {
        problems.add(
          child(path, name),
          `${limit} is outside 0..1; ${type} limits are fractions (write 1 for 100%)`,
        );
      }
    }
  }
  return {
    key,
    header,
    ...(aliases ? { aliases } : {}),
    type,
    ...(required === undefined ? {} : { required }),
    ...(description === undefined ? {} : { description }),
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(enumDef ? { enum: enumDef } : {}),
    ...(unique === undefined ? {} : { unique }),
    ...(references ? { references } : {}),
  };
}

function readEnum(value: unknown, path: string, problems: Problems): EnumDef | undefined {
  const obj = readObject(value, path, ["values", "synonyms"], problems);
  if (!obj) return undefined;
  const values = readTextList(obj, "values", path, problems, 1) ?? [];
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v.toLowerCase())) problems.add(child(path, "values"), `${describe(v)} is listed twice`);
    seen.add(v.toLowerCase());
  }
  if (obj["synonyms"] === undefined) return { values };
  const synonymsValue = obj["synonyms"];
  if (typeof synonymsValue !== "object" || synonymsValue === null || Array.isArray(synonymsValue)) {
    problems.add(
      child(path, "synonyms"),
      `must be an object {"synonym": "value"}, found ${describe(synonymsValue)}`,
    );
    return { values };
  }
  const synonyms: Record<string, string> = {};
  for (const [word, canonical] of Object.entries(synonymsValue)) {
    const at = child(child(path, "synonyms"), word);
    if (typeof canonical !== "string" || !values.includes(canonical)) {
      problems.add(at, `${describe(canonical)} is not one of the values (${values.join(", ")})`);
      continue;
    }
    // Cells are matched in lower case, so the synonym is stored that way.
    synonyms[word.toLowerCase()] = canonical;
  }
  return { values, synonyms };
}

function readReference(value: unknown, path: string, problems: Problems): ReferenceDef | undefined {
  const obj = readObject(
    value,
    path,
    ["table", "column", "scopeColumn", "targetScopeColumn", "severity", "nonProjectTime"],
    problems,
  );
  if (!obj) return undefined;
  const table = readText(obj, "table", path, problems);
  const column = readText(obj, "column", path, problems);
  const scopeColumn = readText(obj, "scopeColumn", path, problems, "optional");
  const targetScopeColumn = readText(obj, "targetScopeColumn", path, problems, "optional");
  if ((scopeColumn === undefined) !== (targetScopeColumn === undefined)) {
    problems.add(path, "scopeColumn and targetScopeColumn go together: give both or neither");
  }
  const severity =
    obj["severity"] === undefined
      ? undefined
      : readChoice(obj, "severity", path, problems, SEVERITIES, "a severity");
  const nonProjectTime = readBoolean(obj, "nonProjectTime", path, problems);
  return {
    table,
    column,
    ...(severity === undefined ? {} : { severity }),
    ...(nonProjectTime === undefined ? {} : { nonProjectTime }),
    ...(scopeColumn === undefined ? {} : { scopeColumn }),
    ...(targetScopeColumn === undefined ? {} : { targetScopeColumn }),
  };
}

function readRowFilter(value: unknown, path: string, problems: Problems): RowFilter | undefined {
  const obj = readObject(value, path, ["column", "values", "description"], problems);
  if (!obj) return undefined;
  return {
    column: readText(obj, "column", path, problems),
    values: readTextList(obj, "values", path, problems, 1) ?? [],
    description: readText(obj, "description", path, problems),
  };
}

function readRule(value: unknown, path: string, problems: Problems): RowRule | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.add(path, `must be an object {...}, found ${describe(value)}`);
    return null;
  }
  const kind = readChoice(value as JsonObject, "kind", path, problems, RULE_KINDS, "a rule kind");
  if (kind === undefined) return null;
  const obj = readObject(value, path, RULE_PROPERTIES[kind], problems);
  if (!obj) return null;
  const id = readText(obj, "id", path, problems);
  if (id !== "" && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    problems.add(
      child(path, "id"),
      `${describe(id)} must be lower-case words joined by hyphens, e.g. "budget-over-limit"`,
    );
  }
  const severity = readChoice(obj, "severity", path, problems, SEVERITIES, "a severity") ?? "error";
  switch (kind) {
    case "compare": {
      const op = readChoice(obj, "op", path, problems, [">=", "<="] as const, "a comparison") ?? ">=";
      const column = readText(obj, "column", path, problems);
      const other = readText(obj, "other", path, problems);
      return { kind, id, column, op, other, severity };
    }
    case "afterAsOf":
    case "stale":
      return { kind, id, column: readText(obj, "column", path, problems), severity };
    case "requiresWhen": {
      const column = readText(obj, "column", path, problems);
      const values = readValueList(obj, "values", path, problems);
      const requires = readText(obj, "requires", path, problems);
      return { kind, id, column, values, requires, severity };
    }
    case "allowedWhen": {
      const column = readText(obj, "column", path, problems);
      const raw = obj["value"];
      if (!((typeof raw === "string" && raw !== "") || (typeof raw === "number" && Number.isFinite(raw)))) {
        problems.add(
          child(path, "value"),
          `must be text or a number, found ${raw === undefined ? "nothing" : describe(raw)}`,
        );
      }
      const other = readText(obj, "other", path, problems);
      const allowed = readTextList(obj, "allowed", path, problems, 1) ?? [];
      return {
        kind,
        id,
        column,
        value: typeof raw === "number" || typeof raw === "string" ? raw : "",
        other,
        allowed,
        severity,
      };
    }
    case "oneOf":
      return { kind, id, columns: readTextList(obj, "columns", path, problems, 2) ?? [], severity };
  }
}

/** A non-empty list of text or numbers (`requiresWhen.values`). */
function readValueList(obj: JsonObject, key: string, path: string, problems: Problems): (string | number)[] {
  const list = readList(obj, key, path, problems, true);
  if (Array.isArray(obj[key]) && list.length === 0)
    problems.add(child(path, key), "must list at least one value");
  const out: (string | number)[] = [];
  list.forEach((item, i) => {
    if ((typeof item === "string" && item !== "") || (typeof item === "number" && Number.isFinite(item)))
      out.push(item);
    else problems.add(child(child(path, key), i), `must be text or a number, found ${describe(item)}`);
  });
  return out;
}

/** Only called when there were no problems, so every column has its type and every rule was read. */
function finishTable(draft: DraftTable): TableDef {
  const { columns, rules, ...rest } = draft;
  return {
    ...rest,
    columns: columns.filter((c): c is DraftColumn => c !== null).map(finishColumn),
    ...(rules ? { rules: rules.filter((r): r is RowRule => r !== null) } : {}),
  };
}

function finishColumn(draft: DraftColumn): ColumnDef {
  const { key, header, aliases, type, ...rest } = draft;
  return { key, header, ...(aliases ? { aliases } : {}), type: type ?? "text", ...rest };
}
