/** Template 1.2: the Rate Card table and the Status Comment / Decision Needed columns, read and validated. */
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { validatePortfolio } from "../../../src/core/validate/validatePortfolio";
import { brief, PROJECT_HEADERS, projectRow } from "../read/fixtures";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";

const settings = testSettings();

function analyse(rateSheet: string, rates: (string | number)[][]) {
  const wb = workbook("t.xlsx", [
    sheet("Projects", [
      [...PROJECT_HEADERS, "Comments", "Ask"],
      [...projectRow("P1"), '=HYPERLINK("http://x")', "Approve the $50K change request"],
    ]),
    sheet("Resources", [
      ["Resource", "Role", "Annual Salary"],
      ["Ann Lee", "Engineer", 104000],
      ["Bo Diaz", "Analyst", 83200],
    ]),
    sheet(rateSheet, [["Grade", "Standard Rate"], ...rates]),
  ]);
  const portfolio = readPortfolio([wb], STANDARD_TEMPLATE, settings);
  return {
    portfolio,
    findings: [...portfolio.findings, ...validatePortfolio(portfolio, STANDARD_TEMPLATE, settings)],
  };
}

describe("template 1.2", () => {
  it("reads a Rate Card under a sheet alias and header aliases", () => {
    const { portfolio, findings } = analyse("Standard Rates", [
      ["Engineer", 75],
      ["Analyst", "$52.50"],
    ]);
    expect(portfolio.bindings.map((b) => `${b.table}=${b.sheet}`)).toContain("rateCard=Standard Rates");
    expect(portfolio.rateCard.map((r) => [r.role, r.hourlyRate])).toEqual([
      ["Engineer", 75],
      ["Analyst", 52.5],
    ]);
    expect(findings.map(brief)).toEqual(["warning currency-symbol Standard Rates!B3"]);
  });

  it("warns at a rate card role that no Resources row holds, and rejects a repeated role", () => {
    const { findings } = analyse("Rate Card", [
      ["Engineer", 75],
      ["Scrum Master", 70],
      ["Engineer", 80],
    ]);
    expect(findings.map(brief)).toEqual([
      "warning reference-missing Rate Card!A3",
      "error duplicate-id Rate Card!A4",
    ]);
    expect(findings[0]?.message).toBe(
      'Grade "Scrum Master" is not listed in Resources. Add it to the Resources sheet, or correct the value here.',
    );
  });

  it("keeps Status Comment and Decision Needed as literal text", () => {
    const { portfolio } = analyse("Rates", [["Engineer", 75]]);
    expect(portfolio.projects[0]).toMatchObject({
      statusComment: '=HYPERLINK("http://x")',
      decisionNeeded: "Approve the $50K change request",
    });
  });
});
