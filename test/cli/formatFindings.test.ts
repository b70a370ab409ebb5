import { formatFindings } from "../../src/cli/formatFindings";
import { analyseWorkbooks } from "../../src/core/analyse";
import type { Finding } from "../../src/core/model/finding";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { messyTracker } from "../core/support/messyTracker";
import { testSettings } from "../core/support/rawWorkbook";

function finding(overrides: Partial<Finding>): Finding {
  return {
    file: "north.xlsx",
    sheet: "Projects",
    cell: "G4",
    row: 4,
    column: "Start",
    severity: "warning",
    rule: "date-as-text",
    message:
      "Start has 3 dates stored as text (G4, G5, G6); they were read as day/month/year. Format the cells as dates.",
    ...overrides,
  };
}

describe("formatFindings", () => {
  it("prints a finding's message as it is: the message already names the column", () => {
    expect(formatFindings([finding({})])).toBe(
      "north.xlsx\n" +
        "  Projects — 0 errors, 1 warning, 0 notes\n" +
        "    warning G4     Start has 3 dates stored as text (G4, G5, G6); they were read as day/month/year. " +
        "Format the cells as dates. [date-as-text]\n",
    );
  });

  it("never repeats a column header on the findings of a messy tracker", () => {
    const { portfolio } = analyseWorkbooks([messyTracker()], {
      template: STANDARD_TEMPLATE,
      settings: testSettings(),
    });
    const text = formatFindings(portfolio.findings);
    const headers = new Set(portfolio.findings.flatMap((f) => (f.column === null ? [] : [f.column])));
    expect(headers.size).toBeGreaterThan(5);
    for (const header of headers) expect(text).not.toContain(`${header}: ${header}`);
    const lines = text.split("\n");
    for (const f of portfolio.findings) {
      expect(lines).toContain(`    ${f.severity.padEnd(7)} ${f.cell.padEnd(6)} ${f.message} [${f.rule}]`);
    }
  });

  it("sorts errors first, then by row, and labels workbook-level findings", () => {
    const text = formatFindings([
      finding({
        severity: "info",
        row: 2,
        cell: "A2",
        rule: "totals-row-skipped",
        message: "Row 2 is a totals row.",
      }),
      finding({
        severity: "error",
        row: 9,
        cell: "B9",
        rule: "required-missing",
        message: "PM is blank in row 9.",
      }),
      finding({
        sheet: "",
        cell: "",
        row: null,
        column: null,
        severity: "error",
        rule: "no-tables",
        message: "No tracker sheets.",
      }),
    ]);
    expect(text.split("\n")).toEqual([
      "north.xlsx",
      "  Projects — 1 error, 0 warnings, 1 note",
      "    error   B9     PM is blank in row 9. [required-missing]",
      "    info    A2     Row 2 is a totals row. [totals-row-skipped]",
      "  (workbook) — 1 error, 0 warnings, 0 notes",
      "    error          No tracker sheets. [no-tables]",
      "",
    ]);
  });
});

describe("formatFindings: the cap", () => {
  it("lists the first findings, errors first, and counts the rest by rule", () => {
    const findings = [
      finding({ cell: "A2", row: 2, rule: "w1" }),
      finding({ cell: "A3", row: 3, severity: "error", rule: "e1", message: "bad" }),
      finding({ cell: "A4", row: 4, rule: "w1" }),
      finding({ cell: "A5", row: 5, severity: "info", rule: "i1" }),
      finding({ cell: "A6", row: 6, rule: "w2" }),
    ];
    const text = formatFindings(findings, 2);
    expect(
      text
        .split("\n")
        .filter((l) => l.startsWith("    "))
        .map((l) => l.trim().slice(0, 10)),
    ).toEqual(["error   A3", "warning A2"]);
    expect(text).toContain("  Projects — 1 error, 3 warnings, 1 note\n");
    expect(text).toContain(
      "… and 3 more findings not listed (the first 2 are above, errors first; --json lists them all): " +
        "1 info i1, 1 warning w1, 1 warning w2\n",
    );
  });

  it("caps at 10,000 by default", () => {
    const many = Array.from({ length: 10_003 }, (_, i) => finding({ cell: `A${i + 2}`, row: i + 2 }));
    const text = formatFindings(many);
    expect(text.split("\n").filter((l) => l.startsWith("    warning"))).toHaveLength(10_000);
    expect(text).toContain("… and 3 more findings not listed");
  });
});
