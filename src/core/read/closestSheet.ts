import type { RawSheet } from "../model/raw";
import type { TableDef } from "../template/types";
import { findHeader, type HeaderMatch } from "./findHeader";
import { mappingFor, type SheetMapping } from "./sheetMapping";
import { PROJECT_ID, PROJECT_NAME, PROJECTS_TABLE } from "../template/keys";

/**
 * Enough of a table's headers to point at a sheet: the rule for reading a sheet as the table (at
 * least half its required columns), or 3 headers of which 2 are required (Project ID, Project
 * Name, Status: an export that lacks a few of the template's columns is still the projects).
 */
function worthNaming(table: TableDef, match: HeaderMatch): boolean {
  return namesItsRows(table, match) && hasEnoughHeaders(match);
}

/** Enough of a table's headers to name the sheet in a hint: the qualifying rule, or 3 of which 2 are required. */
export function hasEnoughHeaders(match: HeaderMatch): boolean {
  return match.qualifies || (match.matched >= 3 && match.requiredMatched >= 2);
}

/**
 * Whether a header row found only by its sheet's name or by its headers can be the table: a
 * project list names its projects (a Project ID or a Project Name column). A task schedule
 * (`Project Schedule`: WBS, Task, Lead, Start, End, % Done, Status) has half the Projects
 * table's required headers, and read as it, every task was a project with five errors.
 */
export function namesItsRows(table: TableDef, match: HeaderMatch): boolean {
  return table.key !== PROJECTS_TABLE || match.columns.has(PROJECT_ID) || match.columns.has(PROJECT_NAME);
}

/** Headers named in the hint before "…": enough to recognise the sheet. */
const HEADERS_NAMED = 4;

/** A sheet that holds a table under another name, and where its headers are. */
export interface ClosestSheet {
  readonly sheet: RawSheet;
  readonly match: HeaderMatch;
}

/**
 * The sheet that holds a missing table under another name (`Project Tracker`, `Sheet1`): among
 * the sheets no table took, the one whose best header row has enough of the table's headers
 * (`worthNaming`) and matches most of its columns. Sheets are found by name (the template's
 * contract), so this is only a hint for the finding: which sheet to map, and how.
 */
export function closestSheet(
  sheets: readonly RawSheet[],
  table: TableDef,
  mapping: SheetMapping | undefined,
): ClosestSheet | null {
  let best: ClosestSheet | null = null;
  for (const sheet of sheets) {
    if (sheet.unreadable !== undefined) continue;
    const match = findHeader(sheet, table, mappingFor(mapping, sheet.name)?.columns);
    if (match === null || !worthNaming(table, match)) continue;
    if (best === null || match.matched > best.match.matched) best = { sheet, match };
  }
  return best;
}

/** `row 4 has 6 of its headers (Project ID, Project Name, Project Manager, Status, …)` */
export function headersFound(closest: ClosestSheet): string {
  const { sheet, match } = closest;
  const headers = [...match.columns.values()].sort((a, b) => a.index - b.index).map((c) => c.header);
  const named = headers.slice(0, HEADERS_NAMED).join(", ") + (headers.length > HEADERS_NAMED ? ", …" : "");
  return `row ${sheet.top + match.headerIndex} has ${match.matched} of its headers (${named})`;
}

/** `map it to the Projects table (in the CLI, --map with {"sheets": {"Tracker": {"table": "projects"}}})` */
export function mapItTo(sheet: RawSheet, table: TableDef): string {
  return `map it to the ${table.name} table (in the CLI, --map with ${mapJson(sheet, table)})`;
}

/** The `--map` JSON that reads the sheet as the table, with a column's header mapped to a key if given. */
export function mapJson(sheet: RawSheet, table: TableDef, column?: { header: string; key: string }): string {
  const columns =
    column === undefined
      ? ""
      : `, "columns": {${JSON.stringify(column.header)}: ${JSON.stringify(column.key)}}`;
  return `{"sheets": {${JSON.stringify(sheet.name)}: {"table": ${JSON.stringify(table.key)}${columns}}}}`;
}

/**
 * " Sheet "Project Tracker" looks like it: row 4 has 6 of its headers (Project ID, Project Name,
 * Project Manager, Status, …). To read it, map it to the Projects table (in the CLI, --map with
 * {"sheets": {"Project Tracker": {"table": "projects"}}})."
 */
export function closestSheetHint(closest: ClosestSheet, table: TableDef): string {
  return ` Sheet "${closest.sheet.name}" looks like it: ${headersFound(closest)}. To read it, ${mapItTo(closest.sheet, table)}.`;
}
