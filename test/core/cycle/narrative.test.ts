import type { Change } from "../../../src/core/cycle/changes";
import type { PortfolioHistoryRow } from "../../../src/core/cycle/history";
import { nameList } from "../../../src/core/cycle/nameList";
import { narrative, type NarrativeInput } from "../../../src/core/cycle/narrative";

function portfolioRow(asOf: string, overrides: Partial<PortfolioHistoryRow> = {}): PortfolioHistoryRow {
  return {
    asOf,
    projects: 12,
    active: 10,
    bac: 12_000_000,
    pv: 6_000_000,
    ev: 5_500_000,
    ac: 6_000_000,
    eac: 13_090_909,
    vac: -1_090_909,
    spi: 0.92,
    cpi: 0.92,
    green: 6,
    amber: 2,
    red: 2,
    unknown: 0,
    watermelons: 1,
    openHighRisks: 3,
    overdueMilestones: 4,
    compliance: 0.8,
    ...overrides,
  };
}

const c = (
  kind: Change["kind"],
  projectId: string,
  projectName: string,
  riskId: string | null = null,
): Change => ({
  kind,
  projectId,
  projectName,
  from: null,
  to: null,
  riskId,
});

const alone: NarrativeInput = {
  current: portfolioRow("2026-10-31"),
  previous: null,
  previousAsOf: null,
  changes: [],
  currency: "USD",
  notes: [],
  stale: [],
  excluded: [],
};

