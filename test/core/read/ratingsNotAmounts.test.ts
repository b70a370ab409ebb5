import { analyseWorkbooks } from "../../../src/core/analyse";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { PROJECT_HEADERS, projectRow } from "./fixtures";

const settings = testSettings();
const brief = (f: { severity: string; rule: string; cell: string }) => `${f.severity} ${f.rule} ${f.cell}`;

describe("an amount column holding RAG ratings", () => {
  it("reads the Budget from the amounts, not from the Budget rating before them", () => {
    // The ratings (C–E) come first: the first column named Budget won, and every project was left out.
    const rest = PROJECT_HEADERS.slice(2).map((h) => (h === "Budget" ? "Budget ($)" : h));
    const headers = ["Project ID", "Project Name", "Schedule", "Budget", "Scope", ...rest];
    const row = (id: string, ratings: string[]) => {
      const r = projectRow(id);
      return [...r.slice(0, 2), ...ratings, ...r.slice(2)];
    };
    const wb = workbook("t.xlsx", [
      sheet("Projects", [headers, row("P1", ["Green", "🟡", "Green"]), row("P2", ["Amber", "Red", "Green"])]),
    ]);
    const { portfolio, report } = analyseWorkbooks([wb], { template: STANDARD_TEMPLATE, settings });
    expect(report.projects.map((p) => `${p.projectId} ${String(p.bac)} ${String(p.excluded)}`)).toEqual([
      "P1 100000 false",
      "P2 100000 false",
    ]);
    const info = portfolio.findings.find((f) => f.rule === "column-read-by-values");
    expect(info?.cell).toBe("D1");
    expect(info?.message).toBe(
      '"Budget" (D1) holds RAG ratings ("🟡", "Red"), not amounts: it was not read as the Budget. Budget is ' +
        'read from "Budget ($)" (K1).',
    );
    expect(portfolio.findings.filter((f) => f.rule === "invalid-number")).toEqual([]);
  });

  it("leaves the Budget missing when the only Budget column holds ratings, and says so", () => {
    const headers = PROJECT_HEADERS.filter((h) => h !== "Budget");
    const rows = [projectRow("P1"), projectRow("P2")].map((r) => [...r.slice(0, 7), ...r.slice(8)]);
    const wb = workbook("t.xlsx", [
      sheet("Projects", [
        [...headers, "Budget"],
        [...(rows[0] ?? []), "G"],
        [...(rows[1] ?? []), "Amber"],
      ]),
    ]);
    const { portfolio, report } = analyseWorkbooks([wb], { template: STANDARD_TEMPLATE, settings });
    expect(portfolio.findings.map(brief)).toEqual(
      expect.arrayContaining(["error required-column-missing A1", "info column-read-by-values J1"]),
    );
    expect(portfolio.findings.filter((f) => f.rule === "invalid-number")).toEqual([]);
    expect(report.portfolio.excluded.map((e) => e.reason)).toEqual([
      "sheet Projects has no Budget column",
      "sheet Projects has no Budget column",
    ]);
  });

  it("keeps a Budget column of amounts with a few ratings typed in by mistake", () => {
    const wb = workbook("t.xlsx", [
      sheet("Projects", [
        [...PROJECT_HEADERS],
        projectRow("P1"),
        projectRow("P2"),
        projectRow("P3", { 7: "Green" }),
      ]),
    ]);
    const { portfolio } = analyseWorkbooks([wb], { template: STANDARD_TEMPLATE, settings });
    expect(portfolio.findings.map(brief)).toContain("error invalid-number H4");
    expect(portfolio.findings.map((f) => f.rule)).not.toContain("column-read-by-values");
  });
});
