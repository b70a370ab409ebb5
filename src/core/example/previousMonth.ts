import { dayFromIso, isoFromDay } from "../model/calendar";
import {
  isDateCell,
  isPercentCell,
  type SheetSpec,
  type SpecCell,
  type TrackerSheets,
} from "./trackerSheets";
import { projectTitleRows } from "./exampleSheets";

/** Days between the two demo periods' trackers (Last Updated, forecasts move by about a month). */
const MONTH_DAYS = 30;
/** Progress a month of work adds to an active project. */
const MONTHLY_PROGRESS = 0.06;

type Row = SpecCell[];

function column(sheet: SheetSpec, header: string): number {
  return sheet.header.indexOf(header);
}

function shiftDate(cell: SpecCell | undefined, days: number): SpecCell | undefined {
  if (cell === undefined || !isDateCell(cell)) return cell;
  const day = dayFromIso(cell.date);
  return day === null ? cell : { date: isoFromDay(day + days) };
}

function scaled(cell: SpecCell | undefined, factor: number): SpecCell | undefined {
  return typeof cell === "number" ? Math.round(cell * factor) : cell;
}

function set(row: Row, col: number, cell: SpecCell | undefined): void {
  if (col >= 0 && cell !== undefined) row[col] = cell;
}

/**
 * A project's tracker row a month earlier: less progress and cost, an earlier update, and, on a
 * few fixed rows, an earlier phase, an earlier forecast (so it slipped since) or a better cost
 * performance (so its EAC grew since). Every seventh project's PM did not update this month: its
 * Last Updated stays the same (a `stale` change).
 */
function projectRowBefore(sheet: SheetSpec, source: readonly SpecCell[], i: number): Row {
  const row: Row = [...source];
  const at = (header: string) => column(sheet, header);
  const phase = row[at("Phase")];
  const active = phase !== "Closed" && phase !== "Cancelled";
  const percent = row[at("% Complete")];
  if (active && percent !== undefined && isPercentCell(percent) && percent.percent > 0) {
    const before = Math.max(0, percent.percent - MONTHLY_PROGRESS);
    const share = before / percent.percent;
    set(row, at("% Complete"), { percent: Math.round(before * 100) / 100 });
    // Every fifth project spent less per unit of work last month: its EAC has grown since.
    set(row, at("Actual Cost ($)"), scaled(row[at("Actual Cost ($)")], share * (i % 5 === 0 ? 0.8 : 0.97)));
    set(row, at("Planned Value ($)"), scaled(row[at("Planned Value ($)")], share));
  }
  if (active && i % 7 !== 3) set(row, at("Last Updated"), shiftDate(row[at("Last Updated")], -MONTH_DAYS));
  if (i % 6 === 1) set(row, at("Forecast Finish"), shiftDate(row[at("Forecast Finish")], -21));
  if (phase === "Execution" && i % 9 === 4) set(row, at("Phase"), "Planning");
  return row;
}

function previousProjects(sheet: SheetSpec, asOf: string): SheetSpec {
  // The last project is new this month.
  const rows = sheet.rows.slice(0, -1).map((r, i) => projectRowBefore(sheet, r, i));
  return { ...sheet, titleRows: projectTitleRows(asOf), rows };
}

/** Every eighth open risk was raised this month; every third closed one was still open last month. */
function previousRisks(sheet: SheetSpec): SheetSpec {
  const status = column(sheet, "Status");
  const rows: Row[] = [];
  sheet.rows.forEach((source, i) => {
    const row: Row = [...source];
    if (row[status] === "Open" && i % 8 === 0) return;
    if (row[status] === "Closed" && i % 3 === 0) row[status] = "Open";
    rows.push(row);
  });
  return { ...sheet, rows };
}

/**
 * The example tracker as it stood at the end of the previous month, derived from this month's by
 * fixed rules (no randomness), so the two-month demo shows every kind of change: progress and
 * cost, a new project, phase changes, slips, EAC growth, new and closed High risks, trackers not
 * updated. Other sheets are unchanged.
 */
export function previousMonthExample(spec: TrackerSheets, previousAsOf: string): TrackerSheets {
  const projects = spec.sheets.find((s) => s.name === "Projects");
  const newProject = projects?.rows[projects.rows.length - 1]?.[column(projects, "Project ID")];
  return {
    sheets: spec.sheets.map((sheet) => {
      if (sheet.name === "Projects") return previousProjects(sheet, previousAsOf);
      const without = withoutProject(sheet, newProject);
      return sheet.name === "Risk Register" ? previousRisks(without) : without;
    }),
  };
}

/** Rows of other sheets that belong to the project that did not exist yet. */
function withoutProject(sheet: SheetSpec, projectId: SpecCell | undefined): SheetSpec {
  const cols = ["Project ID", "From Project", "To Project"]
    .map((h) => column(sheet, h))
    .filter((c) => c >= 0);
  if (projectId === undefined || cols.length === 0) return sheet;
  return { ...sheet, rows: sheet.rows.filter((row) => cols.every((c) => row[c] !== projectId)) };
}
