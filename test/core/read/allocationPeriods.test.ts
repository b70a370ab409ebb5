import { dayFromYmd, isoFromMonth, workingDaysBetween } from "../../../src/core/model/calendar";
import { monthsOfPeriod } from "../../../src/core/read/allocationPeriods";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();
/** Excel serial of a 2026 date. */
const serial = (month: number, day: number): number => dayFromYmd(2026, month, day) + 25569;

describe("working days of a period", () => {
  it("counts Monday to Friday, both ends included", () => {
    // 2026-02-16 is a Monday, 2026-02-27 a Friday; 2026-02-28 and 03-01 a weekend.
    expect(workingDaysBetween(dayFromYmd(2026, 2, 16), dayFromYmd(2026, 2, 27))).toBe(10);
    expect(workingDaysBetween(dayFromYmd(2026, 2, 28), dayFromYmd(2026, 3, 1))).toBe(0);
    expect(workingDaysBetween(dayFromYmd(2026, 1, 1), dayFromYmd(2026, 12, 31))).toBe(261);
    expect(workingDaysBetween(dayFromYmd(2026, 3, 2), dayFromYmd(2026, 3, 1))).toBe(0);
  });

  it("splits a period by month, leaving out a month with no working day in it", () => {
    const months = monthsOfPeriod(dayFromYmd(2026, 1, 20), dayFromYmd(2026, 3, 1));
    expect(months.map((m) => [isoFromMonth(m.month), m.days])).toEqual([
      ["2026-01", 9],
      ["2026-02", 20],
    ]);
  });
});

function read(allocations: RawScalar[][]) {
  const wb = workbook("t.xlsx", [
    sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1"), projectRow("P2")]),
    sheet("Team", [
      ["Name", "Role", "FTE"],
      ["Ann Lee", "PM", 1],
      ["Bo Ng", "Developer", 0.5],
    ]),
    sheet("Resource Allocation", allocations),
  ]);
  return readPortfolio([wb], STANDARD_TEMPLATE, settings);
}

const hoursByMonth = (p: ReturnType<typeof read>) =>
  p.allocations.map((a) => [
    a.resource,
    a.projectId,
    a.month === null ? null : isoFromMonth(a.month),
    a.plannedHours,
  ]);

describe("a resource plan whose allocations are periods", () => {
  it("spreads a share of the person's time over the months the period covers, in the person's hours", () => {
    const p = read([
      ["Resource", "Project", "Start Date", "End Date", "Allocation %"],
      ["Ann Lee", "P1", serial(1, 1), serial(3, 31), 0.5],
      ["Ann Lee", "P2", serial(2, 16), serial(2, 27), "100%"],
      ["Bo Ng", "P2", serial(1, 1), serial(1, 31), "100 %"],
    ]);
    expect(hoursByMonth(p)).toEqual([
      ["Ann Lee", "P1", "2026-01", 88], // half of 22 working days × 8 hours
      ["Ann Lee", "P1", "2026-02", 80],
      ["Ann Lee", "P1", "2026-03", 88],
      ["Ann Lee", "P2", "2026-02", 80], // all of 10 working days
      ["Bo Ng", "P2", "2026-01", 88], // all of a half-time person's 22 days: 4 hours a day
    ]);
    expect(p.findings.map(brief)).toEqual([
      "info table-by-mention Resource Allocation!",
      "info allocation-periods Resource Allocation!C1",
    ]);
    expect(p.findings[1]?.message).toBe(
      'Sheet "Resource Allocation" gives each allocation as a period ("Start Date" in C1 to "End Date" in D1) and ' +
        'a share of the person\'s time ("Allocation %" in E1): each was spread over the months it covers, that ' +
        "share of the person's capacity (Weekly Capacity on the Resources sheet, else 40 hours × FTE) on the " +
        "period's working days in each month as the Planned Hours, one Allocations row per month.",
    );
  });

  it("spreads hours a week as they are, whoever the person", () => {
    const p = read([
      ["Resource", "Project", "From", "To", "Hours per Week"],
      ["Bo Ng", "P1", serial(3, 2), serial(3, 13), 10],
    ]);
    expect(hoursByMonth(p)).toEqual([["Bo Ng", "P1", "2026-03", 20]]);
  });

  it("reports a blank or reversed period at its cell and gives the row no months", () => {
    const p = read([
      ["Resource", "Project", "Start", "End", "FTE"],
      ["Ann Lee", "P1", serial(3, 1), serial(1, 31), 0.5],
      ["Ann Lee", "P1", null, serial(1, 31), 0.5],
      // 2140-01-01: a real date, but a period of over a century.
      ["Ann Lee", "P1", serial(1, 1), 87660, 0.5],
      ["Ann Lee", "P2", serial(1, 1), serial(1, 31), "lots"],
    ]);
    expect(p.allocations).toEqual([]);
    expect(p.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`)).toEqual([
      "period-invalid D2",
      "required-missing C3",
      "period-invalid D4",
      "invalid-percent E5",
    ]);
  });

  it("checks a period's span from its dates before listing its months (untrusted dates)", () => {
    // 20,000 rows from 1950 to 2150, the widest dates read: listing each one's 2,412 months first
    // would be 48 million rows.
    const rows: RawScalar[][] = [["Resource", "Project", "Start", "End", "FTE"]];
    for (let i = 0; i < 20_000; i++) rows.push(["Ann Lee", "P1", 18264, 91677, 0.5]);
    const p = read(rows);
    expect(p.allocations).toEqual([]);
    expect(p.findings.filter((f) => f.rule === "period-invalid")).toHaveLength(20_000);
  });

  it("is not read so beside a Month or an hours column", () => {
    const p = read([
      ["Resource", "Project", "Start Date", "End Date", "Allocation %", "Planned Hours", "Month"],
      ["Ann Lee", "P1", serial(1, 1), serial(1, 31), 0.5, 40, "2026-01"],
    ]);
    expect(hoursByMonth(p)).toEqual([["Ann Lee", "P1", "2026-01", 40]]);
    expect(p.findings.map((f) => f.rule)).not.toContain("allocation-periods");
  });
});
