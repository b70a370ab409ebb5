import { analyseWorkbooks } from "../../../src/core/analyse";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { isNonProjectTime } from "../../../src/core/validate/nonProjectTime";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { PROJECT_HEADERS, projectRow } from "../read/fixtures";

describe("non-project time in a resource plan", () => {
  it("tells leave, training and business-as-usual labels from project names", () => {
    for (const label of [
      "Annual Leave",
      "annual leave",
      "Holidays",
      "PTO",
      "BAU / Support",
      "Training & Admin",
      "Sick leave",
      "Bank holiday",
      "Non-project time",
      "Business as usual",
      "Overheads",
    ]) {
      expect([label, isNonProjectTime(label)]).toEqual([label, true]);
    }
    for (const label of [
      "Leave Management System",
      "Support Portal Upgrade",
      "Training Platform",
      "Admin Console Rebuild",
      "P-001",
      "Data Platform",
      "",
      "BAU / Data Platform",
    ]) {
      expect([label, isNonProjectTime(label)]).toEqual([label, false]);
    }
  });

  it("reads a capacity plan's leave and BAU rows as time off projects, and skips its Available rows", () => {
    const wb = workbook("plan.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Team", [
        ["Resource", "Role", "Weekly Capacity"],
        ["Ann Lee", "Analyst", 40],
      ]),
      sheet("Rate Card", [
        ["Role", "Hourly Rate"],
        ["Analyst", 50],
      ]),
      sheet("Capacity Plan", [
        ["Resource", "Project ID", "Jan-26", "Feb-26"],
        ["Ann Lee", "P1", 100, 120],
        ["Ann Lee", "Annual Leave", 40, null],
        ["Ann Lee", "BAU / Support", 20, 20],
        [null, "Total allocated", 160, 140],
        [null, "Available", 13, 33],
        ["Ann Lee", "P9", 5, null],
      ]),
    ]);
    const { portfolio, report } = analyseWorkbooks([wb], {
      template: STANDARD_TEMPLATE,
      settings: testSettings(),
    });
    const plan = portfolio.findings.filter((f) => f.sheet === "Capacity Plan");
    const shown = plan.map((f) => `${f.severity} ${f.rule} ${f.cell}`);
    // Only the real unknown Project ID is an error; the plan's own helper rows are skipped.
    expect(shown).toEqual(
      expect.arrayContaining([
        "error reference-missing B7",
        "info non-project-time B1",
        "info totals-row-skipped B5",
        "info totals-row-skipped B6",
      ]),
    );
    expect(plan.filter((f) => f.severity === "error")).toHaveLength(1);
    const info = plan.find((f) => f.rule === "non-project-time");
    expect(info?.message).toBe(
      `Project ID books time that is not a project: "Annual Leave" ('Capacity Plan'!B3), ` +
        `"BAU / Support" ('Capacity Plan'!B4). Those hours count in each person's ` +
        `utilisation and in no project's figures. If one of them is a project, give it a row on the ` +
        `Projects sheet.`,
    );
    // Leave and BAU fill Ann's January (100 + 40 + 20 + 5 planned hours); P1 is priced on its own hours only.
    const january = report.capacity.byResource
      .rows()
      .find((r) => r.resource === "Ann Lee" && r.month === "2026-01");
    expect(january?.plannedHours).toBe(165);
    const p1 = report.projects.find((p) => p.projectId === "P1");
    expect(p1?.plannedLaborCost).toBe((100 + 120) * 50);
  });

  it("keeps the label a project when the Projects sheet lists it", () => {
    const wb = workbook("plan.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("Training")]),
      sheet("Resource Plan", [
        ["Resource", "Project ID", "Month", "Planned Hours"],
        ["Ann Lee", "Training", "2026-01", 10],
      ]),
    ]);
    const { portfolio } = analyseWorkbooks([wb], { template: STANDARD_TEMPLATE, settings: testSettings() });
    expect(portfolio.findings.filter((f) => f.rule === "non-project-time")).toEqual([]);
  });
});
