import type { ExcludedProject } from "../../kpi/report";
import type { UnidentifiedProject } from "../../model/portfolio";
import { SHEET_NAMES } from "../../model/ownedSheets";
import { FIRST_COL, LAST_COL, type DashboardBlock } from "./layout";

/** `PRJ-0005 (Projects!R8)`; a shared ID says so. */
function shortReason(e: ExcludedProject): string {
  if (e.reason.startsWith("duplicate Project ID")) return `${e.projectId} (shared Project ID)`;
  const at = / at (\S+)$/.exec(e.reason.split("; ")[0] ?? "");
  return at?.[1] === undefined ? e.projectId : `${e.projectId} (${at[1]})`;
}

/** `"Data Lake" (a.xlsx Projects!A40)`, or the place alone for a row without a name either. */
function unidentifiedPlace(u: UnidentifiedProject): string {
  return u.projectName === null ? `${u.file} ${u.place}` : `"${u.projectName}" (${u.file} ${u.place})`;
}

/**
 * One line under the tiles naming the projects left out of the totals (kpi-definitions v2), or
 * saying that every project is counted. A blank row follows.
 */
export const caveat: DashboardBlock = ({ input, sheet }, row) => {
  const { excluded, unidentified = [] } = input.report.portfolio;
  const left: string[] = [];
  if (excluded.length > 0) {
    left.push(
      `${excluded.length} project${excluded.length === 1 ? "" : "s"} with data errors — ` +
        excluded.map(shortReason).join(", "),
    );
  }
  if (unidentified.length > 0) {
    left.push(
      `${unidentified.length} project row${unidentified.length === 1 ? "" : "s"} without a usable Project ID — ` +
        unidentified.map(unidentifiedPlace).join(", "),
    );
  }
  const text =
    left.length === 0
      ? "Every project in scope is in the totals."
      : `Not in the totals: ${left.join(". Nor ")}. See ${SHEET_NAMES.validation}.`;
  sheet
    .text(row, FIRST_COL, text, left.length === 0 ? "note" : "warning")
    .merge(row, FIRST_COL, row, LAST_COL);
  return row + 2;
};
