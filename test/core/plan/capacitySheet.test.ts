import { ResourceCapacityList } from "../../../src/core/kpi/resourceCapacityList";
import { buildDashboardPlan } from "../../../src/core/plan/buildDashboardPlan";
import { SHEET_NAMES } from "../../../src/core/model/ownedSheets";
import type { PlanCell } from "../../../src/core/plan/types";
import { sampleInput } from "./support/makeReport";
import { cellMap, sheetByName } from "./support/planCells";

/** The capacity sheet's rows from the one whose column A is `title` to the next blank row. */
function tableAfter(cells: Map<string, PlanCell>, title: string): PlanCell["value"][][] {
  let row = 1;
  while (cells.get(`A${row}`)?.value !== title) {
    if (row > 1000) throw new Error(`no ${title}`);
    row++;
  }
  const rows: PlanCell["value"][][] = [];
  for (row += 1; cells.has(`A${row}`); row++) {
    rows.push(["A", "B", "C", "D", "E", "F"].map((col) => cells.get(`${col}${row}`)?.value ?? null));
  }
  return rows;
}

describe("capacity sheet", () => {
  const base = sampleInput();
  // Three people out of name order; Cy is over-allocated both months, Ann in 2026-11 only, Bo has no capacity in 2026-11.
  const byResource = new ResourceCapacityList(
    [
      { resource: "Cy", role: "PM", department: "PMO" },
      { resource: "Ann", role: "Engineer", department: "IT" },
      { resource: "Bo", role: null, department: null },
    ],
    ["2026-10", "2026-11"],
    Float64Array.of(100, 100, 160, 160, 0, 80),
    Float64Array.of(150, 120, 40, 200, 10, 40),
    Float64Array.of(0, 0, 0, 0, 0, 0),
  );
  const plan = buildDashboardPlan({
    ...base,
    report: { ...base.report, capacity: { ...base.report.capacity, byResource } },
  });
  const cells = cellMap(sheetByName(plan, SHEET_NAMES.capacity));

  it("lists people by name with their role, department and utilisation per month", () => {
    expect(tableAfter(cells, "By resource (heat map)")).toEqual([
      ["Resource", "Role", "Department", "2026-10", "2026-11", null],
      ["Ann", "Engineer", "IT", 0.25, 1.25, null],
      ["Bo", null, null, null, 0.5, null],
      ["Cy", "PM", "PMO", 1.5, 1.2, null],
    ]);
  });

  it("lists the over-allocated person-months by month, then name", () => {
    expect(tableAfter(cells, "Over-allocated (utilisation above 100 %)")).toEqual([
      ["Resource", "Role", "Month", "Planned hours", "Capacity hours", "Utilisation"],
      ["Cy", "PM", "2026-10", 150, 100, 1.5],
      ["Ann", "Engineer", "2026-11", 200, 160, 1.25],
      ["Cy", "PM", "2026-11", 120, 100, 1.2],
    ]);
  });

  it("rolls up by department, or says none is given where the Resources sheet names none", () => {
    expect(tableAfter(cells, "By department")[1]?.[0]).toBe("IT");
    const none = buildDashboardPlan({
      ...base,
      report: { ...base.report, capacity: { ...base.report.capacity, byDepartment: [] } },
    });
    const noneCells = cellMap(sheetByName(none, SHEET_NAMES.capacity));
    expect(tableAfter(noneCells, "By department")).toEqual([
      ["No department is given on the Resources sheet.", null, null, null, null, null],
    ]);
    // The heat map follows after one blank row, as after a table.
    expect(tableAfter(noneCells, "By resource (heat map)")[0]?.[0]).toBe("Resource");
  });

  it("counts the over-allocated people on the dashboard", () => {
    const dash = cellMap(sheetByName(plan, SHEET_NAMES.dashboard));
    const label = [...dash.entries()].find(([, cell]) => cell.value === "Over-allocated people");
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(label?.[0] ?? "") ?? [];
    expect(dash.get(`${col}${Number(row) + 1}`)?.value).toBe(2);
  });
});
