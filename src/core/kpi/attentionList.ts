import type { DayNumber } from "../model/dates";
import type { Project } from "../model/portfolio";
import type { AttentionItems, OverdueMilestone, OverdueRisk } from "./attentionItems";
import type { Exclusion } from "./projectSelection";
import { isPastDueUnfinished } from "./rag";
import type { AttentionEntry, AttentionReason, ProjectKpis } from "./report";
import { riskSeverity } from "./risks";
import { isActive } from "./scope";
import { compareText } from "./sortText";

export interface AttentionInputs {
  readonly projects: readonly ProjectKpis[];
  /** The project rows the KPIs counted (one per ID), for the manager and the dates. */
  readonly rows: readonly Project[];
  readonly items: AttentionItems;
  readonly exclusions: ReadonlyMap<string, Exclusion>;
  readonly asOf: DayNumber;
  readonly ragAmber: number;
}

/** Names of the first few, then how many more: `"Go-live" 41 days, "UAT" 12 days and 2 more`. */
function firstFew(items: readonly string[], shown = 2): string {
  const head = items.slice(0, shown).join(", ");
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function redText(p: ProjectKpis, ragAmber: number): string {
  const low = [
    p.spi !== null && p.spi < ragAmber ? `SPI ${p.spi.toFixed(2)}` : null,
    p.cpi !== null && p.cpi < ragAmber ? `CPI ${p.cpi.toFixed(2)}` : null,
  ].filter((x): x is string => x !== null);
  return low.length > 0
    ? `computed Red (${low.join(", ")})`
    : "computed Red (past Baseline Finish, not finished)";
}

/** Items grouped by Project ID, in their order (the lists can be thousands long). */
function byProject<T extends { readonly projectId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.projectId);
    if (list === undefined) groups.set(item.projectId, [item]);
    else list.push(item);
  }
  return groups;
}

interface Grouped {
  readonly milestones: ReadonlyMap<string, readonly OverdueMilestone[]>;
  readonly risks: ReadonlyMap<string, readonly OverdueRisk[]>;
}

function reasonsOf(
  p: ProjectKpis,
  row: Project | undefined,
  inputs: AttentionInputs,
  grouped: Grouped,
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const exclusion = inputs.exclusions.get(p.projectId);
  if (exclusion !== undefined) {
    reasons.push({ kind: "excluded", text: `left out of the totals: ${exclusion.reason}` });
  }
  if (p.computedRag === "Red") reasons.push({ kind: "red", text: redText(p, inputs.ragAmber) });
  if (p.watermelon) reasons.push({ kind: "watermelon", text: "watermelon: reported Green, computed Red" });
  const milestones = grouped.milestones.get(p.projectId) ?? [];
  if (milestones.length > 0) {
    reasons.push({
      kind: "overdue-milestone",
      text: `${plural(milestones.length, "overdue milestone")}: ${firstFew(milestones.map((m) => `"${m.milestone}" ${plural(m.daysOverdue, "day")}`))}`,
    });
  }
  const risks = (grouped.risks.get(p.projectId) ?? []).filter((r) => riskSeverity(r.score) === "High");
  if (risks.length > 0) {
    reasons.push({
      kind: "overdue-risk",
      text: `${plural(risks.length, "High risk")} past due: ${firstFew(risks.map((r) => `"${r.title}" ${plural(r.daysOverdue, "day")}`))}`,
    });
  }
  if (!p.fresh) {
    const last = row?.lastUpdated ?? null;
    reasons.push({
      kind: "stale",
      text: last === null ? "no Last Updated date" : `not updated for ${plural(inputs.asOf - last, "day")}`,
    });
  }
  if (row !== undefined && row.baselineFinish !== null && isPastDueUnfinished(row, inputs.asOf)) {
    // An excluded project's % Complete may be the invalid value read as blank: not quoted as 0 %.
    const done = p.excluded ? "" : ` at ${Math.round((row.percentComplete ?? 0) * 100)} % complete`;
    reasons.push({
      kind: "past-finish",
      text: `${plural(inputs.asOf - row.baselineFinish, "day")} past Baseline Finish${done}`,
    });
  }
  return reasons;
}

/** Excluded first, then Red, then watermelons, then more reasons first, then Project ID. */
function rank(entry: AttentionEntry): number {
  // A loop, not a Set of kinds: the sort asks this of each entry many times.
  let best = 3;
  for (const reason of entry.reasons) {
    if (reason.kind === "excluded") return 0;
    if (reason.kind === "red") best = 1;
    else if (reason.kind === "watermelon" && best > 2) best = 2;
  }
  return best;
}

/**
 * Every active project with at least one reason to look at it (kpi-definitions v2, "Needs
 * attention"), complete: computed Red, watermelon, excluded for a data error, overdue milestone,
 * overdue open High risk, stale, past Baseline Finish and not finished. One reason per kind.
 */
export function attentionList(inputs: AttentionInputs): AttentionEntry[] {
  const rowOf = new Map<string, Project>();
  for (const row of inputs.rows) if (!rowOf.has(row.projectId)) rowOf.set(row.projectId, row);
  const grouped: Grouped = {
    milestones: byProject(inputs.items.overdueMilestones),
    risks: byProject(inputs.items.overdueRisks),
  };
  const entries: AttentionEntry[] = [];
  for (const p of inputs.projects) {
    if (!isActive(p.phase)) continue;
    const row = rowOf.get(p.projectId);
    const reasons = reasonsOf(p, row, inputs, grouped);
    if (reasons.length === 0) continue;
    entries.push({
      projectId: p.projectId,
      projectName: p.projectName,
      projectManager: row?.projectManager ?? null,
      reasons,
    });
  }
  return entries.sort(
    (a, b) =>
      rank(a) - rank(b) || b.reasons.length - a.reasons.length || compareText(a.projectId, b.projectId),
  );
}
