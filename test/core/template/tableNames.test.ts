import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { bareSheetName, isTableName, tableOfListObject } from "../../../src/core/template/tableNames";
import type { TableDef } from "../../../src/core/template/types";

function table(key: string): TableDef {
  const found = STANDARD_TEMPLATE.tables.find((t) => t.key === key);
  if (!found) throw new Error(key);
  return found;
}

describe("table names", () => {
  it("drops a tab number in front and Excel's copy number behind, never the whole name", () => {
    expect(
      ["1. Projects", "02_Risks", "3 - Resources", "4) Milestones", "Projects (2)", " 7 Rate Card (10)"].map(
        bareSheetName,
      ),
    ).toEqual(["Projects", "Risks", "Resources", "Milestones", "Projects", "Rate Card"]);
    expect(["2026", "(2)", "2026 Projects", "Q3 Risks"].map(bareSheetName)).toEqual([
      "2026",
      "(2)",
      "2026 Projects",
      "Q3 Risks",
    ]);
    expect(isTableName("1. Project List", table("projects"))).toBe(true);
    expect(isTableName("2026 Projects", table("projects"))).toBe(false);
  });

  it("names the template table an Excel table is named after, with or without its tbl / table affix", () => {
    const name = (lo: string): string | undefined => tableOfListObject(lo, STANDARD_TEMPLATE.tables)?.key;
    expect(
      [
        "tblProjects",
        "ProjectList",
        "Risk_Register",
        "tbl_RAID",
        "MilestonesTable",
        "RateTable",
        "tblResource",
      ].map(name),
    ).toEqual(["projects", "projects", "risks", "risks", "milestones", "rateCard", "resources"]);
    expect(["Table1", "tbl", "tblData", "PivotTable3"].map(name)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
