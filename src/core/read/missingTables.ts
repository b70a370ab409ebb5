import type { Finding } from "../model/finding";
import type { RawSheet } from "../model/raw";
import type { Settings } from "../model/settings";
import { isTableName, mentionsTableName, tableNames } from "../template/tableNames";
import type { TableDef, TemplateDef } from "../template/types";
import {
  closestSheet,
  closestSheetHint,
  hasEnoughHeaders,
  headersFound,
  mapItTo,
  mapJson,
} from "./closestSheet";
import { findHeader } from "./findHeader";
import { listWithOr, sheetFinding } from "./findings";
import type { SheetMapping } from "./sheetMapping";
import { PROJECT_NAME, PROJECTS_TABLE } from "../template/keys";
import { likelyHeader } from "./likelyHeader";
import { mappingFor } from "./sheetMapping";

/** A workbook's sheets that no table took, and what the findings about missing tables need. */
export interface MissingTablesContext {
  readonly file: string;
  readonly template: TemplateDef;
  readonly settings: Settings;
  readonly mapping: SheetMapping | undefined;
  readonly free: readonly RawSheet[];
  /**
   * The tables read from sheets without a Project ID column (`Milestones`, `Risks`), by name: rows
   * of one project's workbook, when no sheet holds the Projects table.
   */
  readonly withoutProjectIds?: readonly string[];
}

/**
 * Why a Projects table may be missing on purpose: a single project's workbook (a RAID log, a
 * milestone plan) whose other tables name no project. Its project is named in the settings, which
 * the spec provides for; a sheet that merely shares a few generic headers (`ID`, `Owner`, `Status`
 * on an Issues log) is not pointed at then.
 */
function singleProjectHint(context: MissingTablesContext): string | null {
  const tables = context.withoutProjectIds ?? [];
  if (tables.length === 0) return null;
  const named =
    tables.length === 1 ? `Its ${tables[0] ?? ""} sheet has` : `Its ${tables.join(" and ")} sheets have`;
  return (
    ` ${named} no Project ID column: if the workbook is one project's, name that project (in the CLI ` +
    `--project <ID>; in the add-in, Settings → Project ID) and ${tables.length === 1 ? "its" : "their"} rows ` +
    `belong to it, or add a Projects sheet with the project's row.`
  );
}

/** Where a required table is missing, the sheet that holds it under another name, if one does. */
function hintFor(context: MissingTablesContext, table: TableDef): string {
  const closest = closestSheet(context.free, table, context.mapping);
  if (closest !== null) return closestSheetHint(closest, table);
  return table.key === PROJECTS_TABLE ? (unnamedRowsHint(context, table) ?? "") : "";
}

/**
 * A sheet named for the project list (`Projects List`) with enough of its headers but no Project ID
 * or Project Name column: a task tool's export (ClickUp's `Task Name`) of one task per project. It
 * is not read on its own, since a task schedule has the same columns (`namesItsRows`), so the hint
 * names the column to map as the Project Name, where one looks like it.
 */
function unnamedRowsHint(context: MissingTablesContext, table: TableDef): string | null {
  const nameDef = table.columns.find((c) => c.key === PROJECT_NAME);
  for (const sheet of context.free) {
    if (sheet.unreadable !== undefined || !mentionsTableName(sheet.name, table)) continue;
    const match = findHeader(sheet, table, mappingFor(context.mapping, sheet.name)?.columns);
    if (match === null || !hasEnoughHeaders(match)) continue;
    const likely = nameDef === undefined ? null : likelyHeader(nameDef, match.unknown);
    const json = mapJson(
      sheet,
      table,
      likely === null ? undefined : { header: likely.header, key: PROJECT_NAME },
    );
    return (
      ` Sheet "${sheet.name}" has ${match.matched} of its headers in row ${sheet.top + match.headerIndex} but no ` +
      `Project ID or Project Name column, so it was not read (a task schedule has the same columns). If each ` +
      `row is a project, map ${likely === null ? "the column that names it" : `"${likely.header}"`} to Project ` +
      `Name (in the CLI, --map with ${json}).`
    );
  }
  return null;
}

