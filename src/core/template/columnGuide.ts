import type { ColumnDef, RowRule, TableDef, TemplateDef } from "./types";

/**
 * A column explained in words, from the template alone: what the blank tracker's Instructions
 * sheet, its input messages and docs/template.md say about it, so the three never disagree.
 *
 * @example columnGuide(STANDARD_TEMPLATE, projects, budget).type // "Amount, 0 or more"
 */
export interface ColumnGuide {
  readonly header: string;
  readonly required: boolean;
  /** The kind of value, e.g. `Date`, `Percent, 0–100 %`, `Whole number 1–5`. */
  readonly type: string;
  /** The values a cell may take (`Green, Amber, Red`), or "" when any value of the type will do. */
  readonly allowed: string;
  /** Checks beyond the type: uniqueness, references, row rules (`On or after Start Date`). */
  readonly rules: string;
  readonly meaning: string;
}

export function columnGuide(template: TemplateDef, table: TableDef, column: ColumnDef): ColumnGuide {
  return {
    header: column.header,
    required: column.required === true,
    type: typeText(column),
    allowed: allowedText(column),
    rules: ruleTexts(template, table, column).join("; "),
    meaning: column.description ?? "",
  };
}

/** `0–80`, `0 or more`, `at most 10`, or "" without bounds. Percents are shown as percents. */
export function boundsText(column: ColumnDef): string {
  const percent = column.type === "percent";
  const show = (n: number): string => (percent ? `${round(n * 100)} %` : String(n));
  const { min, max } = defaultBounds(column);
  if (min !== undefined && max !== undefined) return `${show(min)}–${show(max)}`;
  if (min !== undefined) return `${show(min)} or more`;
  if (max !== undefined) return `at most ${show(max)}`;
  return "";
}

/** The bounds a cell of the column must respect: its own, else the type's (percent 0–1, scale 1–5). */
export function defaultBounds(column: ColumnDef): { min?: number; max?: number } {
  const typeBounds: Partial<Record<ColumnDef["type"], { min: number; max: number }>> = {
    percent: { min: 0, max: 1 },
    fraction: { min: 0, max: 1 },
    scale: { min: 1, max: 5 },
  };
  const own = typeBounds[column.type];
  const min = column.min ?? own?.min;
  const max = column.max ?? own?.max;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

const TYPE_WORDS: Readonly<Record<ColumnDef["type"], string>> = {
  text: "Text",
  id: "Identifier (text or number)",
  integer: "Whole number",
  number: "Number",
  currency: "Amount (no currency sign)",
  percent: "Percent",
  fraction: "Fraction (1 = all)",
  scale: "Whole number 1–5 (1 very low, 5 very high)",
  date: "Date",
  month: "Month (any date in it)",
  enum: "One of a list",
};

function typeText(column: ColumnDef): string {
  const words = TYPE_WORDS[column.type];
  const bounds = column.type === "scale" ? "" : boundsText(column);
  return bounds === "" ? words : `${words}, ${bounds}`;
}

function allowedText(column: ColumnDef): string {
  if (column.type === "enum") return (column.enum?.values ?? []).join(", ");
  if (column.type === "scale") return "1, 2, 3, 4, 5";
  return "";
}

function ruleTexts(template: TemplateDef, table: TableDef, column: ColumnDef): string[] {
  const out: string[] = [];
  if (column.unique === true) out.push("Unique");
  const ref = column.references;
  if (ref) {
    const target = template.tables.find((t) => t.key === ref.table);
    const targetColumn = target?.columns.find((c) => c.key === ref.column);
    const where = `${targetColumn?.header ?? ref.column} on ${target?.name ?? ref.table}`;
    const scope = table.columns.find((c) => c.key === ref.scopeColumn);
    const rule = scope ? `Must be a ${where} for that ${scope.header}` : `Must be a ${where}`;
    out.push(ref.severity === undefined || ref.severity === "error" ? rule : `${rule} (${ref.severity})`);
  }
  for (const rule of table.rules ?? []) {
    const text = ruleText(rule, table, column);
    if (text !== null) out.push(text);
  }
  return out;
}

/** The rule as it concerns `column`, or null when it does not. */
function ruleText(rule: RowRule, table: TableDef, column: ColumnDef): string | null {
  const header = (key: string): string => table.columns.find((c) => c.key === key)?.header ?? key;
  const softly = rule.severity === "error" ? "" : " (warning)";
  switch (rule.kind) {
    case "compare":
      if (rule.column !== column.key) return null;
      return `${rule.op === ">=" ? "On or after" : "At most"} ${header(rule.other)}${softly}`;
    case "afterAsOf":
      return rule.column === column.key ? `Not after the report date${softly}` : null;
    case "stale":
      return rule.column === column.key
        ? `Not older than the stale limit (35 days by default)${softly}`
        : null;
    case "requiresWhen":
      if (rule.requires !== column.key) return null;
      return `Needed when ${header(rule.column)} is ${rule.values.join(" or ")}${softly}`;
    case "allowedWhen":
      if (rule.column !== column.key) return null;
      return `${valueText(rule.value, table, rule.column)} only when ${header(rule.other)} is ${rule.allowed.join(" or ")}${softly}`;
    case "oneOf":
      if (!rule.columns.includes(column.key)) return null;
      return `Fill this or ${rule.columns
        .filter((k) => k !== column.key)
        .map(header)
        .join(" or ")}${softly}`;
  }
}

function valueText(value: string | number, table: TableDef, key: string): string {
  const column = table.columns.find((c) => c.key === key);
  if (typeof value === "number" && column?.type === "percent") return `${round(value * 100)} %`;
  return String(value);
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The guide's columns, in the order the Instructions sheet and docs/template.md show them. */
export const GUIDE_HEADERS = ["Column", "Required", "Type", "Allowed values", "Rules", "Meaning"] as const;

/** The section title of a table: `Projects (required): One row per project.` */
export function tableTitle(table: TableDef): string {
  const kind = table.required === true ? "required" : "optional";
  return `${table.name} (${kind})${table.description === undefined ? "" : `: ${table.description}`}`;
}

/** One row per column of the table, in GUIDE_HEADERS order. */
export function guideRows(template: TemplateDef, table: TableDef): string[][] {
  return table.columns.map((column) => {
    const g = columnGuide(template, table, column);
    return [g.header, g.required ? "Yes" : "", g.type, g.allowed, g.rules, g.meaning];
  });
}
