import { changesBetween, type Change } from "../../../src/core/cycle/changes";
import type { ProjectHistoryRow, RiskHistoryRow } from "../../../src/core/cycle/history";
import { history, projectRow, riskRow } from "./historyRows";

const BEFORE = "2026-09-30";
const NOW = "2026-10-31";

/** Two periods of one project that differ only by `before`/`now` overrides (Last Updated always moves on). */
function changes(
  before: Partial<ProjectHistoryRow>,
  now: Partial<ProjectHistoryRow>,
  risks: RiskHistoryRow[] = [],
): Change[] {
  return changesBetween(history([projectRow(BEFORE, before), projectRow(NOW, now)], risks), NOW, BEFORE);
}

const change = (
  kind: Change["kind"],
  from: Change["from"],
  to: Change["to"],
  extra: Partial<Change> = {},
): Change => ({
  kind,
  projectId: "P1",
  projectName: "Apollo",
  from,
  to,
  riskId: null,
  ...extra,
});

describe("changes between two periods, one kind at a time", () => {
  it("lists nothing when the periods are the same but for the update date", () => {
    expect(changes({}, {})).toEqual([]);
  });

  it("rag-worse and rag-better on the computed RAG", () => {
    expect(changes({ computedRag: "Green" }, { computedRag: "Amber" })).toEqual([
      change("rag-worse", "Green", "Amber"),
    ]);
    expect(
      changes({ computedRag: "Red", reportedRag: "Red" }, { computedRag: "Amber", reportedRag: "Red" }),
    ).toEqual([change("rag-better", "Red", "Amber")]);
  });

  it("new-watermelon: reported Green, computed Red now and not before", () => {
    expect(
      changes({ reportedRag: "Red", computedRag: "Red" }, { reportedRag: "Green", computedRag: "Red" }),
    ).toEqual([change("new-watermelon", null, null)]);
  });

  it("slipped when Slip Days grew by a day or more", () => {
    expect(changes({ slipDays: 3 }, { slipDays: 10 })).toEqual([change("slipped", 3, 10)]);
    expect(changes({ slipDays: 10 }, { slipDays: 3 })).toEqual([]);
  });

  it("eac-up when EAC grew by 5 % or more, not by less", () => {
    expect(changes({ eac: 1000 }, { eac: 1050 })).toEqual([change("eac-up", 1000, 1050)]);
    expect(changes({ eac: 1000 }, { eac: 1049 })).toEqual([]);
    // +5 % exactly as EAC = BAC / CPI computes it: 1000 / (500 / 940) = 1,880 → 1000 / (500 / 987) ≈ 1,974.
    const before = 1000 / (500 / 940);
    const after = 1000 / (500 / 987);
    expect(after).toBeLessThan(before * 1.05);
    expect(changes({ eac: before }, { eac: after })).toEqual([change("eac-up", before, after)]);
    expect(changes({ eac: before }, { eac: before * 1.0499 })).toEqual([]);
  });

  it("phase-change", () => {
    expect(changes({ phase: "Planning" }, { phase: "Execution" })).toEqual([
      change("phase-change", "Planning", "Execution"),
    ]);
  });

  it("new-high-risk and high-risk-closed by Risk ID", () => {
    const opened = changesBetween(
      history([projectRow(BEFORE), projectRow(NOW)], [riskRow(NOW)]),
      NOW,
      BEFORE,
    );
    expect(opened).toEqual([change("new-high-risk", null, 16, { riskId: "R1" })]);
    const closed = changesBetween(
      history([projectRow(BEFORE), projectRow(NOW)], [riskRow(BEFORE)]),
      NOW,
      BEFORE,
    );
    expect(closed).toEqual([change("high-risk-closed", 16, null, { riskId: "R1" })]);
  });

  it("tells risks of the same Risk ID apart by their project (each PM numbers their own)", () => {
    const p2 = projectRow(NOW, { projectId: "P2", projectName: "Borealis" });
    const moved = changesBetween(
      history(
        [
          projectRow(BEFORE),
          projectRow(NOW),
          projectRow(BEFORE, { projectId: "P2", projectName: "Borealis" }),
          p2,
        ],
        [riskRow(BEFORE), riskRow(NOW, { projectId: "P2" })],
      ),
      NOW,
      BEFORE,
    );
    expect(moved.map((c) => [c.kind, c.projectId, c.riskId])).toEqual([
      ["new-high-risk", "P2", "R1"],
      ["high-risk-closed", "P1", "R1"],
    ]);
  });

  it("new-project and dropped-project", () => {
    expect(changesBetween(history([projectRow(NOW)]), NOW, BEFORE)).toEqual([
      change("new-project", null, null),
    ]);
    expect(changesBetween(history([projectRow(BEFORE)]), NOW, BEFORE)).toEqual([
      change("dropped-project", null, null),
    ]);
  });

  it("stale when Last Updated did not move", () => {
    expect(changes({ lastUpdated: "2026-09-15" }, { lastUpdated: "2026-09-15" })).toEqual([
      change("stale", "2026-09-15", "2026-09-15"),
    ]);
  });

  it("no change at all without a previous period", () => {
    expect(changesBetween(history([projectRow(NOW, { computedRag: "Red" })]), NOW, null)).toEqual([]);
  });
});

