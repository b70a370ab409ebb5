/**
 * A RAG given by colour alone, read through the Excel test double: the fills of the empty cells
 * of the status columns only, in one more sync, and none when there is no such cell.
 */
import { colourColumns } from "../../src/core/read/colourColumns";
import { readPortfolio } from "../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { readOpenWorkbook } from "../../src/excel/entryPoints";
import { testSettings } from "../core/support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "../core/read/fixtures";
import { createFakeExcel, seedSheet } from "./support/fakeExcel";
import { ensureCell } from "./support/fakeState";

const fillColumns = { fillColumns: colourColumns(STANDARD_TEMPLATE) };

/** Projects at B2 (Status in F), the statuses given, each cell's fill colour given (or none). */
function tracker(statuses: readonly (string | null)[], fills: readonly (string | null)[]) {
  const fake = createFakeExcel({ name: "Tracker.xlsx" });
  const sheet = seedSheet(fake.state, {
    name: "Projects",
    at: "B2",
    values: [[...PROJECT_HEADERS], ...statuses.map((s, i) => projectRow(`P${i + 1}`, { 4: s ?? "" }))].map(
      (row) => row.map((v) => v ?? ""),
    ),
  });
  fills.forEach((colour, i) => {
    // A fill on a cell (the status of row 3 + i, column F), or none.
    if (colour !== null) ensureCell(sheet, 3 + i, 6).format.fill = colour;
  });
  // A red header band and a filled name are no ratings: only the status column's empty cells are asked.
  ensureCell(sheet, 2, 6).format.fill = "#FF0000";
  ensureCell(sheet, 3, 3).format.fill = "#FF0000";
  return fake;
}

describe("a RAG given by colour alone, in the task pane", () => {
  it("reads the fills of the status column's empty cells in one more sync, and the core reads them", async () => {
    const fake = tracker([null, null, "Green", null], ["#00B050", "#FFC000", "#FF0000", null]);
    const raw = await readOpenWorkbook(fillColumns, fake.run);
    expect(raw.sheets[0]?.fills).toEqual([
      { row: 3, col: 6, rgb: "00B050" },
      { row: 4, col: 6, rgb: "FFC000" },
    ]);
    expect(fake.syncs).toHaveLength(4);
    const p = readPortfolio([raw], STANDARD_TEMPLATE, testSettings());
    expect(p.projects.map((row) => row["status"])).toEqual(["Green", "Amber", "Green", null]);
    expect(p.findings.map(brief)).toEqual([
      "error required-missing Projects!F6",
      "warning rag-from-colour Projects!F3",
    ]);
  });

  it("asks nothing more when every status cell holds text, or when no column is asked about", async () => {
    const filled = tracker(["Green", "Red"], ["#FF0000", null]);
    const raw = await readOpenWorkbook(fillColumns, filled.run);
    expect(raw.sheets[0]?.fills).toBeUndefined();
    expect(filled.syncs).toHaveLength(3);
    const plain = tracker([null], ["#00B050"]);
    expect((await readOpenWorkbook({}, plain.run)).sheets[0]?.fills).toBeUndefined();
    expect(plain.syncs).toHaveLength(3);
  });
});
