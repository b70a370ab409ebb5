import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();
const projects = sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]);

function read(statuses: RawScalar[], mapping?: Parameters<typeof readPortfolio>[3]) {
  const rows = statuses.map((s, i) => ["P1", `M${i + 1}`, 46142, s]);
  return readPortfolio(
    [
      workbook("t.xlsx", [
        projects,
        sheet("Milestones", [["Project ID", "Milestone", "Baseline Date", "Status"], ...rows]),
      ]),
    ],
    STANDARD_TEMPLATE,
    settings,
    mapping,
  );
}

describe("a milestone Status that rates each milestone Green, Amber or Red", () => {
  it("is left unread with one note, not an error at every cell, and the milestones are read", () => {
    const p = read(["Green", "G", "Amber", "🔴", null]);
    expect(p.milestones.map((m) => [m.milestone, m.status])).toEqual([
      ["M1", null],
      ["M2", null],
      ["M3", null],
      ["M4", null],
      ["M5", null],
    ]);
    expect(p.findings.map(brief)).toEqual(["info milestone-status-rag Milestones!D1"]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Milestones" rates its milestones Green, Amber or Red in "Status" (D1), where the template\'s ' +
        "Status is a milestone's progress (Not Started, In Progress, Complete): the column is not read, and the " +
        "milestones are measured by their dates (Baseline, Forecast, Actual). Add a Status column of progress to " +
        "have it checked.",
    );
  });

  it("stays read, a bad value an error at its cell, when the ratings are few or not most of it", () => {
    const few = read(["Green", "Complete"]);
    expect(few.findings.map((f) => f.rule)).toEqual(["invalid-enum"]);
    const progress = read(["Complete", "In Progress", "Green", "Done"]);
    expect(progress.milestones.map((m) => m.status)).toEqual(["Complete", "In Progress", null, "Complete"]);
    expect(progress.findings.map((f) => f.rule)).toEqual(["invalid-enum"]);
  });

  it("is read as mapped when the PMO mapped it", () => {
    const p = read(["Green", "Green", "Green"], {
      sheets: { Milestones: { columns: { Status: "status" } } },
    });
    expect(p.findings.map((f) => f.rule)).toEqual(["invalid-enum", "invalid-enum", "invalid-enum"]);
  });
});
