import { computeKpis } from "../../../src/core/kpi/computeKpis";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import { parseTemplate } from "../../../src/core/template/parseTemplate";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import type { TemplateDef } from "../../../src/core/template/types";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";
import { PROJECT_HEADERS, projectRow } from "./fixtures";

/**
 * The standard template without the optional columns `drop` of `tableKey` (and the rules that name
 * them), loaded as the CLI loads a `--template` file.
 */
function withoutColumns(tableKey: string, drop: readonly string[]): TemplateDef {
  const names = (rule: object) => Object.values(rule).some((v) => typeof v === "string" && drop.includes(v));
  const json = {
    name: "Slim PMO",
    version: "1",
    tables: STANDARD_TEMPLATE.tables.map((t) =>
      t.key === tableKey
        ? {
            ...t,
            columns: t.columns.filter((c) => !drop.includes(c.key)),
            rules: (t.rules ?? []).filter((r) => !names(r)),
          }
        : t,
    ),
  };
  const result = parseTemplate(JSON.parse(JSON.stringify(json)), "slim.json");
  if (!("template" in result)) throw new Error(result.errors.join("\n"));
  return result.template;
}

describe("readPortfolio with a custom template that drops optional standard columns", () => {
  const template = withoutColumns("projects", ["plannedValue", "program", "priority"]);
  const settings = testSettings();
  const read = () =>
    readPortfolio(
      [workbook("t.xlsx", [sheet("Projects", [[...PROJECT_HEADERS], projectRow("P-1")])])],
      template,
      settings,
    );

  it("still gives every standard column key of the typed view, as null", () => {
    const project = read().projects[0];
    expect(project).toBeDefined();
    for (const key of ["plannedValue", "program", "priority"]) {
      expect(Object.prototype.hasOwnProperty.call(project, key)).toBe(true);
    }
    expect(project?.plannedValue).toBeNull();
    expect(project?.program).toBeNull();
    expect(project?.priority).toBeNull();
  });

  it("keeps PV and SV in the KPI JSON (linear baseline: 89 of 119 days of 100,000 by 2026-03-31)", () => {
    const json = JSON.parse(JSON.stringify(computeKpis(read(), settings))) as {
      projects: { pv?: number; sv?: number; program?: string | null }[];
    };
    const project = json.projects[0];
    // Start 2026-01-01, Baseline Finish 2026-04-30: 89 of 119 days elapsed on 2026-03-31.
    const pv = (100000 * 89) / 119;
    expect(project?.pv).toBeCloseTo(pv, 6);
    expect(project?.sv).toBeCloseTo(45000 - pv, 6);
    expect(project?.program).toBeNull();
  });
});
