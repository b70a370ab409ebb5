import type { Change, ChangeKind } from "../../cycle/changes";
import { FORMATS, textCell } from "../formats";
import type { DashboardInput } from "../input";
import { PROJECTS_HEADER_ROW } from "../projectsSheet";
import { SHEET_NAMES } from "../../model/ownedSheets";
import type { PlanCell } from "../types";
import { FIRST_COL, PAGE_SPAN, type DashboardBlock } from "./layout";

/** Rows the block shows on the one-page dashboard; the full list is on PMO Follow-up. */
export const CHANGE_ROWS = 15;

/** What each kind of change says to a reader. */
export const CHANGE_LABELS: Readonly<Record<ChangeKind, string>> = {
  "rag-worse": "RAG worse",
  "rag-better": "RAG better",
  "new-watermelon": "New watermelon",
  slipped: "Slipped (days)",
  "eac-up": "EAC up ≥ 5%",
  "phase-change": "Phase",
  "new-high-risk": "New High risk",
  "high-risk-closed": "High risk closed",
  "new-project": "New project",
  "dropped-project": "Not reported",
  stale: "Not updated",
};

function valueCell(change: Change, value: Change["from"]): PlanCell {
  if (typeof value !== "number") return textCell(value);
  return { value, format: change.kind === "eac-up" ? FORMATS.money : FORMATS.count };
}

/** Change rows under CHANGE_HEADERS: kind, the project linked to its PMO Projects row (when it is still reported), from, to, risk, name. */
export function changeRows(input: DashboardInput, changes: readonly Change[]): PlanCell[][] {
  const projectRow = new Map(input.report.projects.map((p, i) => [p.projectId, PROJECTS_HEADER_ROW + 1 + i]));
  return changes.map((c) => {
    const row = c.projectId === null ? undefined : projectRow.get(c.projectId);
    const project: PlanCell =
      row === undefined
        ? textCell(c.projectId)
        : { value: c.projectId, style: "link", link: { sheet: SHEET_NAMES.projects, cell: `A${row}` } };
    // The name last: its text runs on into the empty cells to its right instead of being cut.
    return [
      textCell(CHANGE_LABELS[c.kind]),
      project,
      valueCell(c, c.from),
      valueCell(c, c.to),
      textCell(c.riskId),
      textCell(c.projectName),
    ];
  });
}

/** The headers of `changeRows`, in its column order. */
export const CHANGE_HEADERS = ["Change", "Project ID", "From", "To", "Risk ID", "Project"] as const;

/** "What changed since <previous period>": the first changes in the spec's order, each project linked. */
export const whatChanged: DashboardBlock = ({ input, sheet }, row) => {
  const cycle = input.cycle;
  if (cycle?.previousAsOf == null) return row;
  sheet.section(row, FIRST_COL, `What changed since ${cycle.previousAsOf}`, PAGE_SPAN);
  if (cycle.changes.length === 0) {
    sheet.text(row + 1, FIRST_COL, "No change since the previous period.", "note");
    return row + 3;
  }
  const shown = cycle.changes.slice(0, CHANGE_ROWS);
  const t = sheet.dataTable(row + 1, FIRST_COL, CHANGE_HEADERS, changeRows(input, shown));
  let next = t.lastRow + 1;
  const more = cycle.changes.length - shown.length;
  if (more > 0) {
    sheet.text(next, FIRST_COL, `…and ${more} more changes: see ${SHEET_NAMES.followUp}.`, "note");
    next += 1;
  }
  return next + 1;
};
