import { dayFromIso, isoFromMonth, monthOfDay, workingDaysInMonth } from "../../../src/core/model/calendar";
import type { ExampleOptions } from "../../../src/core/example";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio, PMO_ROLES } from "../../../src/core/example";
import {
  daysBetween,
  isoOf,
  numberOf,
  optionalIso,
  percentOf,
  recordsOf,
  sheetOf,
  textOf,
} from "./sheetRecords";

const AS_OF = "2026-11-30";
const DEMO: ExampleOptions = { ...DEMO_EXAMPLE_OPTIONS, asOf: AS_OF };
const demo = generateExamplePortfolio(DEMO);

describe("generateExamplePortfolio: determinism and size", () => {
  it("gives identical output for the same seed and different output for another seed", () => {
    expect(JSON.stringify(generateExamplePortfolio(DEMO))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateExamplePortfolio({ ...DEMO, seed: 7 }))).not.toBe(JSON.stringify(demo));
  });

  it("writes the template's sheets with the requested numbers of projects and resources", () => {
    expect(demo.sheets.map((s) => s.name)).toEqual([
      "Projects",
      "Milestones",
      "Risk Register",
      "Resources",
      "Allocations",
      "Dependencies",
      "Salary Benchmarks",
      "Rate Card",
    ]);
    expect(sheetOf(demo, "Projects").rows).toHaveLength(40);
    expect(sheetOf(demo, "Resources").rows).toHaveLength(60);
    const programs = new Set(recordsOf(demo, "Projects").map((p) => p["Program"]));
    expect(programs).toEqual(
      new Set(["Digital Customer", "Finance Transformation", "Data & Analytics", "Workplace Modernisation"]),
    );
  });

  it("puts a two-row title block and aliased headers on the Projects sheet", () => {
    const projects = sheetOf(demo, "Projects");
    expect(projects.titleRows).toHaveLength(2);
    expect(projects.header).toEqual(expect.arrayContaining(["Budget ($)", "RAG Status", "Actual Cost ($)"]));
  });

  it("allocates 12 months ending at the as-of month, then 3 months of planned hours without actuals", () => {
    const records = recordsOf(demo, "Allocations");
    const months = new Set(records.map((a) => isoOf(a["Month"]).slice(0, 7)));
    const last = monthOfDay(dayFromIso(AS_OF) ?? 0);
    expect([...months].sort()).toEqual(Array.from({ length: 15 }, (_, i) => isoFromMonth(last - 11 + i)));
    const ahead = records.filter((a) => isoOf(a["Month"]).slice(0, 7) > isoFromMonth(last));
    expect(ahead.length).toBeGreaterThan(0);
    expect(ahead.every((a) => a["Actual Hours"] === null && (a["Planned Hours"] as number) > 0)).toBe(true);
  });

  it("makes exactly allocationRows rows and leaves every other sheet unchanged", () => {
    const sized = generateExamplePortfolio({ ...DEMO, allocationRows: 1234 });
    expect(sheetOf(sized, "Allocations").rows).toHaveLength(1234);
    for (const name of ["Projects", "Milestones", "Risk Register", "Resources", "Dependencies"]) {
      expect(sheetOf(sized, name)).toEqual(sheetOf(demo, name));
    }
  });

  it("rejects options it cannot honour with a message naming the option", () => {
    expect(() => generateExamplePortfolio({ ...DEMO, asOf: "30/11/2026" })).toThrow(
      "asOf must be an ISO date",
    );
    expect(() => generateExamplePortfolio({ ...DEMO, projects: 0 })).toThrow("projects must be");
    expect(() => generateExamplePortfolio({ ...DEMO, projects: 5, withErrors: true })).toThrow("at least 10");
    expect(() => generateExamplePortfolio({ ...DEMO, resources: 10 })).toThrow("at least 23 resources");
    expect(() => generateExamplePortfolio({ ...DEMO, allocationRows: 10_000_000 })).toThrow(
      "allocation rows",
    );
  });
});

