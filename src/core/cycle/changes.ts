import { compareText } from "../kpi/sortText";
import type { History, PeriodHistory, ProjectHistoryRow, RiskHistoryRow } from "./history";
import { riskKey } from "./riskKey";
import { periodHistory } from "./mergeHistory";

/** monthly-cycle.md "Changes since the previous period": the kinds, in the order they are listed. */
export const CHANGE_KINDS = [
  "rag-worse",
  "rag-better",
  "new-watermelon",
  "slipped",
  "eac-up",
  "phase-change",
  "new-high-risk",
  "high-risk-closed",
  "new-project",
  "dropped-project",
  "stale",
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  readonly kind: ChangeKind;
  readonly projectId: string | null;
  readonly projectName: string | null;
  readonly from: string | number | null;
  readonly to: string | number | null;
  readonly riskId: string | null;
}

/** EAC growth that counts as `eac-up`. */
export const EAC_UP_SHARE = 0.05;

const RAG_ORDER: Readonly<Record<string, number>> = { Green: 0, Amber: 1, Red: 2 };

function isWatermelon(row: ProjectHistoryRow): boolean {
  return !row.excluded && row.reportedRag === "Green" && row.computedRag === "Red";
}

function isActivePhase(phase: string | null): boolean {
  return phase !== "Closed" && phase !== "Cancelled";
}

interface Pair {
  readonly before: ProjectHistoryRow;
  readonly now: ProjectHistoryRow;
}

type Emit = (kind: ChangeKind, from: Change["from"], to: Change["to"]) => void;

function ragChange({ before, now }: Pair, emit: Emit): void {
  if (before.excluded || now.excluded) return;
  const was = RAG_ORDER[before.computedRag ?? ""];
  const is = RAG_ORDER[now.computedRag ?? ""];
  // Unknown (or blank) in either period: no RAG change can be claimed.
  if (was === undefined || is === undefined || was === is) return;
  emit(is > was ? "rag-worse" : "rag-better", before.computedRag, now.computedRag);
}

function figureChanges({ before, now }: Pair, emit: Emit): void {
  if (before.excluded || now.excluded) return;
  if (before.slipDays !== null && now.slipDays !== null && now.slipDays - before.slipDays >= 1) {
    emit("slipped", before.slipDays, now.slipDays);
  }
  if (
    before.eac !== null &&
    now.eac !== null &&
    now.eac > before.eac &&
    // Up to rounding: EAC is a quotient, so 1,880 → 1,974 (+5 % exactly) comes out as 1,973.9999999999998.
    now.eac >= before.eac * (1 + EAC_UP_SHARE) - 1e-9 * Math.abs(before.eac)
  ) {
    emit("eac-up", before.eac, now.eac);
  }
}

function projectChanges(pair: Pair, emit: Emit): void {
  const { before, now } = pair;
  ragChange(pair, emit);
  if (isWatermelon(now) && !isWatermelon(before)) emit("new-watermelon", null, null);
  figureChanges(pair, emit);
  if (before.phase !== null && now.phase !== null && before.phase !== now.phase) {
    emit("phase-change", before.phase, now.phase);
  }
  if (
    isActivePhase(now.phase) &&
    now.lastUpdated !== null &&
    before.lastUpdated !== null &&
    now.lastUpdated === before.lastUpdated
  ) {
    emit("stale", before.lastUpdated, now.lastUpdated);
  }
}

function byId<Row>(rows: readonly Row[], id: (row: Row) => string): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) if (!map.has(id(row))) map.set(id(row), row);
  return map;
}

function compareChanges(a: Change, b: Change): number {
  return (
    CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) ||
    compareText(a.projectId ?? "", b.projectId ?? "") ||
    compareText(a.riskId ?? "", b.riskId ?? "")
  );
}

function riskChanges(
  before: ReadonlyMap<string, RiskHistoryRow>,
  now: ReadonlyMap<string, RiskHistoryRow>,
  nameOf: (projectId: string | null) => string | null,
  out: Change[],
): void {
  const risk = (kind: ChangeKind, row: RiskHistoryRow, from: number | null, to: number | null): Change => ({
    kind,
    projectId: row.projectId,
    projectName: nameOf(row.projectId),
    from,
    to,
    riskId: row.riskId,
  });
  for (const [id, row] of now) if (!before.has(id)) out.push(risk("new-high-risk", row, null, row.score));
  for (const [id, row] of before) if (!now.has(id)) out.push(risk("high-risk-closed", row, row.score, null));
}

/**
 * The changes between the history's period `asOf` and `previous` (none when previous is null), in
 * the spec's order: kind, then Project ID, then Risk ID. A pure function of the two periods' rows,
 * so a rebuild of the same month gives the same list.
 */
export function changesBetween(
  history: History,
  asOf: string,
  previous: string | null,
  // The previous period's rows when the caller has read them already (a stored period is read once).
  earlierRows?: PeriodHistory,
): Change[] {
  if (previous === null) return [];
  const current = periodHistory(history, asOf);
  const earlier = earlierRows ?? periodHistory(history, previous);
  const now = byId(current.projects, (r) => r.projectId);
  const before = byId(earlier.projects, (r) => r.projectId);
  const changes: Change[] = [];
  const nameOf = (projectId: string | null): string | null =>
    projectId === null
      ? null
      : (now.get(projectId)?.projectName ?? before.get(projectId)?.projectName ?? null);
  for (const [id, row] of now) {
    const emit: Emit = (kind, from, to) =>
      changes.push({ kind, projectId: id, projectName: row.projectName, from, to, riskId: null });
    const was = before.get(id);
    if (was === undefined) {
      emit("new-project", null, null);
      if (isWatermelon(row)) emit("new-watermelon", null, null);
    } else {
      projectChanges({ before: was, now: row }, emit);
    }
  }
  for (const [id, row] of before) {
    if (!now.has(id)) {
      changes.push({
        kind: "dropped-project",
        projectId: id,
        projectName: row.projectName,
        from: null,
        to: null,
        riskId: null,
      });
    }
  }
  const risksNow = byId(current.risks, (r) => riskKey(r.projectId, r.riskId));
  const risksBefore = byId(earlier.risks, (r) => riskKey(r.projectId, r.riskId));
  riskChanges(risksBefore, risksNow, nameOf, changes);
  return changes.sort(compareChanges);
}
