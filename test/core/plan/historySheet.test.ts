import { buildHistorySheet } from "../../../src/core/plan/historySheet";
import { runCells } from "../../../src/core/plan/sheetCells";
import { PULSE_THEME } from "../../../src/core/plan/theme";
import type { PlanCell } from "../../../src/core/plan/types";
import { history, projectRow } from "../cycle/historyRows";

/** The ProjectHistory table's data rows: its runs, one per period, in order. */
function projectRows(periods: string[]): readonly (readonly PlanCell[])[] {
  const sheet = buildHistorySheet(
    history(periods.map((asOf, i) => projectRow(asOf, { ev: 500 + i, slipDays: i === 0 ? 3 : 0 }))),
    PULSE_THEME,
  );
  const runs = (sheet.rowRuns?.runs ?? []).filter((r) => r.key.startsWith("ProjectHistory "));
  expect(runs.map((r) => r.key)).toEqual(periods.map((p) => `ProjectHistory ${p}`));
  return runs.flatMap((r) => runCells(r));
}

describe("PMO History plan", () => {
  it("writes each period's values in its own row", () => {
    const rows = projectRows(["2026-08-31", "2026-09-30", "2026-10-31"]);
    expect(rows.map((r) => r[0]?.value)).toEqual(["2026-08-31", "2026-09-30", "2026-10-31"]);
    expect(rows.map((r) => r[9]?.value)).toEqual([500, 501, 502]);
    expect(rows.map((r) => r[14]?.value)).toEqual([3, 0, 0]);
    expect(rows[0]?.[18]).toEqual({ value: "No", style: undefined });
    expect(rows[0]?.[8]).toEqual({ value: 1000, format: "#,##0", style: undefined });
  });

  it("shares one cell between periods for a repeated text or count (36 periods × 5,000 projects stay small)", () => {
    const [first, second, third] = projectRows(["2026-08-31", "2026-09-30", "2026-10-31"]);
    // Project ID, name, phase, RAG, Excluded: the same value each period, one cell object.
    for (const col of [1, 2, 5, 7, 18]) expect(second?.[col]).toBe(first?.[col]);
    expect(third?.[14]).toBe(second?.[14]);
    // Money changes from period to period and is never looked up.
    expect(second?.[9]).not.toBe(first?.[9]);
    expect(second?.[8]).not.toBe(first?.[8]);
  });
});
