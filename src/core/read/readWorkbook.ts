import type { Finding } from "../model/finding";
import type { NormRow, TableBinding, UnidentifiedProject } from "../model/portfolio";
import { placeOfRow } from "../model/cellPlace";
import type { RawSheet, RawWorkbook } from "../model/raw";
import type { Settings } from "../model/settings";
import type { TableDef, TemplateDef } from "../template/types";
import { findHeader, HEADER_SEARCH_ROWS, type HeaderMatch } from "./findHeader";
import { sheetFinding } from "./findings";
import { missingTableFindings, notATracker } from "./missingTables";
import {
  bareSheetName,
  isTableName,
  mentionEnd,
  mentionsTableName,
  tableOfListObject,
} from "../template/tableNames";
import { headersFound, namesItsRows } from "./closestSheet";
import { OWNED_SHEET_NAMES } from "../model/ownedSheets";
import { readTable } from "./readTable";
import { missingRequired, unreadColumns } from "./columnPlan";
import { personTimeAsHours, type PersonTime } from "./personTime";
import { sheetReadInput } from "./sheetReadInput";
import { payOnTemplateBasis } from "./payBasis";
import { linkReferences } from "./referenceLinks";
import { readProjectForm } from "./projectForm";
import { chooseInForm, formOf, hasProjectSetting } from "./formTables";
import type { Candidate } from "./candidate";
import { mappingFor, type SheetMapping } from "./sheetMapping";
import { PROJECT_ID, PROJECT_NAME, PROJECTS_TABLE, RESOURCES_TABLE } from "../template/keys";

export interface WorkbookRead {
  readonly tables: ReadonlyMap<string, readonly NormRow[]>;
  readonly bindings: readonly TableBinding[];
  readonly findings: readonly Finding[];
  /** Projects rows without a usable Project ID, left out of the tables. */
  readonly unidentified?: readonly UnidentifiedProject[];
}

/** The table a sheet is: the mapping's table, else the first table whose name or alias matches the sheet name. */
function candidateFor(
  sheet: RawSheet,
  template: TemplateDef,
  mapping: SheetMapping | undefined,
): Candidate | null {
  const entry = mappingFor(mapping, sheet.name);
  const mappedTable =
    entry?.table !== undefined ? template.tables.find((t) => t.key === entry.table) : undefined;
  const table = mappedTable ?? template.tables.find((t) => isTableName(sheet.name, t));
  if (table === undefined) return null;
  return {
    sheet,
    table,
    match: findHeader(sheet, table, entry?.columns),
    mapped: mappedTable !== undefined,
    mappedColumns: new Set(Object.values(entry?.columns ?? {})),
  };
}

/**
 * The other tables a sheet holds as Excel tables named after them (`tblMilestones` and `tblRisks`
 * on a one-sheet status report): each is a candidate for its table, read within its Excel table's
 * range, when that range's header qualifies.
 */
function listObjectCandidates(
  sheet: RawSheet,
  template: TemplateDef,
  sheetTable: TableDef | undefined,
): Candidate[] {
  const found: Candidate[] = [];
  for (const lo of sheet.listObjects ?? []) {
    const table = tableOfListObject(lo.name, template.tables);
    if (table === undefined || table === sheetTable || found.some((c) => c.table === table)) continue;
    const match = findHeader({ ...sheet, listObjects: [lo] }, table);
    if (match?.listObject !== lo.name || !match.qualifies) continue;
    found.push({ sheet, table, match, mapped: false, mappedColumns: new Set() });
  }
  return found;
}

/**
 * Better candidate for the same table: mapped first, then more columns matched, then more required
 * ones, then a plain name over a numbered one.
 */
