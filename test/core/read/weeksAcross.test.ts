import { analyseWorkbooks } from "../../../src/core/analyse";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { PROJECT_HEADERS, projectRow } from "./fixtures";

describe("a weekly capacity plan", () => {
  it("shows a person planned full-time every week at exactly 100 % in every month, five-week months too", () => {
    // Mondays from 2 November to 28 December 2026: the weeks of 30 November and 28 December span two months.
    const mondays = Array.from(
      { length: 9 },
      (_, i) => `w/c ${new Date(Date.UTC(2026, 10, 2 + 7 * i)).toISOString().slice(0, 10)}`,
    );
    const wb = workbook("plan.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Team", [
        ["Resource", "Role", "Weekly Capacity"],
        ["Dana Price", "Developer", 37.5],
      ]),
      sheet("Capacity Plan", [
        ["Resource", "Project ID", ...mondays],
        ["Dana Price", "P1", ...mondays.map(() => 37.5)],
      ]),
    ]);
    const { report } = analyseWorkbooks([wb], { template: STANDARD_TEMPLATE, settings: testSettings() });
    const months = report.capacity.byResource.rows().map((r) => [r.month, r.plannedHours, r.capacityHours]);
    // December 2026 has 23 working days: 172.5 hours, 30 of them in the two split weeks (4 of 5 days each).
    expect(months).toContainEqual(["2026-12", 172.5, 172.5]);
    const december = report.capacity.byResource.rows().find((r) => r.month === "2026-12");
    expect(december?.utilization).toBe(1);
    expect(december?.overAllocated).toBe(false);
  });
});
