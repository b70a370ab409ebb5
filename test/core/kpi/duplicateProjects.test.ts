import { attentionItems } from "../../../src/core/kpi/attentionItems";
import { computeKpis } from "../../../src/core/kpi/computeKpis";
import { uniqueProjects } from "../../../src/core/kpi/uniqueProjects";
import {
  day,
  makeAllocation,
  makeFinding,
  makeMilestone,
  makePortfolio,
  makeProject,
  makeResource,
  makeSettings,
} from "./factory";

/** A Project ID used twice is an error finding; the KPIs count the project once, from its first row. */
describe("a duplicated Project ID", () => {
  const settings = makeSettings({ asOf: "2026-11-30" });
  const first = makeProject({ projectId: "P1", projectName: "First", budget: 1000, actualCost: 100 });
  const second = makeProject({
    projectId: "P1",
    projectName: "Second",
    phase: "Cancelled",
    budget: 5000,
    actualCost: 900,
  });
  const other = makeProject({ projectId: "P2", projectName: "Other", budget: 2000, actualCost: 0 });
  const otherAgain = makeProject({
    projectId: "P2",
    projectName: "Other again",
    budget: 7000,
    actualCost: 50,
  });
  const portfolio = makePortfolio({
    projects: [first, other, second, otherAgain],
    resources: [makeResource({ resource: "Ana", annualSalary: 104_000 })], // 50 / h
    allocations: [
      makeAllocation({ resource: "Ana", projectId: "P1", actualHours: 10 }),
      makeAllocation({ resource: "Ana", projectId: "P2", actualHours: 4 }),
    ],
    milestones: [makeMilestone({ projectId: "P1", baselineDate: day("2026-11-01") })],
    findings: [
      makeFinding({ projectId: "P1", rule: "duplicate-id", cell: "A4", row: 4 }),
      makeFinding({ projectId: "P2", rule: "duplicate-id", cell: "A5", row: 5 }),
    ],
  });
  const report = computeKpis(portfolio, settings);

  it("keeps the first row of each Project ID, in input order", () => {
    expect(uniqueProjects(portfolio.projects)).toEqual([first, other]);
    expect(uniqueProjects([first, other])).toEqual([first, other]);
    expect(report.projects.map((p) => [p.projectId, p.projectName])).toEqual([
      ["P1", "First"],
      ["P2", "Other"],
    ]);
  });

  it("counts the project once in the totals and its labour cost once", () => {
    expect(report.portfolio).toMatchObject({ projects: 2, active: 2, bac: 3000, ac: 100 });
    expect(report.projects.map((p) => p.laborCost)).toEqual([500, 200]);
    expect(report.cost.byProgram).toMatchObject([{ program: "Alpha", bac: 3000, ac: 100, laborCost: 700 }]);
  });

  it("takes the phase from the first row, so the project stays in scope", () => {
    expect(report.milestones).toMatchObject({ total: 1, overdue: 1 });
    expect(attentionItems(portfolio, settings.asOf).overdueMilestones).toHaveLength(1);
  });

  it("charges the duplicate's error to the project that is kept", () => {
    expect(report.projects.map((p) => p.errors)).toEqual([1, 1]);
    expect(report.portfolio.compliance).toBe(0);
  });
});
