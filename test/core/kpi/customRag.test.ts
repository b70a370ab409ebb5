import { computeKpis } from "../../../src/core/kpi/computeKpis";
import { countRag, reportedRag } from "../../../src/core/kpi/rag";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { parseTemplate } from "../../../src/core/template/parseTemplate";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { TemplateDef } from "../../../src/core/template/types";
import { PROJECT_HEADERS, projectRow } from "../read/fixtures";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";

/** The standard template with `Blue` (done) added to the Projects Status (RAG) values. */
function blueTemplate(): TemplateDef {
  const json = JSON.parse(JSON.stringify(STANDARD_TEMPLATE)) as {
    tables: { key: string; columns: { key: string; enum?: { values: string[] } }[] }[];
  };
  const status = json.tables.find((t) => t.key === "projects")?.columns.find((c) => c.key === "status");
  status?.enum?.values.push("Blue");
  const result = parseTemplate({ ...json, name: "Blue PMO" }, "blue.json");
  if (!("template" in result)) throw new Error(result.errors.join("\n"));
  return result.template;
}

describe("a RAG value a custom template adds to Projects Status", () => {
  const settings = testSettings();
  const portfolio = readPortfolio(
    [
      workbook("t.xlsx", [
        sheet("Projects", [
          [...PROJECT_HEADERS],
          projectRow("P-1", { 4: "Green" }),
          projectRow("P-2", { 4: "Blue" }),
          projectRow("P-3", { 4: "Red" }),
        ]),
      ]),
    ],
    blueTemplate(),
    settings,
  );

  it("is read and validated as an allowed value", () => {
    expect(portfolio.tables["projects"]?.map((row) => row["status"])).toEqual(["Green", "Blue", "Red"]);
    expect(portfolio.findings.filter((f) => f.rule === "invalid-enum")).toEqual([]);
  });

  it("counts as no reported RAG: only Green, Amber and Red are counted", () => {
    const report = computeKpis(portfolio, settings);
    expect(report.portfolio.ragReported).toEqual({ Green: 1, Amber: 0, Red: 1 });
    expect(report.projects.map((p) => p.reportedRag)).toEqual(["Green", null, "Red"]);
    expect(report.projects[1]?.watermelon).toBe(false);
    expect(JSON.parse(JSON.stringify(report.portfolio.ragReported))).toEqual({ Green: 1, Amber: 0, Red: 1 });
  });

  it("reportedRag keeps Green, Amber and Red and turns anything else into null", () => {
    expect(["Green", "Amber", "Red", "Blue", "green", "", null].map(reportedRag)).toEqual([
      "Green",
      "Amber",
      "Red",
      null,
      null,
      null,
      null,
    ]);
    expect(countRag(["Green", "Amber", "Amber", null])).toEqual({ Green: 1, Amber: 2, Red: 0 });
  });
});
