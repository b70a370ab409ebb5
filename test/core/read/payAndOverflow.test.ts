import { analyseWorkbooks } from "../../../src/core/analyse";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { validatePortfolio } from "../../../src/core/validate/validatePortfolio";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { brief, PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();

function findingsOf(sheets: Parameters<typeof workbook>[1]) {
  const read = readPortfolio([workbook("t.xlsx", sheets)], STANDARD_TEMPLATE, settings);
  return [...read.findings, ...validatePortfolio(read, STANDARD_TEMPLATE, settings)];
}

const projects = sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]);

describe("a finding about a pay cell never repeats its value", () => {
  it("names the cell and the limit of a negative salary or an unreadable rate, not the figure", () => {
    const findings = findingsOf([
      projects,
      sheet("Resources", [
        ["Resource", "Role", "Annual Salary", "Hourly Rate"],
        ["Ann Lee", "PM", -313131, null],
        ["Bo Chan", "Dev", null, "about 87.50 an hour"],
        ["Cy Diaz", "Dev", "$ 1x4,321", 0],
        // Abbreviated: the reader would read it out in full (120,000) anywhere but a pay cell.
        ["Di Eng", "Dev", "120k", null],
      ]),
    ]);
    const pay = findings.filter(
      (f) => f.severity === "error" && (f.column === "Annual Salary" || f.column === "Hourly Rate"),
    );
    expect(pay.map(brief)).toEqual([
      "error out-of-range Resources!C2",
      "error invalid-number Resources!D3",
      "error invalid-number Resources!C4",
      "error invalid-number Resources!C5",
    ]);
    expect(pay[0]?.message).toBe(
      "Annual Salary in C2 is below the minimum of 0; enter a value of at least 0 (the value is not repeated here: pay is personal).",
    );
    for (const f of pay) {
      expect(f.message).not.toMatch(/313|87\.5|4,321|about|120/);
    }
  });

  it("keeps pay out of validation rules' messages too (a salary used twice where unique)", () => {
    const template = {
      ...STANDARD_TEMPLATE,
      tables: STANDARD_TEMPLATE.tables.map((t) =>
        t.key !== "resources"
          ? t
          : { ...t, columns: t.columns.map((c) => (c.key === "annualSalary" ? { ...c, unique: true } : c)) },
      ),
    };
    const raw = workbook("t.xlsx", [
      projects,
      sheet("Resources", [
        ["Resource", "Role", "Annual Salary"],
        ["Ann Lee", "PM", 98765],
        ["Bo Chan", "Dev", 98765],
      ]),
    ]);
    const { portfolio, report } = analyseWorkbooks([raw], { template, settings });
    const findings = portfolio.findings;
    const repeated = findings.find((f) => f.rule === "duplicate-value" || f.column === "Annual Salary");
    expect(repeated).toBeDefined();
    expect(repeated?.message).toContain("(value not shown: pay is personal)");
    expect(JSON.stringify(report.validation)).not.toMatch(/98,?765/);
  });
});

describe("numbers that overflow or are beyond any real figure", () => {
  it("is an error at its cell for an infinite budget and for money above 10^15", () => {
    const findings = findingsOf([
      sheet("Projects", [
        [...PROJECT_HEADERS],
        projectRow("P1", { 7: Number.POSITIVE_INFINITY }),
        projectRow("P2", { 7: `1${"0".repeat(400)}` }),
        projectRow("P3", { 7: 9e307, 8: -2e15 }),
        projectRow("P4", { 7: 1e15 }),
      ]),
    ]);
    expect(findings.filter((f) => f.severity === "error").map((f) => `${brief(f)} ${f.message}`)).toEqual([
      "error number-not-finite Projects!H2 Budget in H2 is too large to be a number (it overflows); enter the real value.",
      "error number-not-finite Projects!H3 Budget in H3 is too large to be a number (it overflows); enter the real value.",
      "error number-too-large Projects!H4 Budget in H4 is beyond 1,000,000,000,000,000 (10^15), more than any real figure; check the cell.",
      "error number-too-large Projects!I4 Actual Cost in I4 is beyond 1,000,000,000,000,000 (10^15), more than any real figure; check the cell.",
    ]);
  });
});