describe("generateExamplePortfolio: people", () => {
  const resources = recordsOf(demo, "Resources");
  const byRole = new Map<string, Record<string, unknown>[]>();
  for (const r of resources) byRole.set(textOf(r["Role"]), [...(byRole.get(textOf(r["Role"])) ?? []), r]);

  it("has every PMO role and the delivery roles", () => {
    for (const role of [
      ...PMO_ROLES,
      "Business Analyst",
      "Solution Architect",
      "Software Engineer",
      "QA Engineer",
    ]) {
      expect(byRole.get(role)?.length ?? 0).toBeGreaterThan(0);
    }
    expect(byRole.get("Program Manager")).toHaveLength(4);
    expect(byRole.get("Project Manager")).toHaveLength(10);
  });

  it("keeps some roles below 3 salaried people so salary suppression shows, and others above", () => {
    const salaried = (role: string) =>
      (byRole.get(role) ?? []).filter((r) => r["Annual Salary"] !== null).length;
    expect(salaried("PMO Director")).toBe(1);
    expect(salaried("Solution Architect")).toBe(2);
    expect(salaried("Software Engineer")).toBeGreaterThanOrEqual(3);
  });

  it("has unique names and a salary or an hourly rate for everyone", () => {
    expect(new Set(resources.map((r) => r["Resource"])).size).toBe(resources.length);
    for (const r of resources) expect(r["Annual Salary"] !== null || r["Hourly Rate"] !== null).toBe(true);
  });

  it("has a salary benchmark for every role", () => {
    const benchmarks = recordsOf(demo, "Salary Benchmarks");
    expect(new Set(benchmarks.map((b) => b["Role"]))).toEqual(new Set(byRole.keys()));
    for (const b of benchmarks) expect(numberOf(b["Market Max"])).toBeGreaterThan(numberOf(b["Market Min"]));
  });

  it("over-allocates some people in some months and under-uses others", () => {
    const capacity = new Map(resources.map((r) => [r["Resource"], numberOf(r["Weekly Capacity"])]));
    const planned = new Map<string, number>();
    for (const a of recordsOf(demo, "Allocations")) {
      const key = `${textOf(a["Resource"])}|${isoOf(a["Month"])}`;
      planned.set(key, (planned.get(key) ?? 0) + numberOf(a["Planned Hours"]));
    }
    const over = new Set<string>();
    const under = new Set<string>();
    for (const [key, hours] of planned) {
      const [name = "", month = ""] = key.split("|");
      const hoursAvailable =
        ((capacity.get(name) ?? 0) * workingDaysInMonth(monthOfDay(dayFromIso(month) ?? 0))) / 5;
      if (hours / hoursAvailable > 1) over.add(name);
      if (hours / hoursAvailable < 0.5) under.add(name);
    }
    expect(over.size).toBeGreaterThanOrEqual(3);
    expect(under.size).toBeGreaterThanOrEqual(3);
  });
});

