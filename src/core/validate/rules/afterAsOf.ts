import type { RowRule } from "../../template/types";
import { formatDay } from "../../values/formatValue";
import { formatValue } from "../formatValue";
import type { TableContext } from "../tableContext";

type AfterAsOfRule = Extract<RowRule, { kind: "afterAsOf" }>;

/** A date that has not happened yet by the as-of date (e.g. an Actual Finish in the future). */
export function checkAfterAsOf(rule: AfterAsOfRule, ctx: TableContext): void {
  const { rows, asOf } = ctx;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const v = row[rule.column];
    if (typeof v !== "number" || v <= asOf) continue;
    const header = ctx.headerOf(row.src, rule.column);
    ctx.report(
      i,
      rule.column,
      rule.severity,
      rule.id,
      `${header} ${formatValue(v, "date", ctx.settings)} is after the as-of date ${formatDay(asOf, ctx.settings.dateOrder)}. ` +
        `It cannot be in the future: correct the date, or leave ${header} blank until it has happened.`,
    );
  }
}
