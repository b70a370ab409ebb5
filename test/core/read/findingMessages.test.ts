import { analyseWorkbooks } from "../../../src/core/analyse";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { messyTracker } from "../support/messyTracker";
import { testSettings } from "../support/rawWorkbook";

/**
 * A finding's message is shown on its own in the task pane, the PMO Validation sheet and the CLI,
 * next to a separate Column field. So the message names its column itself, as part of a sentence,
 * never as a `Header:` label that a surface printing the column would repeat.
 */
describe("finding messages name their column once, in the sentence", () => {
  const { portfolio } = analyseWorkbooks([messyTracker()], {
    template: STANDARD_TEMPLATE,
    settings: testSettings({ dateOrder: "MDY" }),
  });
  const withColumn = portfolio.findings.filter((f) => f.column !== null);

  it("covers the grouped notices and the row findings", () => {
    expect(new Set(withColumn.map((f) => f.rule))).toEqual(
      new Set([
        "date-as-text",
        "date-order-switched",
        "thousands-separator",
        "currency-symbol",
        "out-of-range",
        "required-missing",
        "invalid-enum",
        "excel-error",
        "invalid-number",
        "invalid-scale",
        "baseline-before-start",
        "duplicate-id",
        "reference-missing",
      ]),
    );
  });

  it.each(withColumn.map((f) => [f.rule, f.cell, f]))("%s at %s", (_rule, _cell, finding) => {
    const column = finding.column ?? "";
    expect(finding.message).toContain(column);
    expect(finding.message.startsWith(`${column}:`)).toBe(false);
  });

  it("words a grouped notice as a sentence about the column", () => {
    const start = withColumn.find((f) => f.rule === "date-as-text" && f.column === "Start");
    expect(start?.message).toBe(
      "Start has 3 dates stored as text (F2, F3, F4); they were read as day/month/year. Format the cells as dates.",
    );
  });
});
