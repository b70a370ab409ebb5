import type { RowRule } from "../../template/types";
import type { TableContext } from "../tableContext";
import { valueOf } from "../tableContext";
import { ValueMatcher } from "../valueMatcher";

type AllowedWhenRule = Extract<RowRule, { kind: "allowedWhen" }>;

/**
 * When `column` equals `value`, `other` must be one of `allowed`: "% Complete is 100% but Phase is
 * Execution". The finding sits on the `other` cell, the one the rule constrains. A blank `other` is
 * left to the reader (required-missing) or is simply not known yet.
 */
export function checkAllowedWhen(rule: AllowedWhenRule, ctx: TableContext): void {
  const trigger = new ValueMatcher([rule.value]);
  const allowed = new ValueMatcher(rule.allowed);
  const allowedText = orList(rule.allowed);
  const { rows } = ctx;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const v = valueOf(row, rule.column);
    if (v === null || !trigger.matches(v)) continue;
    const other = valueOf(row, rule.other);
    if (other === null || other === "" || allowed.matches(other)) continue;
    const header = ctx.headerOf(row.src, rule.column);
    const otherHeader = ctx.headerOf(row.src, rule.other);
    const shown = ctx.show(rule.column, v);
    ctx.report(
      i,
      rule.other,
      rule.severity,
      rule.id,
      `${header} is ${shown} but ${otherHeader} is ${ctx.show(rule.other, other)}. ` +
        `When ${header} is ${shown}, ${otherHeader} should be ${allowedText}: update ${otherHeader}, or correct ${header}.`,
    );
  }
}

/** `Closing or Closed`, `A, B or C`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}
