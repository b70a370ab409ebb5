import { totalAllocations } from "../../../src/core/kpi/allocationTotals";
import { capacityKpis } from "../../../src/core/kpi/capacity";
import { capacityHours, weeklyCapacity } from "../../../src/core/model/weeklyCapacity";
import { indexResources } from "../../../src/core/kpi/resources";
import { workingDaysInMonth } from "../../../src/core/model/calendar";
import type { Allocation, Resource } from "../../../src/core/model/portfolio";
import { makeAllocation, makeResource, month } from "./factory";

/** As of November 2026 unless told otherwise. */
function capacityOf(resources: readonly Resource[], allocations: readonly Allocation[], asOf = "2026-11") {
  const index = indexResources(resources);
  return capacityKpis(
    index.resources,
    totalAllocations(allocations, index, new Float64Array(index.resources.length), []),
    month(asOf),
  );
}

describe("capacity", () => {
  it("uses Monday–Friday days: Nov 2026 (21) at 40 h/week is 168 h, Dec 2026 (23) is 184 h", () => {
    expect(workingDaysInMonth(month("2026-11"))).toBe(21);
    expect(workingDaysInMonth(month("2026-12"))).toBe(23);
    expect(capacityHours(40, 21)).toBe(168);
    expect(capacityHours(40, 23)).toBe(184);
  });

  it("defaults Weekly Capacity to 40 × FTE and FTE to 1", () => {
    expect(weeklyCapacity(makeResource())).toBe(40);
    expect(weeklyCapacity(makeResource({ fte: 0.5 }))).toBe(20);
    expect(weeklyCapacity(makeResource({ fte: 0.5, weeklyCapacity: 30 }))).toBe(30);
  });

  const resources = [
    makeResource({ resource: "Ana", role: "Developer", department: "Eng" }),
    makeResource({ resource: "Ben", role: "Developer", department: "Eng", fte: 0.5 }),
    makeResource({ resource: "Cara", role: "PM", department: null, weeklyCapacity: 0 }),
  ];
  const allocations = [
    makeAllocation({ resource: "Ana", month: month("2026-11"), plannedHours: 100, actualHours: 90 }),
    makeAllocation({
      resource: "Ana",
      month: month("2026-11"),
      plannedHours: 80,
      actualHours: 10,
      projectId: "P2",
    }),
    makeAllocation({ resource: "Ben", month: month("2026-11"), plannedHours: 30 }),
    makeAllocation({ resource: "Cara", month: month("2026-12"), plannedHours: 10 }),
    makeAllocation({ resource: "Ghost", month: month("2027-01"), plannedHours: 999 }),
  ];
  const k = capacityOf(resources, allocations);

  it("gives every resource a row for every month of Allocations", () => {
    expect(k.byResource.rows().map((r) => `${r.resource} ${r.month}`)).toEqual([
      "Ana 2026-11",
      "Ana 2026-12",
      "Ana 2027-01",
      "Ben 2026-11",
      "Ben 2026-12",
      "Ben 2027-01",
      "Cara 2026-11",
      "Cara 2026-12",
      "Cara 2027-01",
    ]);
    expect(k.byResource.row(1)).toMatchObject({
      plannedHours: 0,
      capacityHours: 184,
      utilization: 0,
      underUsed: true,
    });
  });

  it("sums allocations per resource and month and flags over- and under-use", () => {
    const ana = k.byResource.row(0);
    expect(ana).toMatchObject({
      role: "Developer",
      department: "Eng",
      capacityHours: 168,
      plannedHours: 180,
    });
    expect(ana.actualHours).toBe(100);
    expect(ana.utilization).toBeCloseTo(180 / 168, 10);
    expect(ana.overAllocated).toBe(true);
    expect(ana.underUsed).toBe(false);
    const ben = k.byResource.row(3);
    expect(ben).toMatchObject({ capacityHours: 84, plannedHours: 30, overAllocated: false, underUsed: true });
    const cara = k.byResource.row(7);
    expect(cara).toMatchObject({ capacityHours: 0, plannedHours: 10, utilization: null });
    expect(cara.overAllocated).toBe(false);
    expect(cara.underUsed).toBe(false);
  });

  it("rolls up by role and department by summing hours and capacity before dividing", () => {
    const devNov = k.byRole.find((r) => r.role === "Developer" && r.month === "2026-11");
    // (180 + 30) / (168 + 84) = 0.8333, not the mean of 1.071 and 0.357 (0.714).
    expect(devNov).toMatchObject({ capacityHours: 252, plannedHours: 210 });
    expect(devNov?.utilization).toBeCloseTo(210 / 252, 10);
    expect(k.byRole.map((r) => r.role)).toEqual(["Developer", "Developer", "Developer", "PM", "PM", "PM"]);
    expect(k.byDepartment.map((r) => `${r.department} ${r.month}`)).toEqual([
      "Eng 2026-11",
      "Eng 2026-12",
      "Eng 2027-01",
    ]);
    expect(k.byDepartment[0]?.utilization).toBeCloseTo(210 / 252, 10);
  });

  it("totals by month over every known resource; unknown resources add no hours", () => {
    expect(k.byMonth.map((r) => r.month)).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(k.byMonth[0]).toMatchObject({ capacityHours: 252, plannedHours: 210, actualHours: 100 });
    expect(k.byMonth[1]).toMatchObject({ capacityHours: 184 + 92, plannedHours: 10 });
    expect(k.byMonth[2]?.plannedHours).toBe(0);
  });

  it("marks the months after the as-of month as forecast", () => {
    expect(k.byMonth.map((r) => [r.month, r.forecast])).toEqual([
      ["2026-11", false],
      ["2026-12", true],
      ["2027-01", true],
    ]);
    expect(capacityOf(resources, allocations, "2026-12").byMonth.map((r) => r.forecast)).toEqual([
      false,
      false,
      true,
    ]);
  });

  it("averages utilisation over allocated people up to the as-of month and reports the unallocated apart", () => {
    const team = [
      ...resources,
      makeResource({ resource: "Dee", role: "PMO Analyst" }),
      makeResource({ resource: "Eli", role: "PMO Analyst", fte: 0.5 }),
    ];
    // As of 2026-11: Ana, Ben and Cara are allocated (Cara only in December); Nov capacity 168 + 84 + 0.
    const nov = capacityOf(team, allocations);
    expect(nov.averageUtilization).toBeCloseTo(210 / 252, 10);
    // Dee and Eli: (168 + 184 + 168) and half that over three months, per month.
    expect(nov.unallocated).toEqual({ people: 2, capacityHoursPerMonth: (520 + 260) / 3 });
    // As of 2026-12 December counts too: (210 + 10) / (252 + 184 + 92 + 0).
    expect(capacityOf(team, allocations, "2026-12").averageUtilization).toBeCloseTo(220 / 528, 10);
  });

  it("is empty without allocations", () => {
    const empty = capacityOf(resources, []);
    expect(empty.byResource.length).toBe(0);
    expect({ ...empty, byResource: empty.byResource.rows() }).toEqual({
      byResource: [],
      byRole: [],
      byDepartment: [],
      byMonth: [],
      averageUtilization: null,
      unallocated: { people: 0, capacityHoursPerMonth: 0 },
    });
  });
});
