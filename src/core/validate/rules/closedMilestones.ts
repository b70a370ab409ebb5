import type { Milestone, Project } from "../../model/portfolio";
import type { TableContext } from "../tableContext";

/** Rule id of a milestone left open on a Closed project. */
export const CLOSED_MILESTONE_OPEN = "closed-milestone-open";

/**
 * A Closed project's milestones are never overdue or upcoming (kpi-definitions v2); one without an
 * Actual Date is a warning at its Actual Date cell (its Milestone cell when the sheet has no
 * Actual Date column), so the PM records when it happened or that it was dropped.
 */
export function checkClosedMilestones(ctx: TableContext, projects: readonly Project[]): void {
  const closed = new Set<string>();
  for (const p of projects) if (p.phase === "Closed") closed.add(p.projectId);
  if (closed.size === 0) return;
  const rows = ctx.rows as unknown as readonly Milestone[];
  rows.forEach((m, i) => {
    if (m.projectId === null || !closed.has(m.projectId) || m.actualDate !== null) return;
    const key = ctx.colOf(m.src, "actualDate") === null ? "milestone" : "actualDate";
    ctx.report(
      i,
      key,
      "warning",
      CLOSED_MILESTONE_OPEN,
      `Milestone "${m.milestone ?? ""}" of the Closed project ${m.projectId} has no Actual Date. ` +
        `Enter the date it was met, or remove it if it was dropped; it is not counted as overdue.`,
    );
  });
}
