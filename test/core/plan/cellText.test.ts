import { buildDashboardPlan } from "../../../src/core/plan/buildDashboardPlan";
import { EXCEL_CELL_TEXT_LIMIT, fitCellText } from "../../../src/core/plan/cellText";
import { SheetBuilder } from "../../../src/core/plan/sheetBuilder";
import { sampleInput, sampleReport } from "./support/makeReport";

describe("Excel's 32,767-character cell limit", () => {
  it("cuts longer text to the limit with an ellipsis, and leaves shorter text alone", () => {
    expect(fitCellText("short")).toBe("short");
    const exact = "x".repeat(EXCEL_CELL_TEXT_LIMIT);
    expect(fitCellText(exact)).toBe(exact);
    const cut = fitCellText("y".repeat(100_000));
    expect(cut).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
    expect(cut.endsWith("y…")).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const text = `${"a".repeat(EXCEL_CELL_TEXT_LIMIT - 2)}😀😀`;
    const cut = fitCellText(text);
    expect(cut.endsWith("a…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
  });

  it("applies to every cell a sheet builder is given", () => {
    const long = "z".repeat(50_000);
    const plan = new SheetBuilder("S")
      .text(1, 1, long)
      .rows(2, 1, [[{ value: 1 }, { value: long }]])
      .build();
    const texts = plan.blocks.flatMap((b) => b.cells.flat()).map((c) => c.value);
    expect(texts.filter((v) => typeof v === "string").map((v) => (v as string).length)).toEqual([
      EXCEL_CELL_TEXT_LIMIT,
      EXCEL_CELL_TEXT_LIMIT,
    ]);
  });

  it("holds for a dashboard with a 100,000-character project name and a 398,241-character finding", () => {
    const report = sampleReport();
    const name = "N".repeat(100_000);
    const first = report.validation.findings[0];
    if (first === undefined) throw new Error("sample report has findings");
    const plan = buildDashboardPlan(
      sampleInput({
        portfolioName: name,
        report: {
          ...report,
          projects: report.projects.map((p, i) => (i === 0 ? { ...p, projectName: name } : p)),
          validation: {
            ...report.validation,
            findings: [{ ...first, message: "W".repeat(398_241) }, ...report.validation.findings.slice(1)],
          },
        },
      }),
    );
    const lengths = plan.sheets.flatMap((s) =>
      s.blocks.flatMap((b) => b.cells.flat().map((c) => (typeof c.value === "string" ? c.value.length : 0))),
    );
    expect(Math.max(...lengths)).toBe(EXCEL_CELL_TEXT_LIMIT);
  });
});
