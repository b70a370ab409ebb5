import type { FollowUpEntry } from "../cycle/followUp";
import type { MonthlyCycle } from "../cycle/monthlyCycle";
import { CHANGE_HEADERS, changeRows } from "./dashboard/whatChanged";
import type { Finding } from "../model/finding";
import { FORMATS, textCell } from "./formats";
import type { DashboardInput } from "./input";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "../model/ownedSheets";
import type { PlanCell, SheetPlan, Theme } from "./types";
import { validationLayout } from "./validationSheet";

const HEADER_ROW = 4;

type FindingRow = (entry: FollowUpEntry, severity?: Finding["severity"]) => number | null;

/** Row on PMO Validation of a manager's first finding (of a severity), or null. */
function firstFindingRows(input: DashboardInput): FindingRow {
  const layout = validationLayout(input);
  const first = new Map<string, number>();
  layout.findings.forEach((f, i) => {
    if (f.projectId === undefined) return;
    const row = layout.findingsRow + 2 + i;
    for (const key of [f.projectId, `${f.severity}:${f.projectId}`]) if (!first.has(key)) first.set(key, row);
  });
  return (entry, severity) => {
    const rows = entry.projects
      .map((id) => first.get(severity === undefined ? id : `${severity}:${id}`))
      .filter((r): r is number => r !== undefined);
    return rows.length === 0 ? null : Math.min(...rows);
  };
}

function countCell(value: number, row: number | null): PlanCell {
  if (value === 0 || row === null) return { value, format: FORMATS.count };
  return {
    value,
    format: FORMATS.count,
    style: "link",
    link: { sheet: SHEET_NAMES.validation, cell: `A${row}` },
  };
}

/** The chase list: one row per Project Manager of the active projects, counts linked to their first finding. */
export function buildFollowUpSheet(input: DashboardInput, cycle: MonthlyCycle, theme: Theme): SheetPlan {
  const entries = cycle.followUp;
  const sheet = new SheetBuilder(SHEET_NAMES.followUp, { tabColor: theme.palette[5] });
  sheet.text(1, 1, "Follow-up — whom to chase this month", "title");
  sheet.text(
    2,
    1,
    `As of ${input.report.asOf}. Managers with the most errors first, then the most out-of-date trackers (older than ${input.report.settings.staleDays} days). A count links to the manager's first finding on ${SHEET_NAMES.validation}.`,
    "subtitle",
  );
  [24, 10, 9, 10, 10, 12, 40, 30, 30].forEach((w, i) => sheet.width(i + 1, w));
  sheet.freeze(HEADER_ROW, 1);
  const next = entries.length === 0 ? noEntries(sheet) : chaseTable(sheet, input, entries);
  allChanges(sheet, input, cycle, next + 1);
  return sheet.build();
}

function noEntries(sheet: SheetBuilder): number {
  sheet.text(HEADER_ROW, 1, "No active projects: nobody to chase.", "note");
  return HEADER_ROW + 1;
}

/** Every change since the previous period (the dashboard shows the first few). */
function allChanges(sheet: SheetBuilder, input: DashboardInput, cycle: MonthlyCycle, row: number): void {
  if (cycle.previousAsOf === null) return;
  sheet.section(row, 1, `All changes since ${cycle.previousAsOf}`, CHANGE_HEADERS.length);
  if (cycle.changes.length === 0) {
    sheet.text(row + 1, 1, "No change since the previous period.", "note");
    return;
  }
  sheet.dataTable(row + 1, 1, CHANGE_HEADERS, changeRows(input, cycle.changes), { tableName: "PMOChanges" });
}

function chaseTable(sheet: SheetBuilder, input: DashboardInput, entries: readonly FollowUpEntry[]): number {
  const findingRow = firstFindingRows(input);
  const t = sheet.dataTable(
    HEADER_ROW,
    1,
    [
      "Project Manager",
      "Projects",
      "Errors",
      "Warnings",
      "Out of date",
      "No Last Updated",
      "Project IDs",
      "Out-of-date trackers",
      "Trackers without Last Updated",
    ],
    entries.map((e) => [
      textCell(e.projectManager),
      { value: e.projects.length, format: FORMATS.count },
      countCell(e.errors, findingRow(e, "error")),
      countCell(e.warnings, findingRow(e, "warning")),
      countCell(e.stale.length, findingRow(e)),
      countCell(e.missingUpdates.length, findingRow(e)),
      textCell(e.projects.join(", ")),
      textCell(e.stale.join(", ") || null),
      textCell(e.missingUpdates.join(", ") || null),
    ]),
    { tableName: "PMOFollowUp" },
  );
  return t.lastRow + 1;
}
