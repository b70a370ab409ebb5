import type { Finding, Severity } from "../model/finding";

/**
 * How many findings PMO Validation and the console list one by one. A damaged export can give half a
 * million; listing them all takes minutes and gigabytes and helps nobody. The rest are counted by
 * rule, and the KPI JSON keeps every one.
 */
export const FINDINGS_LISTED_LIMIT = 10_000;

export interface RuleCount {
  readonly rule: string;
  readonly severity: Severity;
  readonly count: number;
}

export interface CappedFindings {
  /** The findings to list, in the order given. */
  readonly listed: readonly Finding[];
  /** Findings left out, by rule and severity, most frequent first. */
  readonly rest: readonly RuleCount[];
  readonly restTotal: number;
}

/**
 * The first `limit` of `sorted` (sort errors first before calling, so errors are listed first) and
 * counts by rule for the others.
 * @example capFindings(findings, 2) // { listed: [f1, f2], rest: [{ rule: "required-missing", ... }], restTotal: 3 }
 */
export function capFindings(sorted: readonly Finding[], limit = FINDINGS_LISTED_LIMIT): CappedFindings {
  if (sorted.length <= limit) return { listed: sorted, rest: [], restTotal: 0 };
  const counts = new Map<string, { rule: string; severity: Severity; count: number }>();
  for (let i = limit; i < sorted.length; i++) {
    const f = sorted[i] as Finding;
    const key = `${f.severity}\u0000${f.rule}`;
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { rule: f.rule, severity: f.severity, count: 1 });
    else entry.count++;
  }
  const rest = [...counts.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));
  return { listed: sorted.slice(0, limit), rest, restTotal: sorted.length - limit };
}