function beats(a: Candidate, b: Candidate): boolean {
  if (a.mapped !== b.mapped) return a.mapped;
  const am = a.match as HeaderMatch;
  const bm = b.match as HeaderMatch;
  if (am.matched !== bm.matched) return am.matched > bm.matched;
  if (am.requiredMatched !== bm.requiredMatched) return am.requiredMatched > bm.requiredMatched;
  // Then the sheet named as the table over its numbered copy (`Projects` over `Projects (2)`).
  return bareSheetName(a.sheet.name) === a.sheet.name && bareSheetName(b.sheet.name) !== b.sheet.name;
}

function notReadMessage(c: Candidate): string {
  const { sheet, table, match } = c;
  const intro = c.mapped
    ? `Sheet "${sheet.name}" is mapped to the ${table.name} table but was not read as it`
    : `Sheet "${sheet.name}" was not read as the ${table.name} table`;
  if (match === null) return `${intro}: the sheet is empty.`;
  const required = table.columns.filter((col) => col.required === true);
  return (
    `${intro}: no row in its first ${HEADER_SEARCH_ROWS} rows has enough of the table's headers (the best, ` +
    `row ${sheet.top + match.headerIndex}, has ${match.matched} of its ${table.columns.length} columns and ` +
    `${match.requiredMatched} of the ${required.length} required: ${required.map((col) => col.header).join(", ")}). ` +
    `At least 2 columns and half of the required ones are needed.`
  );
}

function bindingOf(file: string, c: Candidate, match: HeaderMatch, missingRequired: string[]): TableBinding {
  const columns: Record<string, { col: number; header: string }> = {};
  for (const [key, bound] of match.columns)
    columns[key] = { col: c.sheet.left + bound.index, header: bound.header };
  return {
    table: c.table.key,
    file,
    sheet: c.sheet.name,
    headerRow: c.sheet.top + match.headerIndex,
    columns,
    missingRequired,
    unknownHeaders: match.unknown.map((u) => u.header),
  };
}

/**
 * Tables no sheet is named for, held by a sheet whose name mentions them (`Project Tracker`,
 * `Risk Tracker`, `Team Resources`) and whose header qualifies: each is read as its table (the
 * best-matching such sheet), with one info finding saying so. A sheet whose name mentions no table
 * (`Sheet1`, `Summary`), or one of PMO Pulse's own dashboard sheets, is never read this way.
 */
function chooseMentioned(
  workbook: RawWorkbook,
  template: TemplateDef,
  mapping: SheetMapping | undefined,
  candidates: readonly Candidate[],
  chosen: Map<string, Candidate>,
): Finding[] {
  const findings: Finding[] = [];
  const named = new Set(candidates.map((c) => c.sheet));
  const taken = new Set([...chosen.values()].map((c) => c.sheet));
  for (const table of template.tables) {
    if (chosen.has(table.key)) continue;
    const qualifying: Candidate[] = [];
    for (const sheet of workbook.sheets) {
      if (named.has(sheet) || taken.has(sheet) || sheet.unreadable !== undefined) continue;
      // PMO Pulse's own dashboard sheets (`PMO Projects`) are never a tracker's table.
      if (OWNED_SHEET_NAMES.includes(sheet.name)) continue;
      if (!mentionsTableName(sheet.name, table)) continue;
      const columns = mappingFor(mapping, sheet.name)?.columns;
      const match = findHeader(sheet, table, columns);
      if (match?.qualifies !== true || !namesItsRows(table, match)) continue;
      if (namesAnotherLast(sheet, table, template, chosen, columns)) continue;
      qualifying.push({ sheet, table, match, mapped: false, mappedColumns: new Set<string>() });
    }
    const best = qualifying.reduce<Candidate | null>((a, c) => (a === null || beats(c, a) ? c : a), null);
    if (best === null) continue;
    chosen.set(table.key, best);
    taken.add(best.sheet);
    findings.push(
      sheetFinding(
        workbook.file,
        best.sheet.name,
        "info",
        "table-by-mention",
        `Sheet "${best.sheet.name}" was read as the ${table.name} table: its name mentions it and ` +
          `${headersFound({ sheet: best.sheet, match: best.match as HeaderMatch })}. Rename it ` +
          `${table.name}, or map it, to make that certain.`,
      ),
    );
    for (const other of qualifying.filter((c) => c !== best)) {
      findings.push(duplicateFinding(workbook.file, other, best));
    }
  }
  return findings;
}

