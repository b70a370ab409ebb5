import type { Finding } from "../model/finding";
import type { RawSheet } from "../model/raw";
import { cellAddress as a1 } from "../model/a1";
import type { TableDef } from "../template/types";
import { enumReader } from "../values/enumValue";
import { MILESTONES_TABLE } from "../template/keys";
import type { BoundColumn, HeaderMatch } from "./findHeader";
import { sheetFinding } from "./findings";
import { fitOf, mostlyFits } from "./fittingColumns";

/** The Milestones table's progress column (Not Started, In Progress, Complete). */
const MILESTONE_STATUS = "status";

/** Filled cells the column needs before it is left unread as a whole (fewer stay errors at each). */
const MIN_CELLS = 3;

/** A RAG rating, as milestone trackers rate each milestone: Green, Amber, Red, their letters and marks. */
const readRating = enumReader({
  values: ["Green", "Amber", "Red"],
  synonyms: { g: "Green", a: "Amber", r: "Red", y: "Amber", yellow: "Amber" },
});

/** A Milestones status column of ratings, left unread. */
export interface MilestoneRagRead {
  readonly column: BoundColumn;
  readonly match: HeaderMatch;
}

/**
 * A Milestones `Status` that rates each milestone Green, Amber or Red (many milestone trackers do)
 * where the template's Status is its progress (Not Started, In Progress, Complete): a rating says
 * neither, and the milestone figures are measured by the dates anyway, so the column is left
 * unread with one note instead of an `invalid-enum` error at every cell. At least three filled
 * cells, mostly ratings and mostly not progress. Null otherwise, or when the PMO mapped it.
 */
export function readMilestoneRag(
  sheet: RawSheet,
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
): MilestoneRagRead | null {
  if (table.key !== MILESTONES_TABLE || mapped.has(MILESTONE_STATUS)) return null;
  const def = table.columns.find((c) => c.key === MILESTONE_STATUS);
  const column = match.columns.get(MILESTONE_STATUS);
  if (def?.enum === undefined || column === undefined) return null;
  const ratings = fitOf(sheet, match, column, readRating);
  if (ratings.filled < MIN_CELLS || !mostlyFits(ratings)) return null;
  if (mostlyFits(fitOf(sheet, match, column, enumReader(def.enum)))) return null;
  const columns = new Map(match.columns);
  columns.delete(MILESTONE_STATUS);
  return { column, match: { ...match, columns } };
}

/** The note at the column's header: why it is not read, and what the milestones are measured by. */
export function milestoneRagFinding(
  file: string,
  sheet: RawSheet,
  table: TableDef,
  headerRow: number,
  read: MilestoneRagRead,
): Finding {
  const cell = a1(headerRow, sheet.left + read.column.index);
  const values = table.columns.find((c) => c.key === MILESTONE_STATUS)?.enum?.values.join(", ") ?? "";
  return sheetFinding(
    file,
    sheet.name,
    "info",
    "milestone-status-rag",
    `Sheet "${sheet.name}" rates its milestones Green, Amber or Red in "${read.column.header}" (${cell}), where ` +
      `the template's Status is a milestone's progress (${values}): the column is not read, and the milestones ` +
      `are measured by their dates (Baseline, Forecast, Actual). Add a Status column of progress to have it checked.`,
    { cell, row: headerRow, column: read.column.header },
  );
}
