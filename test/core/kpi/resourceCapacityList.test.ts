import { ResourceCapacityList } from "../../../src/core/kpi/resourceCapacityList";

/** The rows of the list below, in the KPI document's key order (kpi-definitions.md). */
const ROWS = [
  {
    resource: "Ann",
    role: "Engineer",
    department: "IT",
    month: "2026-11",
    capacityHours: 168,
    plannedHours: 200,
    actualHours: 150,
    utilization: 200 / 168,
    overAllocated: true,
    underUsed: false,
  },
  {
    resource: "Ann",
    role: "Engineer",
    department: "IT",
    month: "2026-12",
    capacityHours: 184,
    plannedHours: 92,
    actualHours: 0,
    utilization: 0.5,
    overAllocated: false,
    underUsed: false,
  },
  {
    resource: "Bo",
    role: null,
    department: null,
    month: "2026-11",
    capacityHours: 84,
    plannedHours: 20,
    actualHours: 20,
    utilization: 20 / 84,
    overAllocated: false,
    underUsed: true,
  },
  {
    resource: "Bo",
    role: null,
    department: null,
    month: "2026-12",
    capacityHours: 0,
    plannedHours: 10,
    actualHours: 5,
    utilization: null,
    overAllocated: false,
    underUsed: false,
  },
];

describe("ResourceCapacityList", () => {
  // Two people × two months; Bo has no capacity in 2026-12 (utilisation n/a).
  const list = new ResourceCapacityList(
    [
      { resource: "Ann", role: "Engineer", department: "IT" },
      { resource: "Bo", role: null, department: null },
    ],
    ["2026-11", "2026-12"],
    Float64Array.of(168, 184, 84, 0),
    Float64Array.of(200, 92, 20, 10),
    Float64Array.of(150, 0, 20, 5),
  );

  it("has a row per person and month, people first, each as the KPI document's row object", () => {
    expect(list.length).toBe(4);
    expect(list.rows()).toEqual(ROWS);
  });

  it("reads one cell's utilisation and over-allocation without building its row", () => {
    expect(list.utilization(0)).toBeCloseTo(200 / 168, 12);
    expect(list.utilization(3)).toBeNull();
    expect([0, 1, 2, 3].map((cell) => list.overAllocated(cell))).toEqual([true, false, false, false]);
  });

  it("is written to JSON as the list of rows, key for key", () => {
    expect(JSON.stringify({ byResource: list }, null, 2)).toBe(JSON.stringify({ byResource: ROWS }, null, 2));
    const none = new Float64Array();
    const empty = new ResourceCapacityList(
      [{ resource: "Ann", role: null, department: null }],
      [],
      none,
      none,
      none,
    );
    expect(empty.length).toBe(0);
    expect(JSON.stringify(empty)).toBe("[]");
  });
});