/**
 * Whether the sheet's name names another table after this one (`Resource Allocation`: Resources,
 * then Allocations) that no sheet holds yet and whose header the sheet qualifies for: it is that
 * table's sheet. Read as the Resources table, a plan of people by project was two duplicate-name
 * errors and no allocations.
 */
function namesAnotherLast(
  sheet: RawSheet,
  table: TableDef,
  template: TemplateDef,
  chosen: ReadonlyMap<string, Candidate>,
  columns: Parameters<typeof findHeader>[2],
): boolean {
  const end = mentionEnd(sheet.name, table);
  return template.tables.some((other) => {
    if (other === table || chosen.has(other.key) || mentionEnd(sheet.name, other) <= end) return false;
    const match = findHeader(sheet, other, columns);
    return match?.qualifies === true && namesItsRows(other, match);
  });
}

/** A sheet that also qualifies for a table another sheet was read as. */
function duplicateFinding(file: string, c: Candidate, winner: Candidate): Finding {
  return sheetFinding(
    file,
    c.sheet.name,
    "info",
    "duplicate-table",
    `Sheet "${c.sheet.name}" also looks like the ${c.table.name} table; sheet "${winner.sheet.name}" ` +
      `${winner.mapped ? "is mapped to it" : "matches its columns better"} and was read instead.`,
  );
}

/** A sheet the file reader could not read is an error on that sheet; its rows are missing from every figure. */
function unreadableSheetFindings(workbook: RawWorkbook): Finding[] {
  return workbook.sheets
    .filter((sheet) => sheet.unreadable !== undefined)
    .map((sheet) =>
      sheetFinding(
        workbook.file,
        sheet.name,
        "error",
        "sheet-unreadable",
        `Sheet "${sheet.name}" could not be read: ${sheet.unreadable ?? ""}. Its rows are left out; open the file ` +
          `in Excel, check the sheet and save it again.`,
      ),
    );
}

/**
 * Reads one workbook: decides which sheet is which table (by name or mapping, the best-matching
 * sheet when several qualify), reads the Projects table first so a single-project workbook's other
 * rows can belong to its one project, then every other table in template order.
 */
