import { analyseWorkbooks } from "../../../src/core/analyse";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { FindingSink } from "../../../src/core/validate/findingSink";
import type { Finding } from "../../../src/core/model/finding";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { PROJECT_HEADERS, projectRow } from "../read/fixtures";

const finding = (cell: string, message = "m"): Finding => ({
  file: "t.xlsx",
  sheet: "S",
  cell,
  row: 2,
  column: "C",
  severity: "error",
  rule: "r",
  message,
});

describe("findings in reading order", () => {
  it("gives each cell's same finding once, and keeps sheet-level ones and other messages", () => {
    const sink = new FindingSink();
    sink.add(finding("B2"), 0, 1, 2);
    sink.add(finding("A2"), 0, 1, 1);
    sink.add(finding("B2"), 0, 1, 2);
    sink.add(finding("B2", "other"), 0, 1, 2);
    sink.add(finding(""), 0, -1, 0);
    sink.add(finding(""), 0, -1, 0);
    expect(sink.findings().map((f) => `${f.cell}:${f.message}`)).toEqual([
      ":m",
      ":m",
      "A2:m",
      "B2:m",
      "B2:other",
    ]);
  });

  it("reports a resource plan's unknown project once, not once per month across", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [[...PROJECT_HEADERS], projectRow("P1")]),
      sheet("Resource Plan", [
        ["Resource", "Project ID", "Jan-26", "Feb-26", "Mar-26"],
        ["Ann Lee", "P9", 40, 40, 20],
      ]),
    ]);
    const { portfolio } = analyseWorkbooks([wb], { template: STANDARD_TEMPLATE, settings: testSettings() });
    const missing = portfolio.findings.filter((f) => f.rule === "reference-missing" && f.cell === "B2");
    expect(missing).toHaveLength(1);
    expect(portfolio.allocations).toHaveLength(3);
  });
});
