import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { RawScalar } from "../../../src/core/model/raw";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();

/** Projects A–J as the fixtures write them, then a K column with `header` and one value per row. */
function withColumnK(header: string, statuses: readonly RawScalar[], k: readonly RawScalar[]) {
  const rows = [
    [...PROJECT_HEADERS, header],
    ...statuses.map((status, i) => [...projectRow(`P${i + 1}`, { 4: status }), k[i] ?? null]),
  ];
  return rows;
}

function read(rows: RawScalar[][], mapping?: Parameters<typeof readPortfolio>[3]) {
  return readPortfolio([workbook("t.xlsx", [sheet("Projects", rows)])], STANDARD_TEMPLATE, settings, mapping);
}

describe("a list column named twice is read from the column whose values fit", () => {
  it("reads RAG when Status holds a lifecycle (In Progress, Not Started) and RAG holds colours", () => {
    const p = read(
      withColumnK("RAG", ["In Progress", "Not Started", "On Hold", "In Progress"], ["G", "A", "R", "G"]),
    );
    expect(p.projects.map((row) => row["status"])).toEqual(["Green", "Amber", "Red", "Green"]);
    expect(p.findings.map(brief)).toEqual([
      "info column-read-by-values Projects!K1",
      "warning unknown-columns Projects!E1",
    ]);
    expect(p.findings[0]?.message).toBe(
      'Sheet "Projects" has two columns that could be Status: "Status" (E1) holds other values ("In Progress", ' +
        '"Not Started", "On Hold"), so Status is read from "RAG" (K1), whose values are Green, Amber, Red. Map ' +
        "the columns if this is wrong.",
    );
    expect(p.bindings[0]?.columns["status"]).toEqual({ col: 11, header: "RAG" });
    expect(p.bindings[0]?.unknownHeaders).toEqual(["Status"]);
  });

  it("reads the second column when the first is empty", () => {
    const p = read(withColumnK("Health", [null, null], ["🟢", "🔴 Off track"]));
    expect(p.projects.map((row) => row["status"])).toEqual(["Green", "Red"]);
    expect(p.findings[0]?.message).toContain('"Status" (E1) is empty, so Status is read from "Health" (K1)');
  });

  it("keeps the exact header when its values fit, or when neither column's do", () => {
    const fits = read(withColumnK("RAG", ["Green", "Red", "Amber"], ["In Progress", "Done", "Late"]));
    expect(fits.projects.map((row) => row["status"])).toEqual(["Green", "Red", "Amber"]);
    expect(fits.findings.map((f) => f.rule)).toEqual(["unknown-columns"]);
    const neither = read(withColumnK("RAG", ["In Progress", "Done"], ["Blue", "Pink"]));
    expect(neither.findings.map((f) => f.rule)).toEqual(["unknown-columns", "invalid-enum", "invalid-enum"]);
  });

  it("keeps the exact header when only some of the other column's values fit", () => {
    const p = read(withColumnK("RAG", ["TBC", "Unknown", "Pending"], ["Green", "Blue", "Pink"]));
    expect(p.findings.filter((f) => f.rule === "invalid-enum").map(brief)).toEqual([
      "error invalid-enum Projects!E2",
      "error invalid-enum Projects!E3",
      "error invalid-enum Projects!E4",
    ]);
  });

  it("never second-guesses a column the PMO mapped by hand", () => {
    const mapping = { sheets: { Projects: { columns: { Status: "status" } } } };
    const p = read(withColumnK("RAG", ["In Progress"], ["G"]), mapping);
    expect(p.projects.map((row) => row["status"])).toEqual([null]);
    expect(p.findings.map((f) => f.rule)).toContain("invalid-enum");
    expect(p.findings.map((f) => f.rule)).not.toContain("column-read-by-values");
  });
});

describe("a currency header in thousands or millions", () => {
  it("reads full amounts and says so once per column at its header", () => {
    const headers: string[] = [...PROJECT_HEADERS];
    headers[7] = "Budget ($K)";
    headers[8] = "Actual Cost ($M)";
    const p = read([headers, projectRow("P1", { 7: 1200, 8: 0.4 })]);
    expect(p.projects[0]?.["budget"]).toBe(1_200_000);
    expect(p.projects[0]?.["actualCost"]).toBe(400_000);
    expect(p.findings.map(brief)).toEqual([
      "info amounts-scaled Projects!H1",
      "info amounts-scaled Projects!I1",
    ]);
    expect(p.findings[0]?.message).toBe(
      'The header "Budget ($K)" says its amounts are in thousands: they are read as full amounts (× 1,000), ' +
        "so they add up with other trackers.",
    );
  });

  it("says when another amount column gives no unit and is read as written", () => {
    const headers: string[] = [...PROJECT_HEADERS];
    headers[7] = "Budget ($K)";
    headers[8] = "Actual";
    const p = read([headers, projectRow("P1", { 7: 450, 8: 210 })]);
    expect(p.projects[0]?.["budget"]).toBe(450_000);
    expect(p.projects[0]?.["actualCost"]).toBe(210);
    expect(p.findings.map((f) => f.message)).toEqual([
      'The header "Budget ($K)" says its amounts are in thousands: they are read as full amounts (× 1,000), ' +
        'so they add up with other trackers. "Actual" (I1) gives no unit and is read as written: if it is in ' +
        'thousands too, say so in the header as "Budget ($K)" does.',
    ]);
  });
});