export function readWorkbook(
  workbook: RawWorkbook,
  template: TemplateDef,
  settings: Settings,
  mapping?: SheetMapping,
): WorkbookRead {
  const { file } = workbook;
  const findings: Finding[] = unreadableSheetFindings(workbook);
  const candidates = workbook.sheets.flatMap((sheet) => {
    const byName = candidateFor(sheet, template, mapping);
    const own = byName === null ? [] : [byName];
    return [...own, ...listObjectCandidates(sheet, template, byName?.table)];
  });

  const chosen = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.match === null || !c.match.qualifies) continue;
    const current = chosen.get(c.table.key);
    if (current === undefined || beats(c, current)) chosen.set(c.table.key, c);
  }

  findings.push(...chooseMentioned(workbook, template, mapping, candidates, chosen));
  const taken = new Set([...chosen.values()].map((c) => c.sheet));
  const form =
    chosen.has(PROJECTS_TABLE) || hasProjectSetting(settings) ? null : formOf(workbook, template, taken);
  if (form !== null) {
    taken.add(form.sheet);
    findings.push(...chooseInForm(file, form.form, template, chosen));
  }
  const missing = {
    file,
    template,
    settings,
    mapping,
    free: workbook.sheets.filter((sheet) => !taken.has(sheet)),
  };

  if (chosen.size === 0 && form === null)
    return { tables: new Map(), bindings: [], findings: [...findings, notATracker(missing)] };

  for (const c of candidates) {
    const winner = chosen.get(c.table.key);
    if (winner === c) continue;
    if (c.match === null || !c.match.qualifies) {
      findings.push(
        sheetFinding(file, c.sheet.name, c.mapped ? "warning" : "info", "sheet-not-table", notReadMessage(c)),
      );
    } else if (winner !== undefined) {
      findings.push(duplicateFinding(file, c, winner));
    }
  }

  const withoutProjectIds = template.tables
    .filter((t) => t.key !== PROJECTS_TABLE && t.columns.some((col) => col.key === PROJECT_ID))
    .filter((t) => chosen.get(t.key)?.match?.columns.has(PROJECT_ID) === false)
    .map((t) => t.name);
  const found = new Set(chosen.keys());
  if (form !== null) found.add(PROJECTS_TABLE);
  findings.push(...missingTableFindings({ ...missing, withoutProjectIds }, found));

  const tables = new Map<string, readonly NormRow[]>();
  const bindings: TableBinding[] = [];
  // Resource plans in FTE or in days, turned into hours once the names are linked.
  const personTime: { table: string; time: PersonTime }[] = [];
  const unidentified: UnidentifiedProject[] = [];
  const read = (c: Candidate, defaultProjectId: string | null): readonly NormRow[] => {
    const context = { file, date1904: workbook.date1904, settings, defaultProjectId };
    const sheetRead = sheetReadInput(c, context, findings);
    const { input } = sheetRead;
    let rows = readTable(input, findings);
    if (sheetRead.payBasis.length > 0) rows = payOnTemplateBasis(rows, sheetRead.payBasis);
    for (const time of sheetRead.personTime) personTime.push({ table: c.table.key, time });
    const missingKeys = missingRequired(input).map((col) => col.key);
    // The Project ID read from the names is bound there, so its findings name those cells.
    const binding = bindingOf(file, c, { ...input.match, unknown: unreadColumns(input) }, missingKeys);
    // A project row without a usable Project ID cannot be identified (its error is already reported):
    // left out, and listed so the report can say so.
    if (c.table.key === PROJECTS_TABLE) {
      for (const row of rows) {
        if (typeof row[PROJECT_ID] === "string") continue;
        const name = row[PROJECT_NAME];
        unidentified.push({
          file,
          place: placeOfRow([binding], row.src, PROJECT_ID),
          projectName: typeof name === "string" ? name : null,
        });
      }
      rows = rows.filter((row) => typeof row[PROJECT_ID] === "string");
    }
    bindings.push(binding);
    tables.set(c.table.key, rows);
    return rows;
  };

  const projectsCandidate = chosen.get(PROJECTS_TABLE);
  let defaultProjectId: string | null = null;
  if (projectsCandidate !== undefined) {
    const projects = read(projectsCandidate, null);
    const only = projects.length === 1 ? projects[0]?.[PROJECT_ID] : undefined;
    if (typeof only === "string") defaultProjectId = only;
  } else if (form !== null) {
    const input = {
      file,
      table: form.table,
      date1904: workbook.date1904,
      dateOrder: settings.dateOrder,
      currency: settings.currency,
    };
    const { row, binding } = readProjectForm(form.form, input, findings);
    tables.set(PROJECTS_TABLE, row === null ? [] : [row]);
    bindings.push(binding);
    const id = row?.[PROJECT_ID];
    if (typeof id === "string") defaultProjectId = id;
  } else if (hasProjectSetting(settings)) {
    defaultProjectId = (settings.projectId ?? "").trim();
  }
  for (const table of template.tables) {
    const c = chosen.get(table.key);
    if (c !== undefined && c !== projectsCandidate) read(c, defaultProjectId);
  }
  linkReferences({ file, template, tables, bindings, findings });
  const people = tables.get(RESOURCES_TABLE) ?? [];
  for (const { table, time } of personTime)
    tables.set(table, personTimeAsHours(tables.get(table) ?? [], time, people));
  return { tables, bindings, findings, unidentified };
}
