import { mappingFor, parseSheetMapping } from "../../../src/core/read/sheetMapping";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";

describe("parseSheetMapping", () => {
  it("accepts a valid map", () => {
    const json = {
      sheets: {
        Data: { table: "projects", columns: { "Proj Ref": "projectId", "Spend (£)": "actualCost" } },
        Risks: { columns: { Likely: "probability" } },
      },
    };
    expect(parseSheetMapping(json, "map.json", STANDARD_TEMPLATE)).toEqual({ mapping: json });
  });

  it("lists every problem with the file, sheet and what is allowed", () => {
    const result = parseSheetMapping(
      {
        sheets: {
          Proj: { table: "projcts" },
          Data: { table: "projects", columns: { Ref: "projectID", Cost: "actualCost" }, colums: {} },
          Notes: { columns: { A: "x" } },
          Odd: "projects",
        },
      },
      "map.json",
      STANDARD_TEMPLATE,
    );
    expect(result).toEqual({
      errors: [
        'map.json: sheet "Proj": unknown table "projcts"; the tables are projects, milestones, risks, resources, ' +
          "allocations, dependencies, salaryBenchmarks, rateCard.",
        'map.json: sheet "Data": unknown property "colums" (use "table", "columns").',
        'map.json: sheet "Data": header "Ref" maps to unknown column "projectID" of projects; the columns are ' +
          "projectId, projectName, program, portfolio, projectManager, sponsor, phase, status, priority, " +
          "strategicScore, startDate, baselineFinish, forecastFinish, actualFinish, budget, actualCost, " +
          "plannedValue, plannedPercent, percentComplete, lastUpdated, statusComment, decisionNeeded.",
        'map.json: sheet "Notes": its name matches no table, so give "table" for its "columns".',
        'map.json: sheet "Odd": expected an object with "table" and/or "columns".',
      ],
    });
  });

  it("rejects a map without sheets", () => {
    expect(parseSheetMapping([1, 2], "map.json", STANDARD_TEMPLATE)).toEqual({
      errors: [
        'map.json: a sheet mapping must be an object like {"sheets": {"<sheet name>": {"table": "<table key>", ' +
          '"columns": {"<header>": "<column key>"}}}}.',
      ],
    });
  });

  it("finds a sheet's entry by exact name, then ignoring case, spaces, _ and -", () => {
    const mapping = { sheets: { "Proj Data": { table: "projects" }, proj_data: { table: "risks" } } };
    expect(mappingFor(mapping, "Proj Data")).toEqual({ table: "projects" });
    expect(mappingFor(mapping, "PROJ-DATA")).toEqual({ table: "projects" });
    expect(mappingFor(mapping, "Other")).toBeUndefined();
    expect(mappingFor(undefined, "Proj Data")).toBeUndefined();
  });
});
