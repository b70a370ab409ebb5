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
