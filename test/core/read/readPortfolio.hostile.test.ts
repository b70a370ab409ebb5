import type { RawScalar } from "../../../src/core/model/raw";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();

function projectsOnly(rows: Parameters<typeof sheet>[1], options?: Parameters<typeof sheet>[2]) {
  return readPortfolio([workbook("t.xlsx", [sheet("Projects", rows, options)])], STANDARD_TEMPLATE, settings);
}

describe("readPortfolio: hostile but realistic layouts", () => {
  it("never reads an Excel table's totals row as data, even one counting the IDs with no label", () => {
    const p = projectsOnly(
      [
        [...PROJECT_HEADERS],
        projectRow("P1"),
        projectRow("P2"),
        [2, null, null, null, null, null, null, 200000],
      ],
      {
        listObjects: [
          { name: "tblProjects", hasHeader: true, totalsRowCount: 1, top: 1, left: 1, bottom: 4, right: 10 },
        ],
      },
    );
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1", "P2"]);
    expect(p.projects.map((x) => x.budget)).toEqual([100000, 100000]);
    expect(p.findings).toEqual([]);
  });

  it("reads a row with nothing under the table's headers as blank (a stray note in Z12, a value far away)", () => {
    const rows: RawScalar[][] = [[...PROJECT_HEADERS], projectRow("P1")];
    for (let r = 2; r < 11; r++) rows.push([]);
    const stray: (string | null)[] = Array.from({ length: 26 }, () => null);
    stray[25] = "call Bob";
    rows.push(stray);
    const far: (number | null)[] = Array.from({ length: 200 }, () => null);
    far[199] = 1;
    rows.push(far);
    const p = projectsOnly(rows);
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1"]);
    expect(p.findings).toEqual([]);
  });

  it("still reads a row whose only value sits under an unknown column's header", () => {
    const p = projectsOnly([
      [...PROJECT_HEADERS, "Notes"],
      projectRow("P1"),
      [null, null, null, null, null, null, null, null, null, null, "half a row"],
    ]);
    expect(p.findings.filter((f) => f.rule === "required-missing").map(brief)).toContain(
      "error required-missing Projects!A3",
    );
  });

  it("reads a two-row header where Project ID is merged over both rows", () => {
    const top: (string | null)[] = [
      "Project ID",
      "Project Name",
      null,
      null,
      null,
      "Dates",
      null,
      "Money",
      null,
      null,
    ];
    const second: (string | null)[] = [null, null, ...PROJECT_HEADERS.slice(2)];
    const p = projectsOnly([top, second, projectRow("P1"), projectRow("P2")], {
      merges: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 6, bottom: 1, right: 7 },
      ],
    });
    expect(p.projects.map((x) => x.projectId)).toEqual(["P1", "P2"]);
    expect(p.projects[0]?.projectName).toBe("Project P1");
    expect(p.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
