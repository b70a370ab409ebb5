import type { NormRow } from "../../model/portfolio";
import type { RowRule } from "../../template/types";
import type { TableContext } from "../tableContext";
import { valueOf } from "../tableContext";
import { orList } from "./allowedWhen";

type OneOfRule = Extract<RowRule, { kind: "oneOf" }>;

/**
 * At least one of `columns` must be filled: "Neither Annual Salary nor Hourly Rate is filled". A
 * sheet that has none of the columns gets one finding for the sheet instead of one per row.
 */
export function checkOneOf(rule: OneOfRule, ctx: TableContext): void {
  const names = rule.columns.map((key) => ctx.columns.get(key)?.header ?? key);
  const sheetsWithout = new Set<string>();
  for (const binding of ctx.bindings()) {
    if (rule.columns.some((key) => binding.columns[key] !== undefined)) continue;
    sheetsWithout.add(`${binding.file}\u0000${binding.sheet}`);
    ctx.reportSheet(
      binding,
      rule.severity,
      rule.id,
      `The sheet has no ${orList(names)} column. Add ${names.length === 2 ? "either" : "one of them"} and fill it in for every row.`,
    );
  }
  const { rows } = ctx;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || anyFilled(row, rule.columns)) continue;
    if (sheetsWithout.has(`${row.src.file}\u0000${row.src.sheet}`)) continue;
    const at = rule.columns.find((key) => ctx.colOf(row.src, key) !== null) ?? rule.columns[0] ?? "";
    const headers = rule.columns.map((key) => ctx.headerOf(row.src, key));
    const lead =
      headers.length === 2
        ? `Neither ${headers[0] ?? ""} nor ${headers[1] ?? ""} is filled.`
        : `None of ${orList(headers)} is filled.`;
    ctx.report(i, at, rule.severity, rule.id, `${lead} Enter at least one of them.`);
  }
}

function anyFilled(row: NormRow, columns: readonly string[]): boolean {
  for (const key of columns) {
    const v = valueOf(row, key);
    if (v !== null && v !== "") return true;
  }
  return false;
}
