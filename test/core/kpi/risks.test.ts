import { riskKpis, riskScore, riskSeverity } from "../../../src/core/kpi/risks";
import { day, makeRisk } from "./factory";

describe("risks", () => {
  const asOf = day("2026-11-30");

  it("scores Probability × Impact into severity bands at 15 and 8", () => {
    expect(riskScore(5, 3)).toBe(15);
    expect(riskSeverity(15)).toBe("High");
    expect(riskSeverity(14)).toBe("Medium");
    expect(riskSeverity(8)).toBe("Medium");
    expect(riskSeverity(6)).toBe("Low");
  });

  it("counts open risks into severities, the heat map and overdue", () => {
    const k = riskKpis(
      [
        makeRisk({ probability: 5, impact: 3, status: "Open", dueDate: day("2026-11-29") }),
        makeRisk({ probability: 5, impact: 3, status: "Mitigating", dueDate: day("2026-11-30") }),
        makeRisk({ probability: 2, impact: 4, status: "Open" }),
        makeRisk({ probability: 1, impact: 2, status: "Open" }),
        makeRisk({ probability: 5, impact: 5, status: "Closed", dueDate: day("2026-01-01") }),
        makeRisk({ probability: null, impact: 2, status: "Open" }),
      ],
      asOf,
    );
    expect(k.open).toBe(5);
    expect([k.high, k.medium, k.low]).toEqual([2, 1, 1]);
    expect(k.overdue).toBe(1);
    expect(k.heatmap[4]?.[2]).toBe(2); // probability 5, impact 3
    expect(k.heatmap[1]?.[3]).toBe(1);
    expect(k.heatmap[0]?.[1]).toBe(1);
    expect(k.heatmap[4]?.[4]).toBe(0); // closed risk not mapped
    expect(k.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });

  it("finds systemic categories: open risks in 3 or more distinct projects", () => {
    const k = riskKpis(
      [
        makeRisk({ category: "Vendor", projectId: "P3" }),
        makeRisk({ category: "vendor ", projectId: "P1" }),
        makeRisk({ category: "Vendor", projectId: "P1" }),
        makeRisk({ category: "Vendor", projectId: "P2" }),
        makeRisk({ category: "Staffing", projectId: "P1" }),
        makeRisk({ category: "Staffing", projectId: "P2" }),
        makeRisk({ category: "Staffing", projectId: "P3", status: "Closed" }),
        makeRisk({ category: "Budget", projectId: "P9" }),
        makeRisk({ category: "Budget", projectId: "P8" }),
        makeRisk({ category: "Budget", projectId: "P7" }),
      ],
      asOf,
    );
    expect(k.systemic).toEqual([
      { category: "Budget", projects: ["P7", "P8", "P9"] },
      { category: "Vendor", projects: ["P1", "P2", "P3"] },
    ]);
  });

  it("returns an empty 5×5 heat map with no risks", () => {
    const k = riskKpis([], asOf);
    expect(k.heatmap).toEqual(Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]));
    expect(k.systemic).toEqual([]);
    expect(k.open).toBe(0);
  });
});
