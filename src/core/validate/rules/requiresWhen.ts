import type { RowRule } from "../../template/types";
import type { TableContext } from "../tableContext";
import { valueOf } from "../tableContext";
import { ValueMatcher } from "../valueMatcher";

type RequiresWhenRule = Extract<RowRule, { kind: "requiresWhen" }>;

/**
 * When `column` holds one of `values`, `requires` must be filled: "Status is Complete but Actual
 * Date is blank". The finding sits on the blank cell (or on the trigger cell when the sheet has no
 * such column). A column the template already requires is reported by the reader, so not here.
 */
export function checkRequiresWhen(rule: RequiresWhenRule, ctx: TableContext): void {
  if (ctx.columns.get(rule.requires)?.required === true) return;
  const matcher = new ValueMatcher(rule.values);
  const { rows } = ctx;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const trigger = valueOf(row, rule.column);
    if (trigger === null || !matcher.matches(trigger)) continue;
    const needed = valueOf(row, rule.requires);
    if (needed !== null && needed !== "") continue;
    const header = ctx.headerOf(row.src, rule.column);
    const requiredHeader = ctx.headerOf(row.src, rule.requires);
    const at = ctx.colOf(row.src, rule.requires) === null ? rule.column : rule.requires;
    ctx.report(
      i,
      at,
      rule.severity,
      rule.id,
      `${header} is ${ctx.show(rule.column, trigger)} but ${requiredHeader} is blank. ` +
        `Enter ${requiredHeader}, or change ${header}.`,
    );
  }
}
