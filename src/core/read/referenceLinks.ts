/**
 * References written in another form than the value they refer to, linked to it in the rows just
 * read from one workbook (still the reader's own), with one warning per sheet and column naming
 * the cells: the figures are right at once, and the PM is told how to write them.
 * - A project written by its name where its Project ID belongs: a risk register's or resource
 *   plan's `Project` column holding "Apollo" rather than P-101.
 * - A person written otherwise than on the Resources sheet: `ann lee`, `Ann  Lee`, `Lee, Ann` for
 *   Ann Lee.
 * A value links only when it is no target value as written and exactly one target has its form;
 * otherwise it stays as written (validation then reports it as not listed).
 */
import { columnLetters } from "../model/a1";
import type { Finding } from "../model/finding";
import { nameKey } from "../model/names";
import type { NormRow, TableBinding } from "../model/portfolio";
import type { TemplateDef } from "../template/types";
import { PROJECT_ID, PROJECTS_TABLE } from "../template/keys";
import { sheetFinding } from "./findings";

interface Linked {
  readonly row: number;
  readonly written: string;
  readonly value: string;
}

/** One kind of link: which column it fills, how targets are found, and what the finding says. */
interface LinkRule {
  readonly table: string;
  readonly column: string;
  /** The target rows' values by the form a reference may take; null when two targets share it. */
  readonly forms: (rows: readonly NormRow[]) => Map<string, string | null>;
  readonly formOf: (written: string) => string;
  readonly rule: string;
  readonly message: (header: string, count: number, cells: string, first: Linked) => string;
}

function formsBy(rows: readonly NormRow[], key: string, from: string, formOf: (s: string) => string) {
  const forms = new Map<string, string | null>();
  for (const row of rows) {
    const value = row[key];
    const source = row[from];
    if (typeof value !== "string" || typeof source !== "string") continue;
    const form = formOf(source);
    forms.set(form, forms.has(form) && forms.get(form) !== value ? null : value);
  }
  return forms;
}

/** A person's name in one form: any case and spacing, `Last, First` as `First Last`. */
export function personForm(name: string): string {
  const words = name.trim().toLowerCase().split(/\s+/);
  const joined = words.join(" ");
  const comma = joined.indexOf(",");
  if (comma < 0 || joined.indexOf(",", comma + 1) >= 0) return joined;
  return `${joined.slice(comma + 1).trim()} ${joined.slice(0, comma).trim()}`;
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const RULES: readonly LinkRule[] = [
  {
    table: PROJECTS_TABLE,
    column: PROJECT_ID,
    forms: (rows) => formsBy(rows, PROJECT_ID, "projectName", nameKey),
    formOf: nameKey,
    rule: "project-by-name",
    message: (header, n, cells, first) =>
      `${header} has ${plural(n, "1 project", `${n} projects`)} written by name where the Project ID ` +
      `belongs (${cells}); ${plural(n, "it was", "they were")} linked by name ("${first.written}" → ` +
      `${first.value}). Enter the Project ID${plural(n, "", "s")}.`,
  },
  {
    table: "resources",
    column: "resource",
    forms: (rows) => formsBy(rows, "resource", "resource", personForm),
    formOf: personForm,
    rule: "resource-name-form",
    message: (header, n, cells, first) =>
      `${header} has ${plural(n, "1 name", `${n} names`)} written otherwise than on the Resources sheet ` +
      `(${cells}); ${plural(n, "it was", "they were")} linked to the person ("${first.written}" → ` +
      `${first.value}). Write names as the Resources sheet does.`,
  },
];

function linkedFinding(
  file: string,
  binding: TableBinding,
  key: string,
  rule: LinkRule,
  linked: readonly Linked[],
): Finding {
  const at = binding.columns[key];
  const letters = at === undefined ? "" : columnLetters(at.col);
  const header = at?.header ?? key;
  const first = linked[0] as Linked;
  const cells =
    linked
      .slice(0, 3)
      .map((l) => `${letters}${l.row}`)
      .join(", ") + (linked.length > 3 ? ", …" : "");
  return sheetFinding(
    file,
    binding.sheet,
    "warning",
    rule.rule,
    rule.message(header, linked.length, cells, first),
    {
      cell: `${letters}${first.row}`,
      row: first.row,
      column: header,
    },
  );
}

/** One workbook's rows just read, where they came from, and where findings go. */
export interface LinkInput {
  readonly file: string;
  readonly template: TemplateDef;
  readonly tables: ReadonlyMap<string, readonly NormRow[]>;
  readonly bindings: readonly TableBinding[];
  readonly findings: Finding[];
}

/**
 * The row's findings were made while it was read, naming the project as written ("Billing
 * Replatform"): once linked, they name its ID, so they count against that project (its errors,
 * its compliance) like the findings of its other rows.
 */
function renameFindingProjects(
  findings: Finding[],
  file: string,
  sheet: string,
  linked: readonly Linked[],
): void {
  const ids = new Map(linked.map((l) => [l.written, l.value]));
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (f.projectId === undefined || f.file !== file || f.sheet !== sheet) continue;
    const id = ids.get(f.projectId);
    if (id !== undefined) findings[i] = { ...f, projectId: id };
  }
}

/** Links one rule's references in every table and column that refers to its target. */
function linkRule(rule: LinkRule, input: LinkInput): void {
  const { file, template, tables, bindings, findings } = input;
  const targets = tables.get(rule.table) ?? [];
  const values = new Set(
    targets.map((t) => t[rule.column]).filter((v): v is string => typeof v === "string"),
  );
  const forms = rule.forms(targets);
  if (forms.size === 0) return;
  for (const table of template.tables) {
    if (table.key === rule.table) continue;
    const rows = tables.get(table.key) ?? [];
    const keys = table.columns
      .filter((c) => c.references?.table === rule.table && c.references.column === rule.column)
      .map((c) => c.key);
    for (const key of keys) {
      const bySheet = new Map<string, Linked[]>();
      for (const row of rows) {
        const written = row[key];
        if (typeof written !== "string" || values.has(written)) continue;
        const value = forms.get(rule.formOf(written));
        if (value === undefined || value === null) continue;
        // The rows are the reader's own until readWorkbook returns them.
        (row as Record<string, unknown>)[key] = value;
        const list = bySheet.get(row.src.sheet) ?? [];
        // A resource plan's months across give several rows per sheet row: its cell counts once.
        if (list[list.length - 1]?.row !== row.src.row) list.push({ row: row.src.row, written, value });
        bySheet.set(row.src.sheet, list);
      }
      for (const [sheet, linked] of bySheet) {
        const binding = bindings.find((b) => b.table === table.key && b.sheet === sheet);
        if (binding !== undefined) findings.push(linkedFinding(file, binding, key, rule, linked));
        if (key === PROJECT_ID) renameFindingProjects(findings, file, sheet, linked);
      }
    }
  }
}

/** Links projects written by name and people written in another form, in one workbook's rows. */
export function linkReferences(input: LinkInput): void {
  for (const rule of RULES) linkRule(rule, input);
}
