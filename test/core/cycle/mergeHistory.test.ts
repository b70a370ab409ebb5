import { changesBetween } from "../../../src/core/cycle/changes";
import { EMPTY_HISTORY, type CarriedPeriod, type History } from "../../../src/core/cycle/history";
import {
  historyPeriods,
  mergeHistory,
  periodHistory,
  previousAsOf,
} from "../../../src/core/cycle/mergeHistory";
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

describe("mergeHistory with periods carried unread from an earlier dashboard", () => {
  const reads: string[] = [];
  const carriedPeriod = (asOf: string, rag = "Green"): CarriedPeriod => ({
    asOf,
    projectRows: 1,
    riskRows: 1,
    stored: { projects: `stored ${asOf}` },
    read: () => {
      reads.push(asOf);
      return { projects: [projectRow(asOf, { computedRag: rag })], risks: [riskRow(asOf)] };
    },
  });
  const given: History = {
    portfolio: [],
    projects: [],
    risks: [],
    carried: [carriedPeriod("2026-09-30", "Amber"), carriedPeriod("2026-08-31"), carriedPeriod("2026-10-31")],
  };
  beforeEach(() => reads.splice(0));

  it("counts carried periods, keeps them sorted and drops the oldest past the limit, reading none", () => {
    const merged = mergeHistory(given, history([projectRow("2026-11-30")]), "2026-11-30", 3);
    expect(historyPeriods(merged)).toEqual(["2026-09-30", "2026-10-31", "2026-11-30"]);
    expect(merged.carried?.map((p) => [p.asOf, p.stored.projects])).toEqual([
      ["2026-09-30", "stored 2026-09-30"],
      ["2026-10-31", "stored 2026-10-31"],
    ]);
    expect(merged.projects.map((r) => r.asOf)).toEqual(["2026-11-30"]);
    expect(reads).toEqual([]);
  });

  it("replaces a carried period on a rebuild of its month", () => {
    const merged = mergeHistory(
      given,
      history([projectRow("2026-10-31", { projectId: "NEW" })]),
      "2026-10-31",
    );
    expect(merged.carried?.map((p) => p.asOf)).toEqual(["2026-08-31", "2026-09-30"]);
    expect(periodHistory(merged, "2026-10-31").projects.map((r) => r.projectId)).toEqual(["NEW"]);
    expect(reads).toEqual([]);
  });

  it("reads only the previous period for the changes", () => {
    const merged = mergeHistory(
      given,
      history([projectRow("2026-11-30", { computedRag: "Red" })]),
      "2026-11-30",
    );
    const changes = changesBetween(merged, "2026-11-30", previousAsOf(merged, "2026-11-30"));
    expect(reads).toEqual(["2026-10-31"]);
    expect(changes.map((c) => [c.kind, c.from, c.to])).toEqual([
      ["rag-worse", "Green", "Red"],
      // Reported Green, computed Red.
      ["new-watermelon", null, null],
      ["high-risk-closed", 16, null],
    ]);
  });
});