describe("generateExamplePortfolio: projects tell a story", () => {
  const projects = recordsOf(demo, "Projects");

  /** computedRag per kpi-definitions.md, recomputed here from the sheet. */
  function computedRag(p: Record<string, unknown>): string {
    const budget = numberOf(p["Budget ($)"] as never);
    const start = isoOf(p["Start Date"] as never);
    const finish = isoOf(p["Baseline Finish"] as never);
    const pc = percentOf(p["% Complete"] as never);
    const fraction = Math.min(1, Math.max(0, daysBetween(start, AS_OF) / daysBetween(start, finish)));
    const pv =
      p["Planned Value ($)"] === null ? budget * fraction : numberOf(p["Planned Value ($)"] as never);
    const ev = budget * pc;
    const ac = numberOf(p["Actual Cost ($)"] as never);
    if (AS_OF > finish && pc < 1 && p["Actual Finish"] === null) return "Red";
    const grade = (x: number | null) => (x === null || x >= 0.95 ? 0 : x >= 0.85 ? 1 : 2);
    const worst = Math.max(grade(pv > 0 ? ev / pv : null), grade(ac > 0 ? ev / ac : null));
    return ["Green", "Amber", "Red"][worst] ?? "";
  }

  it("has watermelons (reported Green, computed Red) and otherwise never reports better than Amber→Green", () => {
    const watermelons = projects.filter((p) => p["RAG Status"] === "Green" && computedRag(p) === "Red");
    expect(watermelons).toHaveLength(2);
    for (const p of projects) {
      if (p["RAG Status"] !== "Green" && p["RAG Status"] !== computedRag(p))
        throw new Error(`${p["Project ID"]}`);
    }
  });

  it("has projects behind schedule and over budget", () => {
    const rags = projects.map(computedRag);
    expect(rags.filter((r) => r === "Red").length).toBeGreaterThanOrEqual(3);
    expect(rags.filter((r) => r === "Amber").length).toBeGreaterThanOrEqual(2);
    expect(rags.filter((r) => r === "Green").length).toBeGreaterThanOrEqual(10);
  });

  it("keeps budgets in 50k–5M, PV within budget and dates in order", () => {
    for (const p of projects) {
      const budget = numberOf(p["Budget ($)"]);
      expect(budget).toBeGreaterThanOrEqual(50_000);
      expect(budget).toBeLessThanOrEqual(5_000_000);
      if (p["Planned Value ($)"] !== null)
        expect(numberOf(p["Planned Value ($)"])).toBeLessThanOrEqual(budget);
      const start = isoOf(p["Start Date"]);
      expect(isoOf(p["Baseline Finish"]) > start).toBe(true);
      const forecast = optionalIso(p["Forecast Finish"]);
      if (forecast !== null) expect(forecast >= start).toBe(true);
      const actual = optionalIso(p["Actual Finish"]);
      if (actual !== null) expect(actual >= start && actual <= AS_OF).toBe(true);
      const pc = percentOf(p["% Complete"]);
      expect(pc >= 0 && pc <= 1).toBe(true);
      if (pc === 1) expect(["Closing", "Closed"]).toContain(p["Phase"]);
      expect(textOf(p["Project Manager"]).length).toBeGreaterThan(0);
    }
  });

  it("has some stale Last Updated dates (older than 35 days) but mostly fresh ones", () => {
    const stale = projects.filter((p) => daysBetween(isoOf(p["Last Updated"]), AS_OF) > 35).length;
    expect(stale).toBeGreaterThanOrEqual(1);
    expect(stale).toBeLessThan(projects.length / 3);
  });
});

