import { analyseWorkbooks } from "../../../src/core/analyse";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();

/** The fixtures' Projects sheet without its Project ID column (A): the names come first. */
function withoutIds(names: readonly RawScalar[]): RawScalar[][] {
  return [PROJECT_HEADERS.slice(1), ...names.map((name, i) => projectRow(`P${i + 1}`, { 1: name }).slice(1))];
}

const risks = sheet("Risks", [
  ["Risk ID", "Project", "Title", "Probability", "Impact", "Status"],
  ["R1", "Apollo", "Vendor late", 3, 4, "Open"],
  ["R2", "Hermes", "Key person", 2, 5, "Open"],
]);

function read(rows: RawScalar[][], mapping?: Parameters<typeof readPortfolio>[3]) {
  return readPortfolio(
    [workbook("t.xlsx", [sheet("Projects", rows), risks])],
    STANDARD_TEMPLATE,
    settings,
    mapping,
  );
}

describe("a Projects sheet without a Project ID column", () => {
  it("identifies each project by its name, and reports the missing column once, saying so", () => {
    const p = read(withoutIds(["Apollo", "Zeus"]));
    expect(p.projects.map((row) => [row["projectId"], row["projectName"]])).toEqual([
      ["Apollo", "Apollo"],
      ["Zeus", "Zeus"],
    ]);
    // The risks name their projects: they are linked as IDs, with no name-linking warning.
    expect(p.risks.map((r) => r.projectId)).toEqual(["Apollo", "Hermes"]);
    expect(p.findings.map(brief)).toEqual(["error required-column-missing Projects!A1"]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Projects" has no "Project ID" column, which the Projects table requires (the header row is row 1): ' +
        'each project is identified by its name in "Project Name" (A1) instead, so no two projects may share a ' +
        "name, and a renamed project starts a new history. Add a Project ID column with the PMO's IDs.",
    );
    const binding = p.bindings.find((b) => b.table === "projects");
    expect(binding?.columns["projectId"]).toEqual({ col: 1, header: "Project Name" });
    expect(binding?.missingRequired).toEqual(["projectId"]);
  });

  it("reports a blank name once, as the blank Project Name, and leaves the row out", () => {
    const p = read(withoutIds(["Apollo", null]));
    expect(p.projects.map((row) => row["projectId"])).toEqual(["Apollo"]);
    expect(p.findings.filter((f) => f.rule === "required-missing").map(brief)).toEqual([
      "error required-missing Projects!A3",
    ]);
  });

  it("holds two projects of one name to the duplicate-ID rule, at the name cells", () => {
    const rows = withoutIds(["Apollo", "Apollo", "Zeus"]);
    (rows[2] as RawScalar[])[6] = 250000; // the second Apollo's budget: another project
    const wb = workbook("t.xlsx", [sheet("Projects", rows)]);
    const { report } = analyseWorkbooks([wb], { template: STANDARD_TEMPLATE, settings });
    const duplicates = report.validation.findings.filter((f) => f.rule === "duplicate-id");
    expect(duplicates.map((f) => [f.cell, f.column])).toEqual([
      ["A2", "Project Name"],
      ["A3", "Project Name"],
    ]);
    expect(report.portfolio.excluded.map((e) => e.projectId)).toEqual(["Apollo"]);
  });

  it("is not done when the PMO mapped the Project ID, or when there is no Project Name either", () => {
    const mapped = read(withoutIds(["Apollo"]), {
      sheets: { Projects: { columns: { "Project Manager": "projectId" } } },
    });
    expect(mapped.projects.map((row) => row["projectId"])).toEqual(["Ann Lee"]);
    const rows = withoutIds(["Apollo"]).map((row) => row.slice(1));
    const nameless = read(rows);
    expect(nameless.projects).toEqual([]);
    expect(
      nameless.findings.filter((f) => f.rule === "required-column-missing").map((f) => f.column),
    ).toEqual(["Project ID", "Project Name"]);
  });
});
