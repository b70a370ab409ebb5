/**
 * Pay is personal (kpi-definitions v2, "labour is priced by role, never by person"): for random
 * portfolios, no labour-cost figure — in the KPI JSON (project, program, role, month) or anywhere on
 * the labour columns of the Cost & Salary sheet and the labour charts' caches — divided by any natural set of hours (a person's
 * hours on a project, in a month, on a project in a month, in total; one allocation row; a project's
 * or a month's hours) equals a person's own rate, unless that rate is also a role's published rate.
 */
import fc from "fast-check";
import { computeKpis } from "../../../src/core/kpi/computeKpis";
import { hourlyRate } from "../../../src/core/kpi/cost";
import type { KpiReport } from "../../../src/core/kpi/report";
import type { Allocation, Resource } from "../../../src/core/model/portfolio";
import { buildDashboardPlan } from "../../../src/core/plan/buildDashboardPlan";
import { SHEET_NAMES } from "../../../src/core/model/ownedSheets";
import { sheetByName } from "../plan/support/planCells";
import {
  makeAllocation,
  makeBenchmark,
  makePortfolio,
  makeProject,
  makeRate,
  makeResource,
  makeSettings,
  month,
} from "./factory";

const ROLES = ["Developer", "Tester", "Architect"] as const;
const PROJECTS = ["P1", "P2", "P3"] as const;
const MONTHS = ["2026-09", "2026-10", "2026-11"] as const;
const HOURS_PER_YEAR = 2080;

const personArb = fc.record({
  role: fc.constantFrom(...ROLES),
  // Either an Annual Salary or a typed Hourly Rate (in cents), as trackers hold them.
  salary: fc.option(fc.integer({ min: 40_000, max: 220_000 }), { nil: null }),
  hourlyCents: fc.integer({ min: 2_000, max: 15_000 }),
});
const allocationArb = fc.record({
  person: fc.nat(),
  project: fc.constantFrom(...PROJECTS),
  month: fc.constantFrom(...MONTHS),
  planned: fc.integer({ min: 0, max: 200 }),
  actual: fc.integer({ min: 0, max: 200 }),
});
const portfolioArb = fc.record({
  people: fc.array(personArb, { minLength: 1, maxLength: 8 }),
  allocations: fc.array(allocationArb, { minLength: 1, maxLength: 20 }),
  card: fc
    .subarray([...ROLES])
    .chain((roles) =>
      fc.tuple(
        fc.constant(roles),
        fc.array(fc.integer({ min: 30, max: 120 }), { minLength: 3, maxLength: 3 }),
      ),
    ),
  benchmarked: fc.subarray([...ROLES]),
});

type Generated = fc.Arbitrary<typeof portfolioArb extends fc.Arbitrary<infer T> ? T : never>;

function build(input: Generated extends fc.Arbitrary<infer T> ? T : never) {
  const resources: Resource[] = input.people.map((p, i) =>
    makeResource({
      resource: `Person ${i}`,
      role: p.role,
      annualSalary: p.salary,
      hourlyRate: p.salary === null ? p.hourlyCents / 100 : null,
    }),
  );
  const allocations: Allocation[] = input.allocations.map((a) =>
    makeAllocation({
      resource: `Person ${a.person % resources.length}`,
      projectId: a.project,
      month: month(a.month),
      plannedHours: a.planned,
      actualHours: a.actual,
    }),
  );
  const [cardRoles, cardRates] = input.card;
  const portfolio = makePortfolio({
    projects: PROJECTS.map((id, i) => makeProject({ projectId: id, program: i === 2 ? "Beta" : "Alpha" })),
    resources,
    allocations,
    rateCard: cardRoles.map((role, i) => makeRate({ role, hourlyRate: cardRates[i] ?? 50 })),
    salaryBenchmarks: input.benchmarked.map((role) =>
      makeBenchmark({ role, marketMin: 90_000, marketMax: 130_000 }),
    ),
  });
  const settings = makeSettings({ asOf: "2026-11-30", hoursPerYear: HOURS_PER_YEAR });
  return { resources, allocations, report: computeKpis(portfolio, settings) };
}

/** Every labour-cost figure of the JSON. */
function jsonLabourFigures(report: KpiReport): number[] {
  const out: number[] = [];
  for (const p of report.projects) out.push(p.laborCost, p.plannedLaborCost);
  for (const g of [...report.cost.byProgram, ...report.cost.byRole, ...report.cost.byMonth]) {
    out.push(g.laborCost, g.plannedLaborCost);
  }
  return out;
}