describe("generateExamplePortfolio: milestones, risks and dependencies", () => {
  const projectIds = new Set(recordsOf(demo, "Projects").map((p) => p["Project ID"]));
  const milestones = recordsOf(demo, "Milestones");

  it("gives each project 3–6 milestones and completes only with an actual date on or before as-of", () => {
    const perProject = new Map<unknown, number>();
    for (const m of milestones) perProject.set(m["Project ID"], (perProject.get(m["Project ID"]) ?? 0) + 1);
    expect(new Set(perProject.keys())).toEqual(projectIds);
    for (const n of perProject.values()) expect(n >= 3 && n <= 6).toBe(true);
    for (const m of milestones) {
      const actual = optionalIso(m["Actual Date"]);
      if (m["Status"] === "Complete" || m["Status"] === "Done") expect(actual).not.toBeNull();
      if (actual !== null) expect(actual <= AS_OF).toBe(true);
    }
  });

  it("has late, overdue and upcoming milestones", () => {
    const late = milestones.filter((m) => {
      const actual = optionalIso(m["Actual Date"]);
      return actual !== null && actual > isoOf(m["Baseline Date"]);
    });
    const open = milestones.filter((m) => m["Actual Date"] === null);
    const overdue = open.filter((m) => isoOf(m["Baseline Date"]) < AS_OF);
    const upcoming = open.filter((m) => {
      const days = daysBetween(AS_OF, isoOf(m["Baseline Date"]));
      return days > 0 && days <= 30;
    });
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(upcoming.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps a RAID-style register: issues and assumptions, mixed scales, systemic categories", () => {
    const risks = recordsOf(demo, "Risk Register");
    const types = new Set(risks.map((r) => r["RAID Type"]));
    expect(types).toEqual(new Set(["Risk", "Issue", "Assumption"]));
    const likelihoods = risks.map((r) => r["Likelihood"]);
    expect(likelihoods.some((v) => typeof v === "number")).toBe(true);
    expect(likelihoods.some((v) => typeof v === "string")).toBe(true);
    const projectsByCategory = new Map<unknown, Set<unknown>>();
    for (const r of risks) {
      if (r["RAID Type"] !== "Risk" || r["Status"] === "Closed") continue;
      const set = projectsByCategory.get(r["Category"]) ?? new Set();
      set.add(r["Project ID"]);
      projectsByCategory.set(r["Category"], set);
    }
    expect([...projectsByCategory.values()].some((s) => s.size >= 3)).toBe(true);
    expect(new Set(risks.map((r) => r["Risk ID"])).size).toBe(risks.length);
    for (const r of risks) expect(projectIds.has(r["Project ID"])).toBe(true);
    expect(risks.some((r) => r["Status"] !== "Closed" && isoOf(r["Due Date"]) < AS_OF)).toBe(true);
  });

  it("links existing milestones across projects, some at risk and some not", () => {
    const expected = new Map(
      milestones.map((m) => [
        `${textOf(m["Project ID"])}|${textOf(m["Milestone"])}`,
        optionalIso(m["Actual Date"]) ?? optionalIso(m["Forecast Date"]) ?? isoOf(m["Baseline Date"]),
      ]),
    );
    const deps = recordsOf(demo, "Dependencies");
    expect(deps.length).toBeGreaterThanOrEqual(3);
    const atRisk = deps.map((d) => {
      const from = expected.get(`${textOf(d["From Project"])}|${textOf(d["From Milestone"])}`);
      const to = expected.get(`${textOf(d["To Project"])}|${textOf(d["To Milestone"])}`);
      if (from === undefined || to === undefined) throw new Error(`dangling dependency ${JSON.stringify(d)}`);
      expect(d["From Project"]).not.toBe(d["To Project"]);
      return from > to;
    });
    expect(atRisk).toContain(true);
    expect(atRisk).toContain(false);
  });

  it("refers only to existing projects and resources in allocations", () => {
    const people = new Set(recordsOf(demo, "Resources").map((r) => r["Resource"]));
    for (const a of recordsOf(demo, "Allocations")) {
      expect(projectIds.has(a["Project ID"])).toBe(true);
      expect(people.has(a["Resource"])).toBe(true);
    }
  });
});

describe("generateExamplePortfolio: benchmark size", () => {
  it("generates 5,000 projects and 200,000 allocation rows in one linear pass", () => {
    const started = performance.now();
    const big = generateExamplePortfolio({
      ...DEMO,
      projects: 5000,
      programs: 20,
      resources: 2000,
      allocationRows: 200_000,
    });
    const ms = Math.round(performance.now() - started);
    console.log(`generateExamplePortfolio 5,000 projects / 200,000 allocations: ${ms} ms`);
    expect(sheetOf(big, "Projects").rows).toHaveLength(5000);
    expect(sheetOf(big, "Allocations").rows).toHaveLength(200_000);
    const ids = recordsOf(big, "Projects").map((p) => p["Project ID"]);
    expect(new Set(ids).size).toBe(5000);
    const names = recordsOf(big, "Resources").map((r) => r["Resource"]);
    expect(new Set(names).size).toBe(2000);
  });
});
