import { analyseWorkbooks } from "../../../src/core/analyse";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow, readAllocations } from "./fixtures";
import type { SheetMapping } from "../../../src/core/read/sheetMapping";

const settings = testSettings();
const SEP_1 = 46266; // 2026-09-01

const projects = sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]);
// Ann full time, Bob half time on a 40-hour week, Cy on a 37.5-hour week.
const resources = sheet("Resources", [
  ["Resource", "Role", "FTE", "Weekly Capacity"],
  ["Ann Lee", "Developer", null, null],
  ["Bob Ray", "Developer", 0.5, 20],
  ["Cy Dee", "Developer", 1, 37.5],
]);

const read = (headers: RawScalar[], rows: RawScalar[][], mapping?: SheetMapping) =>
  readAllocations([projects, resources], headers, rows, mapping);

const hours = (p: ReturnType<typeof read>) =>
  p.allocations.map((a) => [a.resource, a.plannedHours, a.actualHours]);

describe("a resource plan in person-days", () => {
  it("reads days columns as hours at each person's full-time day, with one note naming them", () => {
    const p = read(
      ["Resource", "Project ID", "Month", "Planned Days", "Days Worked"],
      [
        ["Ann Lee", "P1", SEP_1, 10, 8],
        ["Bob Ray", "P2", SEP_1, 5, 6],
        ["Cy Dee", "P1", SEP_1, 2, null],
        ["Dee Unlisted", "P1", SEP_1, 1, null],
      ],
    );
    // Bob's day is 8 hours though he works half time; Cy's is 7.5; a person not listed has 8.
    expect(hours(p)).toEqual([
      ["Ann Lee", 80, 64],
      ["Bob Ray", 40, 48],
      ["Cy Dee", 15, null],
      ["Dee Unlisted", 8, null],
    ]);
    const note = p.findings.find((f) => f.rule === "days-as-hours");
    expect(note && brief(note)).toBe("info days-as-hours Allocations!D1");
    expect(note?.message).toBe(
      'Sheet "Allocations" gives effort in days: "Planned Days" (D1) and "Days Worked" (E1) are read as hours, a ' +
        "day being a fifth of the person's full-time week on the Resources sheet (Weekly Capacity ÷ FTE; 8 hours " +
        "when it gives none). Give hours instead if the days are of another length.",
    );
    expect(p.findings.some((f) => f.rule === "required-column-missing" || f.rule === "unknown-columns")).toBe(
      false,
    );
  });

  it("reads an hours column whose header's unit says days as days, where it was read as hours", () => {
    const p = read(
      ["Resource", "Project ID", "Month", "Planned Effort (days)"],
      [["Ann Lee", "P1", SEP_1, 3]],
    );
    expect(hours(p)).toEqual([["Ann Lee", 24, null]]);
    expect(p.findings.map((f) => f.rule)).toEqual(["days-as-hours"]);
  });

  it("leaves hours as hours, and a column the PMO mapped by hand as mapped", () => {
    const plain = read(["Resource", "Project ID", "Month", "Planned Hours"], [["Ann Lee", "P1", SEP_1, 3]]);
    expect(hours(plain)).toEqual([["Ann Lee", 3, null]]);
    const mapped = read(["Resource", "Project ID", "Month", "Planned Days"], [["Ann Lee", "P1", SEP_1, 3]], {
      sheets: { Allocations: { columns: { "Planned Days": "plannedHours" } } },
    });
    expect(hours(mapped)).toEqual([["Ann Lee", 3, null]]);
    expect(mapped.findings.some((f) => f.rule === "days-as-hours")).toBe(false);
  });

  it("gives the utilisation the days plan: 11 days of a 22-day month is half of the person's time", () => {
    const wb = workbook("t.xlsx", [
      projects,
      resources,
      sheet("Allocations", [
        ["Resource", "Project ID", "Month", "Person Days"],
        ["Ann Lee", "P1", SEP_1, 11],
      ]),
    ]);
    const { report } = analyseWorkbooks([wb], { template: STANDARD_TEMPLATE, settings });
    const ann = report.capacity.byResource.rows().find((r) => r.resource === "Ann Lee");
    expect([ann?.plannedHours, ann?.capacityHours, ann?.utilization]).toEqual([88, 176, 0.5]);
  });
});
