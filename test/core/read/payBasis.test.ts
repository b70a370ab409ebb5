import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();
const projects = sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]);

function read(
  resources: RawScalar[][],
  mapping?: Parameters<typeof readPortfolio>[3],
  more = [] as ReturnType<typeof sheet>[],
) {
  return readPortfolio(
    [workbook("t.xlsx", [projects, sheet("Resources", resources), ...more])],
    STANDARD_TEMPLATE,
    settings,
    mapping,
  );
}

describe("pay given by the day or the month", () => {
  it("reads a rate per day as an hourly rate at the person's working day, with a note that quotes no pay", () => {
    const p = read([
      ["Resource", "Role", "FTE", "Weekly Capacity", "Rate (per day)"],
      ["Ann Lee", "Developer", null, null, 800],
      ["Bob Ray", "Developer", 0.5, 20, 800],
      ["Cy Dee", "Developer", 1, 37.5, 750],
    ]);
    // Ann and Bob: 8-hour days (Bob works half time, his day is full); Cy: 7.5-hour days.
    expect(p.resources.map((r) => [r.resource, r.hourlyRate])).toEqual([
      ["Ann Lee", 100],
      ["Bob Ray", 100],
      ["Cy Dee", 100],
    ]);
    expect(p.findings.map(brief)).toEqual(["info pay-basis Resources!E1"]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Resources" gives "Rate (per day)" (E1) by the day: it is read as an hourly rate, the day rate ÷ the ' +
        "person's working day (a fifth of Weekly Capacity ÷ FTE; 8 hours when none is given). Give the " +
        "template's basis to have it read as written.",
    );
  });

  it("reads a Day Rate column and a Monthly Salary column, which the template does not name", () => {
    const p = read([
      ["Resource", "Role", "Day Rate", "Monthly Salary"],
      ["Ann Lee", "Developer", 640, 5000],
    ]);
    expect(p.resources.map((r) => [r.hourlyRate, r.annualSalary])).toEqual([[80, 60000]]);
    expect(p.findings.map(brief)).toEqual(["info pay-basis Resources!C1", "info pay-basis Resources!D1"]);
    expect(p.findings[1]?.message).toContain(
      'gives "Monthly Salary" (D1) by the month: it is read as an annual salary, × 12.',
    );
  });

  it("reads a Rate Card's daily rate at 8 hours a day", () => {
    const card = sheet("Rate Card", [
      ["Role", "Standard Rate (£/day)"],
      ["Developer", 600],
    ]);
    const p = read(
      [
        ["Resource", "Role"],
        ["Ann Lee", "Developer"],
      ],
      undefined,
      [card],
    );
    expect(p.rateCard.map((r) => [r.role, r.hourlyRate])).toEqual([["Developer", 75]]);
  });

  it("reads a Rate Card of Role and Day Rate or Daily Rate alone as the table, each rate at 8 hours a day", () => {
    const people = [
      ["Resource", "Role"],
      ["Ann Lee", "Developer"],
    ];
    for (const header of ["Day Rate", "Daily Rate (£)", "Daily Rate"]) {
      const card = sheet("Rate Card", [
        ["Role", header],
        ["Developer", 600],
      ]);
      const p = read(people, undefined, [card]);
      expect(p.rateCard.map((r) => [r.role, r.hourlyRate])).toEqual([["Developer", 75]]);
      expect(p.findings.filter((f) => f.rule === "pay-basis").map(brief)).toEqual([
        "info pay-basis Rate Card!B1",
      ]);
      expect(p.findings.map((f) => f.rule)).not.toContain("sheet-not-table");
    }
  });

  it("leaves hourly rates and annual salaries, and columns the PMO mapped, as written", () => {
    const rows = [
      ["Resource", "Role", "Hourly Rate", "Annual Salary"],
      ["Ann Lee", "Developer", 90, 120000],
    ];
    expect(read(rows).resources.map((r) => [r.hourlyRate, r.annualSalary])).toEqual([[90, 120000]]);
    const mapped = read(
      [
        ["Resource", "Role", "Day Rate"],
        ["Ann Lee", "Developer", 640],
      ],
      {
        sheets: { Resources: { columns: { "Day Rate": "hourlyRate" } } },
      },
    );
    expect(mapped.resources.map((r) => r.hourlyRate)).toEqual([640]);
  });
});
