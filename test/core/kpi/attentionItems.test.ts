import { attentionItems } from "../../../src/core/kpi/attentionItems";
import { day, makeMilestone, makePortfolio, makeProject, makeRisk } from "./factory";

describe("attentionItems", () => {
  const projects = [makeProject({ projectId: "P-1" }), makeProject({ projectId: "P-9", phase: "Cancelled" })];

  it("lists overdue milestones most overdue first, leaving out done, future and cancelled ones", () => {
    const portfolio = makePortfolio({
      projects,
      milestones: [
        makeMilestone({ projectId: "P-1", milestone: "Design", baselineDate: day("2026-11-20") }),
        makeMilestone({ projectId: "P-1", milestone: "Build", baselineDate: day("2026-10-31") }),
        makeMilestone({
          projectId: "P-1",
          milestone: "Done",
          baselineDate: day("2026-10-01"),
          actualDate: day("2026-10-02"),
        }),
        makeMilestone({ projectId: "P-1", milestone: "Today", baselineDate: day("2026-11-30") }),
        makeMilestone({ projectId: "P-9", milestone: "Cancelled", baselineDate: day("2026-10-01") }),
      ],
    });
    expect(attentionItems(portfolio, "2026-11-30").overdueMilestones).toEqual([
      { projectId: "P-1", milestone: "Build", baselineDate: "2026-10-31", daysOverdue: 30 },
      { projectId: "P-1", milestone: "Design", baselineDate: "2026-11-20", daysOverdue: 10 },
    ]);
  });

  it("lists open risks past their due date with their score", () => {
    const portfolio = makePortfolio({
      projects,
      risks: [
        makeRisk({
          riskId: "R-1",
          projectId: "P-1",
          probability: 5,
          impact: 4,
          status: "Open",
          dueDate: day("2026-11-01"),
        }),
        makeRisk({ riskId: "R-2", projectId: "P-1", status: "Closed", dueDate: day("2026-11-01") }),
        makeRisk({ riskId: "R-3", projectId: "P-1", status: "Mitigating", dueDate: day("2026-12-01") }),
      ],
    });
    const [risk, ...rest] = attentionItems(portfolio, "2026-11-30").overdueRisks;
    expect(rest).toEqual([]);
    expect(risk).toMatchObject({ riskId: "R-1", score: 20, dueDate: "2026-11-01", daysOverdue: 29 });
  });
});
