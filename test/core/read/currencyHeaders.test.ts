import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

/** The fixtures' Projects sheet with its Budget (H) and Actual Cost (I) headed `headers`. */
function read(budget: string, actual: string, currency = "USD") {
  const headers: string[] = [...PROJECT_HEADERS];
  headers[7] = budget;
  headers[8] = actual;
  const wb = workbook("t.xlsx", [sheet("Projects", [headers, projectRow("P1")])]);
  return readPortfolio([wb], STANDARD_TEMPLATE, { ...testSettings(), currency });
}

describe("an amount column headed in another currency than the report's", () => {
  it("is read unconverted, with one warning at each such header", () => {
    const p = read("Budget (EUR)", "Actual Cost (€)");
    expect(p.projects.map((r) => [r.budget, r.actualCost])).toEqual([[100000, 40000]]);
    expect(p.findings.map(brief)).toEqual([
      "warning currency-differs Projects!H1",
      "warning currency-differs Projects!I1",
    ]);
    expect(p.findings[0]?.message).toBe(
      'The header "Budget (EUR)" says its amounts are in EUR, but the report is in USD: they are added to the ' +
        "other trackers' unconverted. Convert them to USD, or make EUR the report's currency if every tracker is in it.",
    );
  });

  it("says nothing when the header's currency is the report's, or a dollar where the report is in dollars", () => {
    expect(read("Budget (EUR '000)", "Actual Cost (EUR)", "EUR").findings.map((f) => f.rule)).toEqual([
      "amounts-scaled",
    ]);
    expect(read("Budget ($)", "Actual Cost (CAD)", "CAD").findings).toEqual([]);
    expect(read("Budget (Est)", "Actual Cost (hrs)").findings.map((f) => f.rule)).toEqual([]);
  });
});

describe("a unit on a two-row header's group label", () => {
  it("is the unit of each column under it: Financials ($k) over Budget and Actual Cost", () => {
    const group: (string | null)[] = PROJECT_HEADERS.map(() => null);
    group[7] = "Financials ($k)";
    const wb = workbook("t.xlsx", [
      sheet("Projects", [group, [...PROJECT_HEADERS], projectRow("P1", { 7: 2400, 8: 950 })], {
        // The group label is merged across H1:I1 (1-based sheet rows and columns).
        merges: [{ top: 1, left: 8, bottom: 1, right: 9 }],
      }),
    ]);
    const p = readPortfolio([wb], STANDARD_TEMPLATE, testSettings());
    expect(p.projects.map((r) => [r.budget, r.actualCost])).toEqual([[2_400_000, 950_000]]);
    expect(p.findings.map(brief)).toEqual([
      "info amounts-scaled Projects!H2",
      "info amounts-scaled Projects!I2",
    ]);
    expect(p.findings[0]?.message).toMatch(/^The header "Budget \(\$k\)" says its amounts are in thousands/);
  });
});

describe("a unit on the group label over a mapped column", () => {
  it("is the mapped column's unit too", () => {
    const headers: string[] = [...PROJECT_HEADERS];
    headers[7] = "Baseline WLC";
    const group: (string | null)[] = PROJECT_HEADERS.map(() => null);
    group[7] = "Whole Life Cost (£m)";
    const wb = workbook("t.xlsx", [
      sheet("Projects", [group, headers, projectRow("P1", { 7: 1.5, 8: 0.25 })], {
        merges: [{ top: 1, left: 8, bottom: 1, right: 9 }],
      }),
    ]);
    const mapping = { sheets: { Projects: { table: "projects", columns: { "Baseline WLC": "budget" } } } };
    const p = readPortfolio([wb], STANDARD_TEMPLATE, { ...testSettings(), currency: "GBP" }, mapping);
    // Before: the mapped Budget was read as 1.5 beside an Actual Cost of 250,000.
    expect(p.projects.map((r) => [r.budget, r.actualCost])).toEqual([[1_500_000, 250_000]]);
  });
});
