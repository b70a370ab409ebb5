import type { ProjectKpis } from "../../kpi/report";
import { isActive } from "../../kpi/scope";
import { compareText } from "../../kpi/sortText";
import { FORMATS, numberCell, textCell } from "../formats";
import type { DashboardInput } from "../input";
import { SHEET_NAMES } from "../sheetNames";
import type { PlanCell } from "../types";
import { FIRST_COL, PAGE_SPAN, type DashboardBlock } from "./layout";

/** Rows the table may have: the dashboard is one printed page. */
export const ATTENTION_ROWS = 25;

const RAGS = ["Green", "Amber", "Red"] as const;

/** Worst of SPI and CPI; null when neither is known. */
function worstIndex(p: ProjectKpis): number | null {
  const known = [p.spi, p.cpi].filter((x): x is number => x !== null);
  return known.length === 0 ? null : Math.min(...known);
}

/**
 * One row per project that needs attention, worst first: low SPI/CPI, watermelons, overdue
 * milestones. A project with several reasons gets them on one line. The first ATTENTION_ROWS are
 * shown; `more` counts the projects left out.
 */
function attentionRows(input: DashboardInput): { rows: PlanCell[][]; more: number } {
  const byId = new Map(input.report.projects.map((p) => [p.projectId, p]));
  const reasons = new Map<string, string[]>();
  const add = (projectId: string, reason: string) => {
    const list = reasons.get(projectId) ?? [];
    if (list.length === 0) reasons.set(projectId, list);
    list.push(reason);
  };
  const worst = input.report.projects
    .filter((p) => isActive(p.phase))
    .map((p) => ({ p, index: worstIndex(p) }))
    .filter(
      (x): x is { p: ProjectKpis; index: number } =>
        x.index !== null && x.index < input.report.settings.ragGreen,
    )
    .sort((a, b) => a.index - b.index || compareText(a.p.projectId, b.p.projectId));
  for (const { p, index } of worst) {
    add(p.projectId, `${p.spi !== null && p.spi === index ? "SPI" : "CPI"} ${index.toFixed(2)}`);
  }
  for (const p of input.report.projects) {
    if (p.watermelon) add(p.projectId, "watermelon (reported Green, computed Red)");
  }
  const overdue = [...input.attention.overdueMilestones].sort(
    (a, b) => b.daysOverdue - a.daysOverdue || compareText(a.projectId, b.projectId),
  );
  for (const m of overdue) add(m.projectId, `milestone "${m.milestone}" ${m.daysOverdue} days overdue`);
  const rows = [...reasons.entries()].slice(0, ATTENTION_ROWS).map(([projectId, list]) => {
    const p = byId.get(projectId);
    return [
      textCell(projectId),
      numberCell(p?.spi ?? null, FORMATS.ratio),
      numberCell(p?.cpi ?? null, FORMATS.ratio),
      textCell(p?.computedRag ?? null),
      textCell(p?.reportedRag ?? null),
      textCell(`${p?.projectName ?? projectId}: ${list.join("; ")}`),
    ];
  });
  return { rows, more: reasons.size - rows.length };
}

/** "Needs attention": the first ATTENTION_ROWS projects and how many more there are. */
export const attention: DashboardBlock = ({ input, sheet }, row) => {
  const { rows, more } = attentionRows(input);
  sheet.section(row, FIRST_COL, "Needs attention", PAGE_SPAN);
  if (rows.length === 0) {
    sheet.text(
      row + 1,
      FIRST_COL,
      "Nothing needs attention: no low indices, watermelons or overdue milestones.",
      "note",
    );
    return row + 3;
  }
  // The reason is last: its text runs on across the empty columns to its right.
  const t = sheet.dataTable(
    row + 1,
    FIRST_COL,
    ["Project ID", "SPI", "CPI", "Computed RAG", "Reported RAG", "Project: why it needs attention"],
    rows,
  );
  for (const col of [3, 4]) {
    for (const rag of RAGS) {
      sheet.conditional({ kind: "textEquals", range: t.column(col), text: rag, style: `rag${rag}` });
    }
  }
  if (more === 0) return t.lastRow + 1;
  sheet.text(t.lastRow + 1, FIRST_COL, `…and ${more} more projects: see ${SHEET_NAMES.projects}.`, "note");
  return t.lastRow + 2;
};
