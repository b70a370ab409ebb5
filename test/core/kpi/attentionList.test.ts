import { attentionList } from "../../../src/core/kpi/attentionList";
import { computeKpis } from "../../../src/core/kpi/computeKpis";
import type { Exclusion } from "../../../src/core/kpi/projectSelection";
import { makeProjectKpis } from "../plan/support/makeReport";
import { day, makeFinding, makePortfolio, makeProject, makeSettings } from "./factory";

const asOf = day("2026-11-30");

describe("attentionList", () => {
  const rows = ["A", "B", "C", "D", "E", "F", "G"].map((id) =>
    makeProject({ projectId: id, projectManager: `PM ${id}`, lastUpdated: day("2026-11-20") }),
  );
  const projects = [
    makeProjectKpis({ projectId: "A" }), // stale + overdue milestone: 2 reasons
    makeProjectKpis({ projectId: "B", computedRag: "Red", spi: 0.7, cpi: 1 }),
    makeProjectKpis({ projectId: "C", computedRag: "Red", spi: 0.9, cpi: 0.8, watermelon: true }),
    makeProjectKpis({ projectId: "D", excluded: true, computedRag: null, spi: null, cpi: null }),
    makeProjectKpis({ projectId: "E", fresh: false }), // 1 reason
    makeProjectKpis({ projectId: "F" }), // nothing
    makeProjectKpis({ projectId: "G", phase: "Closed", fresh: false }), // not active
  ];
  const exclusions = new Map<string, Exclusion>([
    [
      "D",
      { reason: "Budget shows the Excel error #N/A at Projects!H5", budgetValid: false, duplicate: false },
    ],
  ]);
  const list = attentionList({
    projects: projects.map((p) => (p.projectId === "A" ? { ...p, fresh: false } : p)),
    rows: rows.map((r) =>
      r.projectId === "A" || r.projectId === "E" ? { ...r, lastUpdated: day("2026-10-01") } : r,
    ),
    items: {
      overdueMilestones: [
        { projectId: "A", milestone: "Go-live", baselineDate: "2026-11-09", daysOverdue: 21 },
        { projectId: "A", milestone: "UAT", baselineDate: "2026-11-29", daysOverdue: 1 },
        { projectId: "A", milestone: "Build", baselineDate: "2026-11-25", daysOverdue: 5 },
      ],
      overdueRisks: [
        {
          riskId: "R1",
          projectId: "E",
          title: "Low one",
          owner: null,
          dueDate: "2026-11-01",
          daysOverdue: 29,
          score: 4,
        },
      ],
    },
    exclusions,
    asOf,
    ragAmber: 0.85,
  });

  it("orders excluded, Red, watermelon, then by number of reasons, then Project ID; active projects only", () => {
    expect(list.map((e) => e.projectId)).toEqual(["D", "C", "B", "A", "E"]);
  });

  it("gives one reason per kind with the Project Manager", () => {
    expect(list.find((e) => e.projectId === "A")).toEqual({
      projectId: "A",
      projectName: "Project A",
      projectManager: "PM A",
      reasons: [
        {
          kind: "overdue-milestone",
          text: '3 overdue milestones: "Go-live" 21 days, "UAT" 1 day and 1 more',
        },
        { kind: "stale", text: "not updated for 60 days" },
      ],
    });
    expect(list.find((e) => e.projectId === "C")?.reasons).toEqual([
      { kind: "red", text: "computed Red (CPI 0.80)" },
      { kind: "watermelon", text: "watermelon: reported Green, computed Red" },
    ]);
    // A Low risk past due is not a reason; only High risks are.
    expect(list.find((e) => e.projectId === "E")?.reasons.map((r) => r.kind)).toEqual(["stale"]);
    expect(list.find((e) => e.projectId === "D")?.reasons[0]).toEqual({
      kind: "excluded",
      text: "left out of the totals: Budget shows the Excel error #N/A at Projects!H5",
    });
  });

  it("says how far past its finish a project is, quoting % Complete only where it is valid", () => {
    const late = (id: string, excluded: boolean) =>
      attentionList({
        projects: [makeProjectKpis({ projectId: id, excluded, computedRag: excluded ? null : "Red" })],
        rows: [makeProject({ projectId: id, baselineFinish: day("2026-11-10"), percentComplete: null })],
        items: { overdueMilestones: [], overdueRisks: [] },
        exclusions: excluded
          ? new Map([
              [
                id,
                {
                  reason: "% Complete 140 % is above the maximum of 100 % at Projects!J2",
                  budgetValid: true,
                  duplicate: false,
                },
              ],
            ])
          : new Map(),
        asOf,
        ragAmber: 0.85,
      })[0]?.reasons.find((r) => r.kind === "past-finish")?.text;
    // A blank % Complete counts as 0; an invalid one (the project excluded for it) is not quoted as 0 %.
    expect(late("P1", false)).toBe("20 days past Baseline Finish at 0 % complete");
    expect(late("P2", true)).toBe("20 days past Baseline Finish");
  });
});

describe("a Budget with an error", () => {
  it("excludes the project, with bac null as well as every earned-value figure", () => {
    const portfolio = makePortfolio({
      projects: [makeProject({ projectId: "P1", budget: null, actualCost: 10 })],
      bindings: [
        {
          table: "projects",
          file: "tracker.xlsx",
          sheet: "Projects",
          headerRow: 1,
          columns: { projectId: { col: 1, header: "Project ID" }, budget: { col: 8, header: "Budget ($)" } },
          missingRequired: [],
          unknownHeaders: [],
        },
      ],
      findings: [
        makeFinding({
          projectId: "P1",
          cell: "H2",
          column: "Budget ($)",
          rule: "excel-error",
          message: "Budget ($) shows the Excel error #N/A; fix the formula or enter a value.",
        }),
      ],
    });
    const report = computeKpis(portfolio, makeSettings());
    expect(report.projects[0]).toMatchObject({ excluded: true, bac: null, ac: null, computedRag: null });
    expect(report.portfolio.excluded).toEqual([
      { projectId: "P1", reason: "Budget ($) shows the Excel error #N/A at Projects!H2" },
    ]);
    expect(report.portfolio).toMatchObject({ projects: 1, counted: 0, bac: 0, spi: null, cpi: null });
  });
});
