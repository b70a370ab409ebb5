import { EMPTY_HISTORY } from "../../../src/core/cycle/history";
import { historyPeriods, mergeHistory, previousAsOf } from "../../../src/core/cycle/mergeHistory";
import { history, projectRow, riskRow } from "./historyRows";

describe("mergeHistory", () => {
  it("adds the period, sorted by As Of", () => {
    const given = history([projectRow("2026-10-31"), projectRow("2026-08-31")]);
    const merged = mergeHistory(given, history([projectRow("2026-09-30")]), "2026-09-30");
    expect(merged.projects.map((r) => r.asOf)).toEqual(["2026-08-31", "2026-09-30", "2026-10-31"]);
  });

  it("replaces the rows of the same as-of instead of duplicating them", () => {
    const given = history(
      [projectRow("2026-09-30"), projectRow("2026-10-31", { projectId: "OLD" })],
      [riskRow("2026-10-31", { riskId: "OLD" })],
    );
    const merged = mergeHistory(given, history([projectRow("2026-10-31")], []), "2026-10-31");
    expect(merged.projects.map((r) => [r.asOf, r.projectId])).toEqual([
      ["2026-09-30", "P1"],
      ["2026-10-31", "P1"],
    ]);
    expect(merged.risks).toEqual([]);
  });

  it("keeps the latest periods only", () => {
    const months = ["2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30"];
    const given = history(months.map((m) => projectRow(m)));
    const merged = mergeHistory(given, history([projectRow("2026-10-31")]), "2026-10-31", 3);
    expect(historyPeriods(merged)).toEqual(["2026-08-31", "2026-09-30", "2026-10-31"]);
  });

  it("previousAsOf is the latest period strictly before, or null", () => {
    const h = history(["2026-08-31", "2026-10-31", "2026-09-30"].map((m) => projectRow(m)));
    expect(previousAsOf(h, "2026-10-31")).toBe("2026-09-30");
    expect(previousAsOf(h, "2026-09-15")).toBe("2026-08-31");
    expect(previousAsOf(h, "2026-08-31")).toBeNull();
    expect(previousAsOf(EMPTY_HISTORY, "2026-08-31")).toBeNull();
  });
});
