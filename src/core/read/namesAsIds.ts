import type { ColumnDef, TableDef } from "../template/types";
import { PROJECT_ID, PROJECT_NAME, PROJECTS_TABLE } from "../template/keys";
import type { BoundColumn, HeaderMatch } from "./findHeader";

/**
 * The column whose values identify the projects of a Projects sheet without a Project ID column:
 * its Project Name. Most trackers built from a template site's (and many a PM's own) have no IDs;
 * reading none of their rows left the dashboard empty. The missing column is still reported as the
 * required column it is, saying the names stand in for it. Null when the sheet has a Project ID, no
 * Project Name, or the PMO mapped either by hand.
 */
export function namesAsIdsColumn(
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
): BoundColumn | null {
  if (table.key !== PROJECTS_TABLE || match.columns.has(PROJECT_ID) || mapped.has(PROJECT_ID)) return null;
  return match.columns.get(PROJECT_NAME) ?? null;
}

/** The match as the rows are read: the Project ID read from the name column too. */
export function withIdsFromNames(match: HeaderMatch, names: BoundColumn): HeaderMatch {
  const columns = new Map<string, BoundColumn>([[PROJECT_ID, names], ...match.columns]);
  return { ...match, columns };
}

/**
 * The table as such a sheet is read: a blank name is reported once, as the blank Project Name it
 * is, not again as a blank Project ID (the missing column is reported by `missingRequired`).
 */
export function withIdFromNames(table: TableDef): TableDef {
  return {
    ...table,
    columns: table.columns.map((c): ColumnDef => (c.key === PROJECT_ID ? { ...c, required: false } : c)),
  };
}
