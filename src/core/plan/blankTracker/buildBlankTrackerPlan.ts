import type { TableDef, TemplateDef } from "../../template/types";
import { tableNames } from "../../template/tableNames";
import { PULSE_THEME } from "../theme";
import type { DashboardPlan } from "../types";
import { INSTRUCTIONS_SHEET, instructionsSheet } from "./instructionsSheet";
import { tableSheet } from "./tableSheet";
import { PROJECT_ID, PROJECTS_TABLE } from "../../template/keys";

export interface BlankTrackerOptions {
  /** A single-project tracker: the Projects row holds this Project ID. */
  readonly projectId?: string;
}

export type BlankTrackerResult = { readonly plan: DashboardPlan } | { readonly errors: string[] };

/** The table key and column key the single-project rule reads (as in readWorkbook). */
const SHEET_NAME_LIMIT = 31;

/**
 * A blank tracker from any template (standard or custom), as a plan both writers render: an
 * Instructions sheet, then one sheet per table in template order, each an Excel table with the
 * template's headers, formats and data validation. A template whose table cannot be a sheet (no
 * name or alias fits Excel's sheet-name rules) gives errors instead.
 *
 * @example buildBlankTrackerPlan(STANDARD_TEMPLATE, { projectId: "P-1001" })
 */
export function buildBlankTrackerPlan(
  template: TemplateDef,
  options: BlankTrackerOptions = {},
): BlankTrackerResult {
  const errors: string[] = [];
  const projectId = options.projectId?.trim();
  if (options.projectId !== undefined && (projectId === undefined || projectId === "")) {
    errors.push("the project ID is empty");
  }
  const names = template.tables.map((table) => {
    const name = sheetNameFor(table);
    if (name === null) {
      errors.push(
        `table "${table.key}": neither its name nor an alias can be a sheet name (at most ${SHEET_NAME_LIMIT} characters, none of : \\ / ? * [ ], not "${INSTRUCTIONS_SHEET}")`,
      );
    }
    return name ?? "";
  });
  if (errors.length > 0) return { errors };
  const instructions = instructionsSheet(template, projectId);
  const sheets = template.tables.map((table, i) =>
    tableSheet(table, {
      sheetName: names[i] ?? table.name,
      tableName: excelTableName(table.key),
      ...(projectId === undefined ? {} : singleProject(table, projectId)),
      listSources: Object.fromEntries(
        table.columns.flatMap((c) => {
          const source = instructions.listSources.get(`${table.key}.${c.key}`);
          return source === undefined ? [] : [[c.key, source]];
        }),
      ),
    }),
  );
  return { plan: { theme: PULSE_THEME, sheets: [instructions.sheet, ...sheets] } };
}

/** Projects gets the ID in its one row; elsewhere the Project ID's input message says it may stay blank. */
function singleProject(
  table: TableDef,
  projectId: string,
): { prefill?: Record<string, string>; notes?: Record<string, string> } {
  if (!table.columns.some((c) => c.key === PROJECT_ID)) return {};
  if (table.key === PROJECTS_TABLE) return { prefill: { [PROJECT_ID]: projectId } };
  return { notes: { [PROJECT_ID]: `This tracker is for ${projectId}: leave blank for ${projectId}.` } };
}

/** The table's name, else the first alias, that Excel accepts as a sheet name. */
function sheetNameFor(table: TableDef): string | null {
  const fits = (name: string): boolean =>
    name.trim() !== "" &&
    name.length <= SHEET_NAME_LIMIT &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== INSTRUCTIONS_SHEET.toLowerCase() &&
    name.toLowerCase() !== "history";
  return tableNames(table).find(fits) ?? null;
}

/** `salaryBenchmarks` → `SalaryBenchmarks`; a key that reads as a cell reference gets a prefix. */
export function excelTableName(key: string): string {
  const name = key.charAt(0).toUpperCase() + key.slice(1);
  return /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name) ? `Table_${name}` : name;
}
