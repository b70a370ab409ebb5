import type { Finding, Severity } from "../model/finding";

/** A finding about a whole sheet or workbook (no cell), or anchored at one cell when given. */
export function sheetFinding(
  file: string,
  sheet: string,
  severity: Severity,
  rule: string,
  message: string,
  at: { cell: string; row: number; column: string | null } | null = null,
): Finding {
  return {
    file,
    sheet,
    cell: at?.cell ?? "",
    row: at?.row ?? null,
    column: at?.column ?? null,
    severity,
    rule,
    message,
  };
}

/** `A, B or C` */
export function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}

/** `"A", "B", "C"` */
export function quotedList(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(", ");
}
