import { compareText } from "../kpi/sortText";
import { HISTORY_PERIODS, type History } from "./history";

/** Every period in the history, oldest first. */
export function historyPeriods(history: History): string[] {
  const periods = new Set<string>();
  for (const row of history.portfolio) periods.add(row.asOf);
  for (const row of history.projects) periods.add(row.asOf);
  for (const row of history.risks) periods.add(row.asOf);
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
  };
  const keep = new Set(historyPeriods(merged).slice(-limit));
  return {
    portfolio: byPeriod(merged.portfolio, keep),
    projects: byPeriod(merged.projects, keep),
    risks: byPeriod(merged.risks, keep),
  };
}
