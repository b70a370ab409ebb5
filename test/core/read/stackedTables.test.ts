import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();

function portfolio(rows: Parameters<typeof sheet>[1]) {
  return readPortfolio([workbook("t.xlsx", [sheet("Portfolio", rows)])], STANDARD_TEMPLATE, settings);
}

const brief = (f: { severity: string; rule: string; cell: string }) => `${f.severity} ${f.rule} ${f.cell}`;

/** The second programme's header: a Sponsor column added after the name, the rest shifted right. */
const WIDER = [...PROJECT_HEADERS.slice(0, 2), "Sponsor", ...PROJECT_HEADERS.slice(2)];
const wider = (id: string) => {
  const row = projectRow(id);
  return [...row.slice(0, 2), "Kim Lo", ...row.slice(2)];
};

describe("tables stacked on one sheet", () => {
  it("reads every block when the blocks repeat one header", () => {
    const p = portfolio([
      ["Digital Programme"],
      [...PROJECT_HEADERS],
      projectRow("P1"),
      projectRow("P2"),
      [],
      ["Operations Programme"],
      [...PROJECT_HEADERS],
      projectRow("P3"),
    ]);
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1", "P2", "P3"]);
    expect(p.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads the first block, not the wider one below it, and says the later block was not read", () => {
    const p = portfolio([
      ["Digital Programme"],
      [...PROJECT_HEADERS], // row 2
      projectRow("P1"),
      projectRow("P2"),
      [],
      ["Operations Programme"],
      WIDER, // row 7: one column more, so it matches more headers than row 2
      wider("P3"),
    ]);
    // Before: row 7 was taken for the header and P1, P2 for title rows above it, dropped without a word.
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1", "P2"]);
    const errors = p.findings.filter((f) => f.severity === "error");
    expect(errors.map(brief)).toEqual(["error table-stacked A7"]);
    expect(errors[0]?.message).toBe(
      'Row 7 of sheet "Portfolio" starts another table whose columns are not where the table above (header ' +
        "row 2) has them (Project Manager, Sponsor, Phase, Status, …): the rows under it were not read. Give " +
        "it the same columns in the same order, or move it to a sheet of its own.",
    );
  });

  it("never reads a later block's cells under the first block's headers", () => {
    // The same columns, Budget and % Complete swapped: read under row 1, Budget took the percentages.
    const swapped = [...PROJECT_HEADERS.slice(0, 7), "% Complete", "Actual Cost", "Budget"];
    const row = projectRow("P2");
    const p = portfolio([
      [...PROJECT_HEADERS],
      projectRow("P1"),
      [],
      swapped,
      [...row.slice(0, 7), row[9] ?? null, row[8] ?? null, row[7] ?? null],
    ]);
    expect(p.projects.map((x) => `${x.projectId} ${String(x.budget)}`)).toEqual(["P1 100000"]);
    expect(p.findings.map(brief)).toContain("error table-stacked A4");
  });

  it("takes text in a data row's Budget and dates for a bad value, not for another table", () => {
    const p = portfolio([
      [...PROJECT_HEADERS],
      projectRow("P1"),
      projectRow("P2", { 5: "TBC", 6: "TBC", 7: "TBC" }),
    ]);
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1", "P2"]);
    expect(p.findings.map((f) => f.rule)).not.toContain("table-stacked");
  });
});
