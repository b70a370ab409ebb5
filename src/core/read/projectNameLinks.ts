/**
 * A project written by its name where its Project ID belongs: a risk register's or resource plan's
 * `Project` column holding "Apollo" rather than P-101. Such a row is linked to the project of that
 * name when exactly one project of the same workbook has it (trimmed, any case) and no project has
 * it as its ID, with one warning per sheet and column naming the cells: the figures are right at
 * once, and the PM is told to write IDs. A name two projects share stays as written (validation
 * then reports it as not listed).
 */
import { columnLetters } from "../model/a1";
import type { Finding } from "../model/finding";
import { nameKey } from "../model/names";
import type { NormRow, TableBinding } from "../model/portfolio";
import type { TemplateDef } from "../template/types";
import { PROJECT_ID, PROJECTS_TABLE } from "../template/keys";
import { sheetFinding } from "./findings";

/** The Projects column that holds a project's name. */
const PROJECT_NAME = "projectName";

/** Name key → the Project ID of the one project with that name; null when several share it. */
function projectsByName(projects: readonly NormRow[]): Map<string, string | null> {
  const byName = new Map<string, string | null>();
  for (const project of projects) {
    const id = project[PROJECT_ID];
    const name = project[PROJECT_NAME];
    if (typeof id !== "string" || typeof name !== "string") continue;
    const key = nameKey(name);
    byName.set(key, byName.has(key) && byName.get(key) !== id ? null : id);
  }
  return byName;
}

interface Linked {
  readonly row: number;
  readonly name: string;
  readonly id: string;
}

function linkedFinding(file: string, binding: TableBinding, key: string, linked: readonly Linked[]): Finding {
  const at = binding.columns[key];
  const letters = at === undefined ? "" : columnLetters(at.col);
  const header = at?.header ?? key;
  const first = linked[0] as Linked;
  const n = linked.length;
  const cells = linked
    .slice(0, 3)
    .map((l) => `${letters}${l.row}`)
    .join(", ");
  return sheetFinding(
    file,
    binding.sheet,
    "warning",
    "project-by-name",
    `${header} has ${n === 1 ? "1 project" : `${n} projects`} written by name where the Project ID belongs ` +
      `(${cells}${n > 3 ? ", …" : ""}); ${n === 1 ? "it was" : "they were"} linked by name ("${first.name}" → ` +
      `${first.id}). Enter the Project ID${n === 1 ? "" : "s"}.`,
    { cell: `${letters}${first.row}`, row: first.row, column: header },
  );
}

/**
 * Replaces project names by their Project IDs in every column that refers to Projects, in the rows
 * just read from one workbook (still the reader's own), and reports each sheet's column once.
 */
export function linkProjectNames(
  file: string,
  template: TemplateDef,
  tables: ReadonlyMap<string, readonly NormRow[]>,
  bindings: readonly TableBinding[],
  findings: Finding[],
): void {
  const projects = tables.get(PROJECTS_TABLE) ?? [];
  const ids = new Set(
    projects.map((p) => p[PROJECT_ID]).filter((id): id is string => typeof id === "string"),
  );
  const byName = projectsByName(projects);
  if (byName.size === 0) return;
  for (const table of template.tables) {
    if (table.key === PROJECTS_TABLE) continue;
    const rows = tables.get(table.key) ?? [];
    const keys = table.columns
      .filter((c) => c.references?.table === PROJECTS_TABLE && c.references.column === PROJECT_ID)
      .map((c) => c.key);
    for (const key of keys) {
      const bySheet = new Map<string, Linked[]>();
      for (const row of rows) {
        const value = row[key];
        if (typeof value !== "string" || ids.has(value)) continue;
        const id = byName.get(nameKey(value));
        if (id === undefined || id === null) continue;
        // The rows are the reader's own until readWorkbook returns them.
        (row as Record<string, unknown>)[key] = id;
        const list = bySheet.get(row.src.sheet) ?? [];
        // A resource plan's months across give several rows per sheet row: its cell counts once.
        if (list[list.length - 1]?.row !== row.src.row) list.push({ row: row.src.row, name: value, id });
        bySheet.set(row.src.sheet, list);
      }
      for (const [sheet, linked] of bySheet) {
        const binding = bindings.find((b) => b.table === table.key && b.sheet === sheet);
        if (binding !== undefined) findings.push(linkedFinding(file, binding, key, linked));
      }
    }
  }
}