/**
 * Every labour figure of the dashboard: the cells under a "labour" header on the Cost & Salary sheet
 * (by project, program, role, month) and the cache of every chart series about labour.
 */
function planFigures(report: KpiReport): number[] {
  const plan = buildDashboardPlan({
    report,
    attention: { overdueMilestones: [], overdueRisks: [] },
    portfolioName: "Random",
    generatedAt: "2026-11-30 08:00 UTC",
  });
  const out: number[] = [];
  const cost = sheetByName(plan, SHEET_NAMES.cost);
  const labourColumns = new Map<string, number[]>();
  for (const block of cost.blocks) {
    const header = block.cells[0] ?? [];
    if (header.length > 0 && header.every((c) => c.style?.startsWith("tableHeader") === true)) {
      const columns = header.flatMap((c, i) => (/labour/i.test(String(c.value)) ? [i] : []));
      labourColumns.set(`${block.row + 1}:${block.col}`, columns);
      continue;
    }
    const columns = labourColumns.get(`${block.row}:${block.col}`) ?? [];
    for (const row of block.cells) {
      for (const i of columns) {
        const value = row[i]?.value;
        if (typeof value === "number") out.push(value);
      }
    }
  }
  expect(out.length).toBeGreaterThan(0);
  for (const sheet of plan.sheets) {
    for (const chart of sheet.charts) {
      for (const s of chart.series) {
        if (!/labour/i.test(s.name)) continue;
        for (const v of s.valueCache) if (typeof v === "number") out.push(v);
      }
    }
  }
  return out;
}

/** Natural sets of hours someone could divide a figure by. */
function hourSets(allocations: readonly Allocation[]): number[] {
  const sums = new Map<string, number>();
  const add = (key: string, hours: number) => sums.set(key, (sums.get(key) ?? 0) + hours);
  allocations.forEach((a, index) => {
    for (const [kind, hours] of [
      ["actual", a.actualHours ?? 0],
      ["planned", a.plannedHours ?? 0],
    ] as const) {
      const who = a.resource;
      add(`${kind}|row|${index}`, hours);
      add(`${kind}|${who}|${a.projectId}`, hours);
      add(`${kind}|${who}|${a.month}`, hours);
      add(`${kind}|${who}|${a.projectId}|${a.month}`, hours);
      add(`${kind}|${who}`, hours);
      add(`${kind}|project|${a.projectId}`, hours);
      add(`${kind}|month|${a.month}`, hours);
    }
  });
  return [...sums.values()].filter((h) => h > 0);
}

/** The (figure, hours, rate) that reveal a personal rate which is not a role's published rate. */
export function leaks(
  figures: readonly number[],
  hours: readonly number[],
  personalRates: readonly number[],
  published: readonly number[],
): [number, number, number][] {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  const secret = personalRates.filter((r) => !published.some((p) => close(p, r)));
  const found: [number, number, number][] = [];
  for (const f of figures) {
    if (!(f > 0)) continue;
    for (const h of hours) for (const r of secret) if (close(f / h, r)) found.push([f, h, r]);
  }
  return found;
}

describe("labour cost never reveals one person's pay", () => {
  it("finds the leak a per-person price would have made (the check can fail)", () => {
    // One person on a project: cost / hours is her rate.
    expect(leaks([10 * 49.28], [10], [49.28], [])).toEqual([[492.8, 10, 49.28]]);
    expect(leaks([10 * 49.28], [10], [49.28], [49.28])).toEqual([]);
  });

  it("holds for random portfolios, in the JSON and on the dashboard", () => {
    fc.assert(
      fc.property(portfolioArb, (input) => {
        const { resources, allocations, report } = build(input);
        const personal = resources
          .map((r) => hourlyRate(r, HOURS_PER_YEAR))
          .filter((r): r is number => r !== null);
        const published = report.rates.map((r) => r.hourlyRate).filter((r): r is number => r !== null);
        const hours = hourSets(allocations);
        expect(leaks(jsonLabourFigures(report), hours, personal, published)).toEqual([]);
        expect(leaks(planFigures(report), hours, personal, published)).toEqual([]);
      }),
      { seed: 20_261_130, numRuns: 150 },
    );
  });
});
