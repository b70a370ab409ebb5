/**
 * Excel's sheet-name rules, checked up front so a bad plan fails with a clear message instead of
 * a workbook Excel refuses to open (a bad name would also break every chart formula pointing at it).
 */
import type { SheetPlan } from "../../../core/plan/types";

export function checkSheetNames(sheets: readonly SheetPlan[]): void {
  const seen = new Set<string>();
  for (const { name } of sheets) {
    if (name.length === 0 || name.length > 31) {
      throw new Error(`Sheet name "${name}" must be 1 to 31 characters long`);
    }
    if (/[\\/?*:[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new Error(
        `Sheet name "${name}" may not contain \\ / ? * : [ ] or start or end with an apostrophe`,
      );
    }
    if (name.toLowerCase() === "history") {
      throw new Error(`Sheet name "${name}" is reserved by Excel`);
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      throw new Error(`Sheet name "${name}" is used twice (Excel compares names case-insensitively)`);
    }
    seen.add(key);
  }
}