describe("narrative", () => {
  it("describes a month alone in five sentences when no PM asks for a decision", () => {
    expect(narrative(alone)).toEqual([
      "Of the 10 active projects, 6 are Green, 2 Amber and 2 Red by the figures.",
      "The forecast at completion is USD 13.1M against a budget of USD 12.0M, a variance (VAC) of -USD 1.1M.",
      "4 milestones are overdue.",
      "There are 3 open High risks.",
      "Tracker compliance is 80%.",
    ]);
  });

  it("compares with the previous period and names the projects, their comments and the asks", () => {
    const input: NarrativeInput = {
      ...alone,
      previous: portfolioRow("2026-09-30", {
        green: 8,
        amber: 1,
        red: 1,
        vac: -600_000,
        overdueMilestones: 2,
        compliance: 0.9,
      }),
      previousAsOf: "2026-09-30",
      changes: [
        c("rag-worse", "P1", "Apollo"),
        c("rag-worse", "P2", "Borealis"),
        c("new-watermelon", "P2", "Borealis"),
        c("slipped", "P1", "Apollo"),
        c("eac-up", "P3", "Cygnus"),
        c("new-high-risk", "P3", "Cygnus", "R7"),
        c("high-risk-closed", "P4", "Dorado", "R2"),
        c("stale", "P5", "Eris"),
      ],
      notes: [
        {
          projectId: "P1",
          projectName: "Apollo",
          decisionNeeded: "Approve 2 extra testers",
          statusComment: "Vendor late",
        },
        { projectId: "P2", projectName: "Borealis", decisionNeeded: null, statusComment: null },
      ],
      stale: [{ projectId: "P5", projectName: "Eris" }],
      excluded: [{ projectId: "P6", projectName: null }],
    };
    expect(narrative(input)).toEqual([
      "Of the 10 active projects, 6 are Green, 2 Amber and 2 Red by the figures, against 8 Green, 1 Amber and 1 Red on 2026-09-30; worse now: Apollo (“Vendor late”) and Borealis; reported Green but Red by the figures for the first time: Borealis.",
      "The forecast at completion is USD 13.1M against a budget of USD 12.0M, a variance (VAC) of -USD 1.1M, worse by USD 491K since 2026-09-30; EAC grew 5% or more on Cygnus.",
      "4 milestones are overdue (2 on 2026-09-30); 1 project slipped: Apollo.",
      "There are 3 open High risks: 1 new (Cygnus) and 1 closed since 2026-09-30.",
      "A decision is asked for: Apollo: “Approve 2 extra testers”.",
      "Tracker compliance is 80% (was 90%); 1 tracker is out of date: Eris; 1 tracker has not been updated since 2026-09-30: Eris; 1 project is left out of the figures for data errors: P6.",
    ]);
  });

  it("names up to three projects, then says how many more", () => {
    expect(nameList(["A"])).toBe("A");
    expect(nameList(["A", "B"])).toBe("A and B");
    expect(nameList(["A", "B", "C"])).toBe("A, B and C");
    expect(nameList(["A", "B", "C", "D", "E"])).toBe("A, B, C and 2 more");
    const worse = ["P1", "P2", "P3", "P4"].map((id) => c("rag-worse", id, `Name ${id}`));
    const first = narrative({ ...alone, previousAsOf: "2026-09-30", changes: worse })[0];
    expect(first).toContain("worse now: Name P1, Name P2, Name P3 and 1 more.");
  });

  it("names three projects in a sentence of several lists, the later lists by their counts", () => {
    const named = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        projectId: `${prefix}${i}`,
        projectName: `${prefix}-name-${i}`,
      }));
    const stale = named("S", 2);
    const notUpdated = named("U", 3).map((p) => c("stale", p.projectId, p.projectName));
    const last = narrative({
      ...alone,
      previousAsOf: "2026-09-30",
      stale,
      changes: notUpdated,
      excluded: named("X", 3),
    }).at(-1);
    expect(last).toBe(
      "Tracker compliance is 80%; 2 trackers are out of date: S-name-0 and S-name-1; 3 trackers have not " +
        "been updated since 2026-09-30: U-name-0 and 2 more; 3 projects are left out of the figures for data errors.",
    );
  });

  it("says which files could not be read, their projects missing from the month", () => {
    expect(narrative({ ...alone, unreadable: ["Tracker - Quinn.xlsx"] }).at(-1)).toBe(
      "Tracker compliance is 80%; 1 file could not be read, so its projects are missing: Tracker - Quinn.xlsx.",
    );
    expect(narrative({ ...alone, unreadable: ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"] }).at(-1)).toBe(
      "Tracker compliance is 80%; 4 files could not be read, so their projects are missing: a.xlsx, b.xlsx, " +
        "c.xlsx and 1 more.",
    );
  });

  it("names every rag-worse and new-watermelon project of a kind of three or fewer, past three in all", () => {
    const changes = [
      ...["P1", "P2", "P3", "P4"].map((id) => c("rag-worse", id, `Name ${id}`)),
      c("new-watermelon", "P5", "Name P5"),
      c("new-watermelon", "P6", "Name P6"),
    ];
    const first = narrative({ ...alone, previousAsOf: "2026-09-30", changes })[0];
    expect(first).toContain(
      "; worse now: Name P1, Name P2, Name P3 and 1 more; reported Green but Red by the figures for the first " +
        "time: Name P5 and Name P6.",
    );
    // Five watermelons after three worse: the names are used up, so the count alone.
    const many = [
      ...changes.slice(0, 3),
      ...["Q1", "Q2", "Q3", "Q4"].map((id) => c("new-watermelon", id, id)),
    ];
    expect(narrative({ ...alone, previousAsOf: "2026-09-30", changes: many })[0]).toContain(
      "; worse now: Name P1, Name P2 and Name P3; 4 projects reported Green but Red by the figures for the first time.",
    );
  });

  it("always gives 3 to 6 sentences", () => {
    const none = narrative({
      ...alone,
      current: portfolioRow("2026-10-31", {
        active: 0,
        openHighRisks: 0,
        overdueMilestones: 0,
        compliance: null,
      }),
    });
    expect(none).toEqual([
      "There are no active projects this period.",
      "The forecast at completion is USD 13.1M against a budget of USD 12.0M, a variance (VAC) of -USD 1.1M.",
      "No milestones are overdue.",
      "There are no open High risks.",
      "Tracker compliance is n/a.",
    ]);
  });
});
