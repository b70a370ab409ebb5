import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { ragOfColour } from "../../../src/core/values/ragColour";
import type { CellFill } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();

describe("the RAG a fill colour stands for", () => {
  it("reads clear greens, ambers, yellows and reds, and the light tints of Excel's Good, Neutral and Bad", () => {
    expect(
      ["00B050", "92D050", "C6EFCE", "FFC000", "FFFF00", "FFEB9C", "FF0000", "C00000", "FFC7CE"].map(
        ragOfColour,
      ),
    ).toEqual(["Green", "Green", "Green", "Amber", "Amber", "Amber", "Red", "Red", "Red"]);
  });

  it("reads no rating in white, greys, blues, purple, black, pale tints or a malformed colour", () => {
    expect(
      ["FFFFFF", "D9D9D9", "4472C4", "BDD7EE", "7030A0", "000000", "E2EFDA", "FCE4D6", "GGGGGG", "FFF"].map(
        ragOfColour,
      ),
    ).toEqual(Array(10).fill(null));
  });
});

describe("a RAG Status given by colour alone", () => {
  // Status is column E (5); rows 2–5 are data.
  const rows = [[...PROJECT_HEADERS], ...["P1", "P2", "P3", "P4"].map((id) => projectRow(id, { 4: null }))];
  (rows[4] as unknown[])[4] = "Green";

  function read(fills: CellFill[]) {
    return readPortfolio(
      [workbook("t.xlsx", [{ ...sheet("Projects", rows), fills }])],
      STANDARD_TEMPLATE,
      settings,
    );
  }

  it("reads an empty status cell by its fill, with one warning for the column", () => {
    const p = read([
      { row: 2, col: 5, rgb: "00B050" },
      { row: 3, col: 5, rgb: "FFC000" },
      { row: 4, col: 5, rgb: "FF0000" },
      // Filled under text: the text counts. A fill in another column, or a header's, is no rating.
      { row: 5, col: 5, rgb: "FF0000" },
      { row: 2, col: 4, rgb: "FF0000" },
      { row: 1, col: 5, rgb: "00B050" },
    ]);
    expect(p.projects.map((row) => row["status"])).toEqual(["Green", "Amber", "Red", "Green"]);
    expect(p.findings.map(brief)).toEqual(["warning rag-from-colour Projects!E2"]);
    expect(p.findings[0]?.message).toBe(
      "Status has 3 cells with a colour and no text (E2, E3, E4); they were read by the colour (green as Green, " +
        "amber or yellow as Amber, red as Red). Type the rating: a colour alone is lost in filters, exports and " +
        "screen readers.",
    );
  });

  it("leaves a cell of another colour blank, reported as the required cell it is", () => {
    const p = read([{ row: 2, col: 5, rgb: "4472C4" }]);
    expect(p.projects.map((row) => row["status"])).toEqual([null, null, null, "Green"]);
    expect(p.findings.filter((f) => f.rule === "required-missing").map((f) => f.cell)).toEqual([
      "E2",
      "E3",
      "E4",
    ]);
  });
});
