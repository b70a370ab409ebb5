import type { RawScalar } from "../../../src/core/model/raw";
import { sheet } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow, readAllocations } from "./fixtures";
import type { SheetMapping } from "../../../src/core/read/sheetMapping";

// 2026-09-01 (September 2026 has 22 working days) and 2026-10-01 (22 too).
const SEP_1 = 46266;
const OCT_1 = 46296;

const projects = sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]);
const resources = sheet("Resources", [
  ["Resource", "Role", "Weekly Capacity"],
  ["Ann Lee", "Developer", 40],
  ["Bob Ray", "Developer", 20],
]);

const read = (headers: RawScalar[], rows: RawScalar[][], mapping?: SheetMapping) =>
  readAllocations([projects, resources], headers, rows, mapping);

const planned = (p: ReturnType<typeof read>) => p.allocations.map((a) => [a.resource, a.plannedHours]);

describe("a resource plan by month that gives a rate, not hours", () => {
  it("reads a share of the person's time as that share of the month, in the person's hours", () => {
    const p = read(
      ["Resource", "Project ID", "Month", "Allocation %"],
      [
        ["Ann Lee", "P1", SEP_1, 0.5],
        ["Bob Ray", "P1", SEP_1, 1],
        ["Ann Lee", "P1", OCT_1, "25%"],
      ],
    );
    // Ann: 50 % of 22 days × 8 h; Bob (20 h a week): all of his 88 hours; Ann in October: 25 %.
    expect(planned(p)).toEqual([
      ["Ann Lee", 88],
      ["Bob Ray", 88],
      ["Ann Lee", 44],
    ]);
    expect(p.findings.map(brief)).toEqual(["info month-rates Allocations!D1"]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Allocations" gives each month\'s allocation as a share of the person\'s time ("Allocation %" in D1): ' +
        "each is read as that share of the month's working days, in the person's hours (50 % of a month of 22 " +
        "working days is 88 hours full time), as the Planned Hours.",
    );
    expect(p.bindings.find((b) => b.table === "allocations")?.missingRequired).toEqual([]);
  });

  it("reads hours a week as those hours on the month's working days, whoever the person", () => {
    const p = read(
      ["Resource", "Project ID", "Month", "Hours per Week"],
      [
        ["Ann Lee", "P1", SEP_1, 20],
        ["Bob Ray", "P1", SEP_1, 10],
      ],
    );
    expect(planned(p)).toEqual([
      ["Ann Lee", 88],
      ["Bob Ray", 44],
    ]);
    expect(p.findings.map((f) => f.rule)).toEqual(["month-rates"]);
  });

  it("is not done beside a Planned Hours column, or when the PMO mapped the hours by hand", () => {
    const both = read(
      ["Resource", "Project ID", "Month", "Planned Hours", "FTE"],
      [["Ann Lee", "P1", SEP_1, 30, 0.5]],
    );
    expect(planned(both)).toEqual([["Ann Lee", 30]]);
    expect(both.findings.map((f) => f.rule)).toEqual(["unknown-columns"]);
    const mapped = read(["Resource", "Project ID", "Month", "FTE"], [["Ann Lee", "P1", SEP_1, 40]], {
      sheets: { Allocations: { columns: { FTE: "plannedHours" } } },
    });
    expect(planned(mapped)).toEqual([["Ann Lee", 40]]);
  });
});