describe("exclusion rules", () => {
  it("an excluded project (either period) gets no rag, slipped or eac-up change, but keeps the others", () => {
    const worse = { computedRag: "Red", reportedRag: "Red", slipDays: 9, eac: 2000, phase: "Closing" };
    expect(changes({ excluded: true, computedRag: "Unknown" }, worse)).toEqual([
      change("phase-change", "Execution", "Closing"),
    ]);
    expect(changes({}, { ...worse, excluded: true })).toEqual([
      change("phase-change", "Execution", "Closing"),
    ]);
  });

  it("Unknown computed RAG in either period gives no rag change", () => {
    expect(changes({ computedRag: "Unknown" }, { computedRag: "Red", reportedRag: "Red" })).toEqual([]);
    expect(
      changes({ computedRag: "Red", reportedRag: "Red" }, { computedRag: "Unknown", reportedRag: "Red" }),
    ).toEqual([]);
  });

  it("a Closed project is not stale", () => {
    expect(
      changes({ phase: "Closed", lastUpdated: "2026-05-01" }, { phase: "Closed", lastUpdated: "2026-05-01" }),
    ).toEqual([]);
  });
});

describe("order", () => {
  it("by kind in the spec's order, then Project ID, then Risk ID", () => {
    const before = [
      projectRow(BEFORE, { projectId: "P2", projectName: "Zeus", slipDays: 0 }),
      projectRow(BEFORE, { projectId: "P1", computedRag: "Green" }),
      projectRow(BEFORE, { projectId: "P3", projectName: "Gone" }),
    ];
    const now = [
      projectRow(NOW, { projectId: "P1", computedRag: "Amber", slipDays: 5 }),
      projectRow(NOW, { projectId: "P2", projectName: "Zeus", slipDays: 4 }),
      projectRow(NOW, { projectId: "P0", projectName: "New" }),
    ];
    const risks = [
      riskRow(NOW, { riskId: "R9", projectId: "P2" }),
      riskRow(NOW, { riskId: "R1", projectId: "P2" }),
    ];
    const list = changesBetween(history([...before, ...now], risks), NOW, BEFORE);
    expect(list.map((c) => [c.kind, c.projectId, c.riskId])).toEqual([
      ["rag-worse", "P1", null],
      ["slipped", "P1", null],
      ["slipped", "P2", null],
      ["new-high-risk", "P2", "R1"],
      ["new-high-risk", "P2", "R9"],
      ["new-project", "P0", null],
      ["dropped-project", "P3", null],
    ]);
    expect(list.find((c) => c.riskId === "R1")?.projectName).toBe("Zeus");
  });
});
