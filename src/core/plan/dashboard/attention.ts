import type { AttentionEntry, ProjectKpis } from "../../kpi/report";
import { FORMATS, numberCell, textCell } from "../formats";
import { SHEET_NAMES } from "../../model/ownedSheets";
import type { PlanCell } from "../types";
import { FIRST_COL, LAST_COL, PAGE_SPAN, type DashboardBlock } from "./layout";

/** Rows the table may have: the dashboard is one printed page. */
export const ATTENTION_ROWS = 25;

const RAGS = ["Green", "Amber", "Red"] as const;
/** The reasons column, last in the table. */
const REASON_INDEX = 6;

function attentionRow(entry: AttentionEntry, project: ProjectKpis | undefined): PlanCell[] {
  return [
    textCell(entry.projectId),
    textCell(entry.projectName),
    textCell(entry.projectManager),
    textCell(project?.computedRag ?? (project?.excluded === true ? "Unknown" : null)),
    numberCell(project?.spi ?? null, FORMATS.ratio),
    numberCell(project?.cpi ?? null, FORMATS.ratio),
    textCell(entry.reasons.map((r) => r.text).join("; ")),
  ];
}

/**
 * "Needs attention": the first ATTENTION_ROWS entries of the report's complete `attention` list
 * (excluded, Red, watermelons, then by number of reasons), with the Project Manager and the
 * reasons, and how many more there are.
 */
export const attention: DashboardBlock = ({ input, sheet }, row) => {
  const { report } = input;
  const byId = new Map(report.projects.map((p) => [p.projectId, p]));
  const shown = report.attention.slice(0, ATTENTION_ROWS);
  sheet.section(row, FIRST_COL, `Needs attention (${report.attention.length})`, PAGE_SPAN);
  if (shown.length === 0) {
    sheet.text(
      row + 1,
      FIRST_COL,
      "Nothing needs attention: no excluded, Red, watermelon, stale or late projects, overdue milestones or High risks.",
      "note",
    );
    return row + 3;
  }
  // The reasons are last: their text runs on across the empty columns to the right.
  const t = sheet.dataTable(
    row + 1,
    FIRST_COL,
    ["Project ID", "Project", "Project Manager", "Computed RAG", "SPI", "CPI", "Why it needs attention"],
    shown.map((entry) => attentionRow(entry, byId.get(entry.projectId))),
  );
  for (const rag of RAGS) {
    sheet.conditional({ kind: "textEquals", range: t.column(3), text: rag, style: `rag${rag}` });
  }
  // The reasons cell spans to the page's right edge, so the text is cut where the page ends.
  const reasonCol = FIRST_COL + REASON_INDEX;
  for (let r = t.headerRow; r <= t.lastRow; r++) sheet.merge(r, reasonCol, r, LAST_COL);
  const more = report.attention.length - shown.length;
  if (more === 0) return t.lastRow + 1;
  sheet.text(
    t.lastRow + 1,
    FIRST_COL,
    `…and ${more} more project${more === 1 ? "" : "s"} need attention (all ${report.attention.length} are in the KPI JSON; every project's figures are on ${SHEET_NAMES.projects}).`,
    "note",
  );
  return t.lastRow + 2;
};
