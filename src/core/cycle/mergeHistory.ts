import { compareText } from "../kpi/sortText";
import { HISTORY_PERIODS, type CarriedPeriod, type History, type PeriodHistory } from "./history";

/** Every period in the history, oldest first. */
export function historyPeriods(history: History): string[] {
  const periods = new Set<string>();
  for (const row of history.portfolio) periods.add(row.asOf);
  for (const row of history.projects) periods.add(row.asOf);
  for (const row of history.risks) periods.add(row.asOf);
  for (const period of history.carried ?? []) periods.add(period.asOf);
  // ISO dates sort as text.
  return [...periods].sort(compareText);
}

/** The latest period strictly before `asOf`, or null (monthly-cycle.md `previousAsOf`). */
export function previousAsOf(history: History, asOf: string): string | null {
  let previous: string | null = null;
  for (const period of historyPeriods(history)) if (period < asOf) previous = period;
  return previous;
}

function byPeriod<Row extends { readonly asOf: string }>(
  rows: readonly Row[],
  keep: ReadonlySet<string>,
): Row[] {
  // A stable sort keeps each period's rows in the order they were written.
  return rows.filter((r) => keep.has(r.asOf)).sort((a, b) => compareText(a.asOf, b.asOf));
}

function without<Row extends { readonly asOf: string }>(rows: readonly Row[], asOf: string): Row[] {
  return rows.filter((r) => r.asOf !== asOf);
}

/** The ProjectHistory and RiskHistory rows of one period, read from the stored rows when it is carried. */
export function periodHistory(history: History, asOf: string): PeriodHistory {
  const carried = (history.carried ?? []).find((p) => p.asOf === asOf);
  if (carried !== undefined) return carried.read();
  return {
    projects: history.projects.filter((r) => r.asOf === asOf),
    risks: history.risks.filter((r) => r.asOf === asOf),
  };
}

function keptCarried(carried: readonly CarriedPeriod[], keep: ReadonlySet<string>): CarriedPeriod[] {
  return carried.filter((p) => keep.has(p.asOf)).sort((a, b) => compareText(a.asOf, b.asOf));
}

/**
 * A build for `current`'s period: the given history without any rows of that period (a rebuild
 * of the same month replaces it), plus this period's rows, sorted by As Of, keeping the latest
 * `limit` periods.
 */
export function mergeHistory(
  previous: History,
  current: History,
  asOf: string,
  limit = HISTORY_PERIODS,
): History {
  const merged: History = {
    portfolio: [...without(previous.portfolio, asOf), ...current.portfolio],
    projects: [...without(previous.projects, asOf), ...current.projects],
    risks: [...without(previous.risks, asOf), ...current.risks],
    // A carried period of this as-of is replaced like any other.
    carried: without(previous.carried ?? [], asOf),
  };
  const keep = new Set(historyPeriods(merged).slice(-limit));
  const carried = keptCarried(merged.carried ?? [], keep);
  return {
    portfolio: byPeriod(merged.portfolio, keep),
    projects: byPeriod(merged.projects, keep),
    risks: byPeriod(merged.risks, keep),
    ...(carried.length === 0 ? {} : { carried }),
  };
}