/**
 * A sheet whose name mentions an optional table (`Resource Allocation`) but whose header row has
 * too few of its columns for a hint (a matrix of people down and projects across): one info says
 * it was not read and what the table takes, instead of leaving it out without a word. A decision
 * where the spec is silent.
 */
function namedButUnread(file: string, named: readonly RawSheet[], table: TableDef): Finding | null {
  // A sheet named as the table itself already has its `sheet-not-table` finding.
  const sheet = named.find(
    (s) => s.unreadable === undefined && s.cells.height > 0 && !isTableName(s.name, table),
  );
  if (sheet === undefined) return null;
  // Only a sheet whose header names the table's rows by its first column (a matrix's Resource):
  // a risk matrix's `Impact →` legend or a milestone chart says nothing.
  const match = findHeader(sheet, table);
  const first = table.columns[0]?.key;
  if (match === null || first === undefined || !match.columns.has(first)) return null;
  const headers = [...match.columns.values()].map((c) => c.header).join(", ");
  const found = `only ${match.matched} of its column headers in row ${sheet.top + match.headerIndex} (${headers})`;
  return sheetFinding(
    file,
    sheet.name,
    "info",
    "table-under-other-name",
    `Sheet "${sheet.name}" is named like the ${table.name} table but has ${found}: it was not read. The ` +
      `${table.name} table takes one row each with these columns: ${requiredList(table)}. Lay the sheet out so, ` +
      `or ${mapItTo(sheet, table)}, mapping its headers too.`,
  );
}

/** The table's required columns by header: `Risk ID, Project ID, Title, …`. */
function requiredList(table: TableDef): string {
  return table.columns
    .filter((c) => c.required === true)
    .map((c) => c.header)
    .join(", ");
}

/** The one finding of a workbook in which no sheet is any table. */
export function notATracker(context: MissingTablesContext): Finding {
  const { file, template } = context;
  const sheets = context.free.map((s) => s.name);
  const hints = template.tables
    .filter((t) => t.required === true)
    .map((t) => hintFor(context, t))
    .join("");
  return sheetFinding(
    file,
    "",
    "error",
    "not-a-tracker",
    `This workbook does not look like a PMO tracker: no sheet matches ` +
      `${listWithOr(template.tables.map((t) => t.name))} with that table's column headers ` +
      `(its sheets: ${sheets.length > 0 ? sheets.join(", ") : "none"}). Rename a sheet and its headers to ` +
      `the template's, or map them.${hints}`,
  );
}

/**
 * The tables no sheet holds: an error for each required one (naming the sheet that looks like it,
 * if any); an info finding for an optional one whose headers a sheet whose name mentions it
 * (`Risk Tracker`) has too few of to be read, since its rows would otherwise be left out unseen.
 */
export function missingTableFindings(context: MissingTablesContext, chosen: ReadonlySet<string>): Finding[] {
  const { file, template, settings } = context;
  const findings: Finding[] = [];
  for (const table of template.tables) {
    if (chosen.has(table.key)) continue;
    if (table.required === true) {
      // A single-project workbook without a Projects table names its project in the settings instead.
      if (table.key === PROJECTS_TABLE && settings.projectId !== undefined) continue;
      findings.push(
        sheetFinding(
          file,
          "",
          "error",
          "required-table-missing",
          `No sheet holds the ${table.name} table, which is required: add a sheet named ` +
            `${listWithOr(tableNames(table))} with its column headers, or map a sheet to it.` +
            ((table.key === PROJECTS_TABLE ? singleProjectHint(context) : null) ?? hintFor(context, table)),
        ),
      );
      continue;
    }
    const named = context.free.filter((sheet) => mentionsTableName(sheet.name, table));
    const closest = closestSheet(named, table, context.mapping);
    if (closest === null) {
      const unread = namedButUnread(file, named, table);
      if (unread !== null) findings.push(unread);
      continue;
    }
    findings.push(
      sheetFinding(
        file,
        closest.sheet.name,
        "info",
        "table-under-other-name",
        `Sheet "${closest.sheet.name}" looks like the ${table.name} table: ${headersFound(closest)}. It was not ` +
          `read: half of the table's required columns are needed (${requiredList(table)}). To read it, add the ` +
          `missing headers or ${mapItTo(closest.sheet, table)}, mapping its headers too.`,
      ),
    );
  }
  return findings;
}
