import type { RowRule } from "../../template/types";
import { formatDay } from "../../values/formatValue";
import { formatValue } from "../formatValue";
import type { TableContext } from "../tableContext";

type StaleRule = Extract<RowRule, { kind: "stale" }>;

/** A date more than `settings.staleDays` before the as-of date (a status nobody has refreshed). */
export function checkStale(rule: StaleRule, ctx: TableContext): void {
  const { rows, asOf } = ctx;
  const { staleDays } = ctx.settings;
  const oldest = asOf - staleDays;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const v = row[rule.column];
    if (typeof v !== "number" || v >= oldest) continue;
    const header = ctx.headerOf(row.src, rule.column);
    ctx.report(
      i,
      rule.column,
      rule.severity,
      rule.id,
      `${header} ${formatValue(v, "date", ctx.settings)} is ${asOf - v} days before the as-of date ` +
        `${formatDay(asOf, ctx.settings.dateOrder)} (the limit is ${staleDays} days). ` +
        `Bring the row up to date and set ${header} to the date of the update.`,
    );
  }
}
