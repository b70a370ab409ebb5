import { isActive } from "../../kpi/scope";
import { textCell } from "../formats";
import type { PlanCell } from "../types";
import { FIRST_COL, LAST_COL, PAGE_SPAN, type DashboardBlock } from "./layout";

/** Rows the list may have on the one printed page. */
export const DECISION_ROWS = 10;
/** The ask spans D–H, the status comment I–M. */
const ASK_COL = FIRST_COL + 2;
const COMMENT_COL = ASK_COL + 5;

/** A row of the block: ID, project, then the two long texts each over its merged span. */
function line(
  id: PlanCell,
  name: PlanCell,
  ask: PlanCell,
  comment: PlanCell,
  style?: PlanCell["style"],
): PlanCell[] {
  const blank: PlanCell = { value: null, style };
  return [id, name, ask, blank, blank, blank, blank, comment, blank, blank, blank, blank];
}

/**
 * "Decisions needed" (template 1.2): the active projects whose PM wrote a Decision Needed ask, with
 * the ask and the PM's Status Comment as written (literal text). Nothing is drawn without asks.
 */
export const decisions: DashboardBlock = ({ input, sheet }, next) => {
  const asks = input.report.projects.filter((p) => isActive(p.phase) && p.decisionNeeded !== null);
  if (asks.length === 0) return next;
  // A blank row above the section.
  const row = next + 1;
  const shown = asks.slice(0, DECISION_ROWS);
  const header = (text: string): PlanCell => ({ value: text, style: "tableHeader" });
  sheet.section(row, FIRST_COL, `Decisions needed (${asks.length})`, PAGE_SPAN);
  sheet.rows(row + 1, FIRST_COL, [
    line(
      header("Project ID"),
      header("Project"),
      header("Decision the PM asks for"),
      header("Status comment"),
      "tableHeader",
    ),
    ...shown.map((p) =>
      line(
        textCell(p.projectId),
        textCell(p.projectName),
        textCell(p.decisionNeeded),
        textCell(p.statusComment),
      ),
    ),
  ]);
  const last = row + 1 + shown.length;
  for (let r = row + 1; r <= last; r++) {
    sheet.merge(r, ASK_COL, r, COMMENT_COL - 1).merge(r, COMMENT_COL, r, LAST_COL);
  }
  const more = asks.length - shown.length;
  if (more === 0) return last + 1;
  sheet.text(last + 1, FIRST_COL, `…and ${more} more in the KPI JSON (projects[].decisionNeeded).`, "note");
  return last + 2;
};
