import type { History } from "./history";

/**
 * What a coordinator should hear before a build's as-of date reshapes the history it continues
 * (monthly-cycle.md keeps the rule: a build for T replaces T's rows and adds the others in order).
 * A build for a date before the history's latest period (a mistyped or a re-run `--as-of`) and a
 * second period in one month (`2026-10-30` beside `2026-10-31`) follow the rule, but silently they
 * overwrote a closed month or split one in two. A decision where the spec is silent: they are said,
 * never refused.
 */
export function periodNotices(history: History, asOf: string): string[] {
  const periods = [...new Set(history.portfolio.map((r) => r.asOf))].sort();
  const notices: string[] = [];
  const later = periods.filter((p) => p > asOf);
  if (later.length > 0) {
    notices.push(
      `the history already holds ${later.length === 1 ? "a later period" : `${later.length} later periods`} ` +
        `(${later.join(", ")}) than this build's ${asOf}: ` +
        (periods.includes(asOf) ? `${asOf}'s rows were replaced` : `${asOf} was added before them`) +
        `, and "what changed" compares ${asOf} with the period before it. If that is not what you meant, ` +
        `check --as-of.`,
    );
  }
  const sameMonth = periods.filter((p) => p !== asOf && p.slice(0, 7) === asOf.slice(0, 7));
  if (sameMonth.length > 0) {
    notices.push(
      `the history already holds ${sameMonth.join(", ")}, in the same month as this build's ${asOf}: both ` +
        `are kept as periods of their own. To replace that month's report instead, build with --as-of ` +
        `${sameMonth[sameMonth.length - 1] ?? ""}.`,
    );
  }
  return notices;
}
