import type { Finding } from "../model/finding";
import type { RawSheet, RawWorkbook } from "../model/raw";
import type { Settings } from "../model/settings";
import type { TableDef, TemplateDef } from "../template/types";
import { OWNED_SHEET_NAMES } from "../model/ownedSheets";
import { PROJECTS_TABLE } from "../template/keys";
import type { Candidate } from "./candidate";
import { headersFound, namesItsRows } from "./closestSheet";
import { findHeader, type HeaderMatch } from "./findHeader";
import { sheetFinding } from "./findings";
import { formSections } from "./formSections";
import { findProjectForm, type ProjectForm } from "./projectForm";

/**
 * The tables a status report holds under its form (`Key Milestones`, `Top Risks` sections with
 * their headers): each section is read as the table its header row matches best, when that table
 * has no sheet of its own; one info each says so.
 */
export function chooseInForm(
  file: string,
  form: ProjectForm,
  template: TemplateDef,
  chosen: Map<string, Candidate>,
): Finding[] {
  const findings: Finding[] = [];
  for (const section of formSections(form)) {
    let best: Candidate | null = null;
    for (const table of template.tables) {
      if (table.key === PROJECTS_TABLE || chosen.has(table.key)) continue;
      const match = findHeader(section, table);
      if (match === null || !match.qualifies || !namesItsRows(table, match)) continue;
      if (best === null || match.matched > (best.match as HeaderMatch).matched)
        best = { sheet: section, table, match, mapped: false, mappedColumns: new Set<string>() };
    }
    if (best === null) continue;
    chosen.set(best.table.key, best);
    findings.push(
      sheetFinding(
        file,
        section.name,
        "info",
        "table-in-form",
        `Sheet "${section.name}" holds the ${best.table.name} table under its form: ` +
          `${headersFound({ sheet: section, match: best.match as HeaderMatch })}.`,
      ),
    );
  }
  return findings;
}

/** Whether the settings name the project of a single-project workbook (`--project`). */
export function hasProjectSetting(settings: Settings): boolean {
  return settings.projectId !== undefined && settings.projectId.trim() !== "";
}

/**
 * Without a Projects sheet: a sheet no table took that holds one project's status report as a form
 * (`findProjectForm`), the one with most fields; PMO Pulse's own sheets never.
 */
export function formOf(
  workbook: RawWorkbook,
  template: TemplateDef,
  taken: ReadonlySet<RawSheet>,
): { form: ProjectForm; table: TableDef; sheet: RawSheet } | null {
  const table = template.tables.find((t) => t.key === PROJECTS_TABLE);
  if (table === undefined) return null;
  let best: { form: ProjectForm; table: TableDef; sheet: RawSheet } | null = null;
  for (const sheet of workbook.sheets) {
    if (taken.has(sheet) || OWNED_SHEET_NAMES.includes(sheet.name)) continue;
    const form = findProjectForm(sheet, table);
    if (form !== null && (best === null || form.fields.length > best.form.fields.length))
      best = { form, table, sheet };
  }
  return best;
}
