import { analyseWorkbooks } from "../../../src/core/analyse";
import { dayFromYmd } from "../../../src/core/model/calendar";
import type { RawScalar, RawSheet, RawWorkbook } from "../../../src/core/model/raw";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings({ asOf: "2026-11-30" });
const SEPTEMBER = dayFromYmd(2026, 9, 1);

const MILESTONES = ["Project ID", "Milestone", "Baseline Date", "Status"];
const RISKS = ["Risk ID", "Project ID", "Title", "Probability", "Impact", "Status"];
const RESOURCES = ["Resource", "Role", "Weekly Capacity", "Annual Salary"];
const ALLOCATIONS = ["Project ID", "Resource", "Month", "Planned Hours", "Actual Hours"];

/** A PM's tracker: one project, its milestone, risk, people and hours. */
function tracker(file: string, id: string, extra: { allocations?: RawScalar[][] } = {}): RawWorkbook {
  const sheets: RawSheet[] = [
    sheet("Projects", [[...PROJECT_HEADERS], projectRow(id)]),
    sheet("Milestones", [MILESTONES, [id, "Go-live", dayFromYmd(2026, 11, 1), "In Progress"]]),
    sheet("Risks", [RISKS, [`${id}-R1`, id, "Vendor late", 5, 5, "Open"]]),
    sheet("Resources", [RESOURCES, ["Ann Lee", "Developer", 40, 90000], ["Bob Ray", "Tester", 40, 70000]]),
    sheet("Allocations", [
      ALLOCATIONS,
      [id, "Ann Lee", SEPTEMBER, 80, 80],
      [id, "Bob Ray", SEPTEMBER, 40, 40],
      ...(extra.allocations ?? []),
    ]),
  ];
  return workbook(file, sheets);
}

/** The KPI report without what names the files read. */
function figures(workbooks: RawWorkbook[]) {
  const { report } = analyseWorkbooks(workbooks, { template: STANDARD_TEMPLATE, settings });
  // The findings (and the counts of them per project) are the one thing two copies add.
  const drop = new Set(["validation", "warnings"]);
  return JSON.parse(JSON.stringify(report, (key, value: unknown) => (drop.has(key) ? undefined : value)));
}

describe("rows a later workbook repeats value for value", () => {
  it("count once when the same tracker is handed in twice: the same figures, one warning", () => {
    const once = figures([tracker("a.xlsx", "P-1")]);
    const twice = analyseWorkbooks([tracker("a.xlsx", "P-1"), tracker("b.xlsx", "P-1")], {
      template: STANDARD_TEMPLATE,
      settings,
    });
    expect(figures([tracker("a.xlsx", "P-1"), tracker("b.xlsx", "P-1")])).toEqual(once);
    expect(twice.portfolio.milestones).toHaveLength(1);
    expect(twice.portfolio.risks).toHaveLength(1);
    expect(twice.portfolio.resources).toHaveLength(2);
    expect(twice.portfolio.allocations).toHaveLength(2);
    // No duplicate Risk ID or person errors: one warning, at the copied project row.
    expect(twice.portfolio.findings.map(brief)).toEqual(["warning duplicate-id Projects!A2"]);
    expect(twice.portfolio.findings[0]?.message).toBe(
      "Project ID P-1 repeats the row at a.xlsx Projects!A2 value for value (the same row twice); it is counted " +
        "once, and so are its milestones, risks and hours that repeat a.xlsx's. Delete the copy.",
    );
  });

  it("warns once per sheet for rows of another project's file that repeat an earlier file's", () => {
    // b.xlsx is P-2's tracker, but its Allocations repeat P-1's two rows of a.xlsx.
    const b = tracker("b.xlsx", "P-2", {
      allocations: [
        ["P-1", "Ann Lee", SEPTEMBER, 80, 80],
        ["P-1", "Bob Ray", SEPTEMBER, 40, 40],
      ],
    });
    const p = readPortfolio([tracker("a.xlsx", "P-1"), b], STANDARD_TEMPLATE, settings);
    expect(p.allocations.map((a) => `${String(a.projectId)} ${String(a.resource)}`)).toEqual([
      "P-1 Ann Lee",
      "P-1 Bob Ray",
      "P-2 Ann Lee",
      "P-2 Bob Ray",
    ]);
    // The people sheets are alike too: counted once without a word (every PM file may carry them).
    expect(p.resources).toHaveLength(2);
    expect(p.findings.map((f) => `${f.file} ${brief(f)}`)).toEqual([
      "b.xlsx warning repeated-rows Allocations!A4",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Allocations" repeats 2 rows (the first in row 4) of a.xlsx value for value (reported twice?): ' +
        "counted once. Keep the rows in one file only.",
    );
  });

  it("keeps rows repeated within one workbook, and a later workbook's extra copies", () => {
    const entry: RawScalar[] = ["P-1", "Ann Lee", SEPTEMBER, 8, 8];
    // Two timesheet entries alike in a.xlsx are two entries; b.xlsx holds three: one is new.
    const a = tracker("a.xlsx", "P-1", { allocations: [entry, entry] });
    const b = tracker("b.xlsx", "P-2", { allocations: [entry, entry, entry] });
    const p = readPortfolio([a, b], STANDARD_TEMPLATE, settings);
    const ann = p.allocations.filter((x) => x.projectId === "P-1" && x.plannedHours === 8);
    expect(ann.map((x) => `${x.src.file}:${x.src.row}`)).toEqual(["a.xlsx:4", "a.xlsx:5", "b.xlsx:6"]);
  });

  it("still reports the same person with other figures in two files as a duplicate", () => {
    const a = tracker("a.xlsx", "P-1");
    const b = workbook("b.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P-2")]),
      sheet("Resources", [RESOURCES, ["Ann Lee", "Developer", 32, 90000]]),
    ]);
    const { portfolio } = analyseWorkbooks([a, b], { template: STANDARD_TEMPLATE, settings });
    expect(
      portfolio.findings.filter((f) => f.rule === "duplicate-id").map((f) => `${f.file} ${brief(f)}`),
    ).toEqual(["b.xlsx error duplicate-id Resources!A2"]);
  });
});
