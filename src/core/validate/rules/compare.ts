import type { ColumnType, RowRule } from "../../template/types";
import type { TableContext } from "../tableContext";

type CompareRule = Extract<RowRule, { kind: "compare" }>;

/**
 * `column op other` when both cells are filled numbers (dates and months are numbers too), e.g.
 * "Baseline Finish 30/04/2026 is before Start Date 01/06/2026". Blank or invalid cells are left to
 * the reader's findings.
 */
export function checkCompare(rule: CompareRule, ctx: TableContext): void {
  const type = ctx.columns.get(rule.column)?.type ?? "number";
  const atLeast = rule.op === ">=";
  const { rows } = ctx;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const a = row[rule.column];
    const b = row[rule.other];
    if (typeof a !== "number" || typeof b !== "number") continue;
    if (atLeast ? a >= b : a <= b) continue;
    const header = ctx.headerOf(row.src, rule.column);
    const otherHeader = ctx.headerOf(row.src, rule.other);
    const shown = `${header} ${ctx.show(rule.column, a)}`;
    const otherShown = `${otherHeader} ${ctx.show(rule.other, b)}`;
    ctx.report(
      i,
      rule.column,
      rule.severity,
      rule.id,
      message(shown, otherShown, header, otherHeader, atLeast, type),
    );
  }
}

function message(
  shown: string,
  otherShown: string,
  header: string,
  otherHeader: string,
  atLeast: boolean,
  type: ColumnType,
): string {
  if (type === "date" || type === "month") {
    return atLeast
      ? `${shown} is before ${otherShown}. ${header} cannot be earlier than ${otherHeader}: correct whichever date is wrong.`
      : `${shown} is after ${otherShown}. ${header} cannot be later than ${otherHeader}: correct whichever date is wrong.`;
  }
  return atLeast
    ? `${shown} is less than ${otherShown}. ${header} cannot be less than ${otherHeader}: correct whichever value is wrong.`
    : `${shown} is more than ${otherShown}. ${header} cannot be more than ${otherHeader}: correct whichever value is wrong.`;
}
