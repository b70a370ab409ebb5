import { attentionItems } from "../../../src/core/kpi/attentionItems";
import { computeKpis } from "../../../src/core/kpi/computeKpis";
import { NO_PROGRAM } from "../../../src/core/kpi/cost";
import {
  day,
  makeAllocation,
  makeFinding,
  makeMilestone,
  makePortfolio,
  makeProject,
  makeRate,
  makeResource,
  makeRisk,
  makeSettings,
} from "./factory";

describe("computeKpis", () => {
  const settings = makeSettings({ asOf: "2026-11-30" });
  const portfolio = makePortfolio({
    projects: [
      makeProject({
        projectId: "P1",
        program: "Alpha",
        status: "Green",
        budget: 4000,
        plannedValue: 3000,
        percentComplete: 0.625,
        actualCost: 2800,
      }),
      makeProject({
        projectId: "P2",
        program: "Beta",
        phase: "Closed",
        status: "Amber",
        budget: 200_000,
        plannedValue: 50_000,
        percentComplete: 0.225,
        actualCost: 60_000,
        actualFinish: day("2026-10-01"),
      }),
      makeProject({
        projectId: "P3",
        program: "Gamma",
        phase: "Cancelled",
        status: "Red",
        budget: 1_000_000,
        actualCost: 5,
      }),
      makeProject({
        projectId: "P4",
        program: null,
        phase: "Planning",
        status: "Amber",
        budget: 1000,
        startDate: day("2026-01-01"),
        baselineFinish: day("2026-06-30"),
        lastUpdated: null,
      }),
    ],
    milestones: [
      makeMilestone({ projectId: "P1", baselineDate: day("2026-11-01") }),
      makeMilestone({ projectId: "P3", baselineDate: day("2026-11-01") }),
    ],
    risks: [makeRisk({ projectId: "P1" }), makeRisk({ projectId: "P3" })],
    resources: [makeResource({ resource: "Ana", annualSalary: 104_000 })],
    rateCard: [makeRate({ role: "Developer", hourlyRate: 50 })],
    allocations: [makeAllocation({ resource: "Ana", projectId: "P1", plannedHours: 20, actualHours: 10 })],
    findings: [
      makeFinding({ projectId: "P3", severity: "error" }),
      makeFinding({ projectId: "P1", severity: "warning" }),
      makeFinding({ severity: "info" }),
    ],
  });
  const report = computeKpis(portfolio, settings);

  it("lists every project in input order, Cancelled ones included", () => {
    expect(report.projects.map((p) => `${p.projectId}:${p.phase}`)).toEqual([
      "P1:Execution",
      "P2:Closed",
      "P3:Cancelled",
      "P4:Planning",
    ]);
  });

  it("computes per-project EV, RAG, watermelon, labour cost and data quality", () => {
    const [p1, p2, , p4] = report.projects;
    expect(p1).toMatchObject({
      ev: 2500,
      pv: 3000,
      cv: -300,
      sv: -500,
      computedRag: "Red",
      watermelon: true,
    });
    expect(p1?.eac).toBeCloseTo(4480, 6);
    expect(p1).toMatchObject({ laborCost: 500, errors: 0, warnings: 1, fresh: true });
    expect(p2).toMatchObject({ computedRag: "Red", watermelon: false });
    expect(p2?.cpi).toBeCloseTo(0.75, 10);
    // P4: linear baseline fully elapsed → PV = BAC; nothing earned or spent; past due and unfinished → Red.
    expect(p4).toMatchObject({
      pv: 1000,
      ev: 0,
      spi: 0,
      cpi: null,
      eac: 1000,
      computedRag: "Red",
      fresh: false,
    });
  });

  it("totals the projects in scope and counts RAG over active projects", () => {
    const k = report.portfolio;
    expect(k).toMatchObject({ projects: 3, active: 2, bac: 205_000, pv: 54_000, ev: 47_500, ac: 62_800 });
    expect(k.spi).toBeCloseTo(47_500 / 54_000, 10);
    expect(k.cpi).toBeCloseTo(47_500 / 62_800, 10);
    expect(k.eac).toBeCloseTo(4480 + 800_000 / 3 + 1000, 6);
    expect(k.vac).toBeCloseTo(205_000 - k.eac, 6);
    expect(k.ragReported).toEqual({ Green: 1, Amber: 1, Red: 0 });
    expect(k.ragComputed).toEqual({ Green: 0, Amber: 0, Red: 2, Unknown: 0 });
    expect(k.watermelons).toBe(1);
    expect(k.compliance).toBe(0.5); // P1 compliant; P4 has no Last Updated
  });

  it("gives a project that spent but earned nothing (CPI 0) no EAC, and sums the EACs there are", () => {
    const spentNothingEarned = makeProject({
      projectId: "P5",
      budget: 10_000,
      percentComplete: 0,
      actualCost: 1_500,
      plannedValue: 2_000,
    });
    const withP5 = computeKpis(
      makePortfolio({ ...portfolio, projects: [...portfolio.projects, spentNothingEarned] }),
      settings,
    );
    const p5 = withP5.projects.find((p) => p.projectId === "P5");
    expect(p5).toMatchObject({ cpi: 0, eac: null, etc: null, vac: null, eacAtypical: 11_500 });
    expect(p5?.excluded).toBe(false);
    // Its BAC, PV and AC are in the sums; its EAC is not there to add.
    expect(withP5.portfolio.bac).toBe(215_000);
    expect(withP5.portfolio.ac).toBe(64_300);
    expect(withP5.portfolio.eac).toBeCloseTo(report.portfolio.eac, 6);
    expect(withP5.portfolio.vac).toBeCloseTo(215_000 - report.portfolio.eac, 6);
  });

  it("leaves milestones, risks and program cost of Cancelled projects out", () => {
    expect(report.milestones).toMatchObject({ total: 1, overdue: 1 });
    expect(report.risks.open).toBe(1);
    expect(report.cost.byProgram.map((r) => r.program)).toEqual(["Alpha", "Beta", NO_PROGRAM]);
    expect(report.cost.byProgram[0]?.laborCost).toBe(500);
  });

  it("summarises validation findings by severity", () => {
    expect(report.validation).toMatchObject({ errors: 1, warnings: 1, infos: 1 });
    expect(report.validation.findings).toBe(portfolio.findings);
    expect(report.asOf).toBe("2026-11-30");
  });

  it("reports an empty portfolio as zeros and nulls", () => {
    const empty = computeKpis(makePortfolio(), settings);
    const capacity = { ...empty.capacity, byResource: empty.capacity.byResource.rows() };
    expect({ ...empty, capacity }).toEqual({
      asOf: "2026-11-30",
      settings,
      portfolio: {
        projects: 0,
        active: 0,
        bac: 0,
        pv: 0,
        ev: 0,
        ac: 0,
        sv: 0,
        cv: 0,
        spi: null,
        cpi: null,
        eac: 0,
        vac: 0,
        ragReported: { Green: 0, Amber: 0, Red: 0 },
        ragComputed: { Green: 0, Amber: 0, Red: 0, Unknown: 0 },
        watermelons: 0,
        compliance: null,
        counted: 0,
        excluded: [],
      },
      projects: [],
      milestones: { total: 0, completed: 0, hitRate: null, overdue: 0, upcoming: 0, avgSlipDays: null },
      dependencies: [],
      risks: {
        open: 0,
        high: 0,
        medium: 0,
        low: 0,
        overdue: 0,
        heatmap: Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]),
        systemic: [],
      },
      capacity: {
        byResource: [],
        byRole: [],
        byDepartment: [],
        byMonth: [],
        averageUtilization: null,
        unallocated: { people: 0, capacityHoursPerMonth: 0 },
      },
      salary: [],
      cost: { byProgram: [], byRole: [], byMonth: [] },
      rates: [],
      unpricedHours: 0,
      attention: [],
      validation: { errors: 0, warnings: 0, infos: 0, findings: [] },
    });
    expect(JSON.stringify(empty)).not.toMatch(/Infinity|NaN/);
  });

  it("never emits Infinity or NaN when every money field is blank", () => {
    const blank = makeProject({
      budget: null,
      actualCost: null,
      percentComplete: null,
      startDate: null,
      baselineFinish: null,
    });
    const json = JSON.stringify(computeKpis(makePortfolio({ projects: [blank] }), settings));
    expect(json).not.toMatch(/Infinity|NaN/);
  });

  it("lists the attention items it is handed rather than listing them again", () => {
    const items = attentionItems(portfolio, settings.asOf);
    expect(computeKpis(portfolio, settings, items).attention).toEqual(report.attention);
    const handed = {
      overdueMilestones: [
        { projectId: "P1", milestone: "Go-live", baselineDate: "2026-11-01", daysOverdue: 29 },
      ],
      overdueRisks: [],
    };
    const p1 = computeKpis(portfolio, settings, handed).attention.find((e) => e.projectId === "P1");
    expect(p1?.reasons).toContainEqual({
      kind: "overdue-milestone",
      text: '1 overdue milestone: "Go-live" 29 days',
    });
  });

  it("rejects an as-of date that is not ISO", () => {
    expect(() => computeKpis(makePortfolio(), makeSettings({ asOf: "30/11/2026" }))).toThrow(/YYYY-MM-DD/);
  });
});
