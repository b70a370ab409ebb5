import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTemplate } from "../../../src/core/template/parseTemplate";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { templateToJson } from "../../../src/core/template/templateToJson";

type Json = Record<string, unknown>;

/** The standard template as editable JSON; each test breaks one thing. */
function standardJson(): Json & { tables: (Json & { columns: Json[]; rules?: Json[] })[] } {
  return JSON.parse(templateToJson(STANDARD_TEMPLATE)) as ReturnType<typeof standardJson>;
}

function table(json: ReturnType<typeof standardJson>, key: string) {
  const found = json.tables.find((t) => t["key"] === key);
  if (!found) throw new Error(`no table ${key}`);
  return found;
}

function column(t: { columns: Json[] }, key: string): Json {
  const found = t.columns.find((c) => c["key"] === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
}

function errorsOf(json: unknown): string[] {
  const result = parseTemplate(json, "pmo.json");
  if ("template" in result) throw new Error("expected errors, got a template");
  return result.errors;
}

/** A small valid custom template: a new table next to a trimmed Projects table. */
function customJson(): ReturnType<typeof standardJson> {
  const json = standardJson();
  const projects = table(json, "projects");
  return {
    name: "Acme PMO",
    version: "2",
    tables: [
      {
        ...projects,
        // Standard optional columns may be left out; new ones added.
        columns: [
          ...projects.columns.filter((c) => column(projects, String(c["key"]))["required"] === true),
          { key: "costCentre", header: "Cost Centre", type: "text" },
        ],
        rules: [
          {
            kind: "compare",
            id: "baseline-before-start",
            column: "baselineFinish",
            op: ">=",
            other: "startDate",
            severity: "error",
          },
        ],
      },
      {
        key: "benefits",
        name: "Benefits",
        columns: [
          {
            key: "projectId",
            header: "Project ID",
            type: "id",
            required: true,
            references: { table: "projects", column: "projectId" },
          },
          { key: "benefit", header: "Benefit", type: "text", required: true },
          { key: "target", header: "Target Value", type: "currency", min: 0 },
          { key: "achieved", header: "Achieved Value", type: "currency", min: 0 },
        ],
        rules: [
          { kind: "oneOf", id: "benefit-unmeasured", columns: ["target", "achieved"], severity: "info" },
        ],
      },
    ],
  };
}

describe("parseTemplate", () => {
  it("round-trips the standard template through JSON", () => {
    const result = parseTemplate(JSON.parse(templateToJson(STANDARD_TEMPLATE)), "standard.json");
    expect(result).toEqual({ template: STANDARD_TEMPLATE });
    // Written again, it is the same JSON (property order aside).
    if ("template" in result) expect(JSON.parse(templateToJson(result.template))).toEqual(STANDARD_TEMPLATE);
  });

  it("is what docs/template.example.json holds (the file PMOs start a custom template from)", () => {
    const file = readFileSync(join(__dirname, "../../../docs/template.example.json"), "utf8");
    expect(JSON.parse(file)).toEqual(JSON.parse(templateToJson(STANDARD_TEMPLATE)));
  });

  it("reads the file text too, and reports text that is not JSON", () => {
    expect(parseTemplate(templateToJson(STANDARD_TEMPLATE), "standard.json")).toEqual({
      template: STANDARD_TEMPLATE,
    });
    const errors = errorsOf('{"name": "x",');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^pmo\.json: is not valid JSON \(/);
  });

  it("accepts a custom template with new tables and columns and without standard optional columns", () => {
    const result = parseTemplate(customJson(), "acme.json");
    expect("template" in result && result.template.tables.map((t) => [t.key, t.columns.length])).toEqual([
      ["projects", 11],
      ["benefits", 4],
    ]);
  });

  it("stores enum synonyms in lower case, as cells are matched", () => {
    const json = standardJson();
    column(table(json, "projects"), "status")["enum"] = {
      values: ["Green", "Amber", "Red"],
      synonyms: { Yellow: "Amber" },
    };
    const result = parseTemplate(json, "pmo.json");
    const status =
      "template" in result ? result.template.tables[0]?.columns.find((c) => c.key === "status") : undefined;
    expect(status?.enum?.synonyms).toEqual({ yellow: "Amber" });
  });

  it("names the path of a type that does not exist and lists the types", () => {
    const json = standardJson();
    column(table(json, "milestones"), "forecastDate")["type"] = "datetime";
    expect(errorsOf(json)).toEqual([
      'pmo.json: tables[1].columns[3].type: "datetime" is not a column type; use one of text, id, integer, number, currency, percent, fraction, scale, date, month, enum',
    ]);
  });

  it("reports an unknown rule kind", () => {
    const json = standardJson();
    table(json, "projects").rules?.push({ kind: "between", id: "x", column: "budget", severity: "error" });
    expect(errorsOf(json)).toEqual([
      'pmo.json: tables[0].rules[7].kind: "between" is not a rule kind; use one of compare, afterAsOf, stale, requiresWhen, allowedWhen, oneOf',
    ]);
  });

  it("reports rules that point at columns that do not exist", () => {
    const json = standardJson();
    const rules = table(json, "projects").rules ?? [];
    rules[0] = { ...rules[0], other: "startDat" };
    const errors = errorsOf(json);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^pmo\.json: tables\[0\]\.rules\[0\]\.other: "startDat" is not a column of table "projects"; its columns are projectId, projectName, /,
    );
  });

  it("reports references to tables and columns that do not exist, and half a scope", () => {
    const json = standardJson();
    column(table(json, "milestones"), "projectId")["references"] = { table: "project", column: "projectId" };
    column(table(json, "risks"), "projectId")["references"] = { table: "projects", column: "id" };
    column(table(json, "dependencies"), "toMilestone")["references"] = {
      table: "milestones",
      column: "milestone",
      scopeColumn: "toProject",
    };
    const errors = errorsOf(json);
    expect(errors).toEqual([
      "pmo.json: tables[5].columns[3].references: scopeColumn and targetScopeColumn go together: give both or neither",
      'pmo.json: tables[1].columns[0].references.table: "project" is not a table of this template; its tables are projects, milestones, risks, resources, allocations, dependencies, salaryBenchmarks, rateCard',
      expect.stringMatching(
        /^pmo\.json: tables\[2\]\.columns\[1\]\.references\.column: "id" is not a column of table "projects"; its columns are projectId, /,
      ),
    ]);
  });

  it("reports duplicate table keys, column keys and rule ids", () => {
    const json = standardJson();
    json.tables.push({ ...table(json, "risks"), rules: [] });
    const projects = table(json, "projects");
    projects.columns.push({ key: "budget", header: "Budget 2", type: "currency" });
    table(json, "salaryBenchmarks").rules?.push({
      ...(projects.rules?.[0] ?? {}),
      column: "marketMax",
      other: "marketMin",
    });
    expect(errorsOf(json)).toEqual([
      'pmo.json: tables[8].key: "risks" is already the key of tables[2]; table keys must be unique',
      'pmo.json: tables[0].columns[22].key: "budget" is already the key of tables[0].columns[14]; column keys must be unique in a table',
      'pmo.json: tables[6].rules[1].id: "baseline-before-start" is already the id of tables[0].rules[0]; rule ids must be unique',
    ]);
  });

  it("reports headers or aliases that would match two columns", () => {
    const json = standardJson();
    column(table(json, "projects"), "sponsor")["aliases"] = ["Executive Sponsor", "Project Manager (PM)"];
    expect(errorsOf(json)).toEqual([
      'pmo.json: tables[0].columns[5]: header or alias "Project Manager (PM)" also matches column "projectManager"; a sheet column could not be told apart',
    ]);
  });

  it("accepts an alias of two columns: the first of them the sheet's headers left free takes it", () => {
    const json = standardJson();
    column(table(json, "projects"), "sponsor")["aliases"] = ["Executive Sponsor", "Owner"];
    column(table(json, "projects"), "projectManager")["aliases"] = ["PM", "Owner"];
    expect("template" in parseTemplate(json, "pmo.json")).toBe(true);
  });

  it("reports an enum without values, an enum column without enum, and synonyms to unknown values", () => {
    const json = standardJson();
    column(table(json, "projects"), "priority")["enum"] = { values: [] };
    delete column(table(json, "projects"), "phase")["enum"];
    column(table(json, "risks"), "status")["enum"] = {
      values: ["Open", "Mitigating", "Closed"],
      synonyms: { done: "Finished" },
    };
    expect(errorsOf(json)).toEqual([
      'pmo.json: tables[0].columns[6].enum: is missing; a column of type enum needs "enum": {"values": [...]}',
      "pmo.json: tables[0].columns[8].enum.values: must list at least 1 value(s)",
      'pmo.json: tables[2].columns[8].enum.synonyms.done: "Finished" is not one of the values (Open, Mitigating, Closed)',
    ]);
  });

  it("reports min greater than max and percent limits written as 0–100", () => {
    const json = standardJson();
    Object.assign(column(table(json, "projects"), "strategicScore"), { min: 5, max: 1 });
    Object.assign(column(table(json, "projects"), "percentComplete"), { max: 100 });
    expect(errorsOf(json)).toEqual([
      "pmo.json: tables[0].columns[9]: min 5 is greater than max 1",
      "pmo.json: tables[0].columns[18].max: 100 is outside 0..1; percent limits are fractions (write 1 for 100%)",
    ]);
  });

  it("reports misspelt properties, wrong value types and missing required properties", () => {
    const json = standardJson();
    const projects = table(json, "projects");
    Object.assign(column(projects, "program"), { requried: true });
    Object.assign(column(projects, "portfolio"), { required: "yes" });
    delete column(projects, "sponsor")["header"];
    json["version"] = 1.1;
    expect(errorsOf(json)).toEqual([
      "pmo.json: version: must be non-empty text, found 1.1",
      "pmo.json: tables[0].columns[2].requried: is not a known property; use one of key, header, aliases, type, required, description, min, max, enum, unique, references",
      'pmo.json: tables[0].columns[3].required: must be true or false, found "yes"',
      "pmo.json: tables[0].columns[5].header: is missing; it must be text",
    ]);
  });

  it("reports keys that cannot be property names of a row", () => {
    const json = customJson();
    const benefits = json.tables[1];
    if (!benefits) throw new Error("no benefits table");
    benefits.columns.push(
      { key: "src", header: "Source", type: "text" },
      { key: "target value", header: "Target 2", type: "text" },
    );
    benefits["key"] = "constructor";
    expect(errorsOf(json)).toEqual([
      'pmo.json: tables[1].key: "constructor" is reserved; choose another key',
      'pmo.json: tables[1].columns[4].key: "src" is reserved; choose another key',
      'pmo.json: tables[1].columns[5].key: "target value" must start with a letter and hold only letters, digits and _',
    ]);
  });

  it("reports rule values that could never match, and rules on the wrong column types", () => {
    const json = standardJson();
    const projects = table(json, "projects");
    projects.rules?.push(
      {
        kind: "compare",
        id: "budget-vs-start",
        column: "budget",
        op: "<=",
        other: "startDate",
        severity: "warning",
      },
      { kind: "stale", id: "stale-budget", column: "budget", severity: "warning" },
      {
        kind: "allowedWhen",
        id: "closed-needs-green",
        column: "phase",
        value: "Done",
        other: "status",
        allowed: ["Blue"],
        severity: "info",
      },
    );
    expect(errorsOf(json)).toEqual([
      'pmo.json: tables[0].rules[7]: compare needs two dates, two months or two numbers; "budget" is currency and "startDate" is date',
      'pmo.json: tables[0].rules[8].column: stale works on date columns; "budget" is currency',
      'pmo.json: tables[0].rules[9].value: "Done" is not a value of "phase" (Initiation, Planning, Execution, Closing, Closed, On Hold, Cancelled)',
      'pmo.json: tables[0].rules[9].allowed: "Blue" is not a value of "status" (Green, Amber, Red)',
    ]);
  });

  it("keeps standard column types, required columns, enum values and the Projects table", () => {
    const json = standardJson();
    const projects = table(json, "projects");
    column(projects, "budget")["type"] = "text";
    column(projects, "percentComplete")["type"] = "number";
    projects.columns = projects.columns.filter((c) => c["key"] !== "projectManager");
    column(projects, "phase")["enum"] = {
      values: ["Initiation", "Planning", "Execution", "Closing", "Closed", "Cancelled", "Proposed"],
    };
    // Fine: a compatible type, and a new column in a standard table.
    column(projects, "strategicScore")["type"] = "scale";
    projects.columns.push({ key: "benefitScore", header: "Benefit Score", type: "scale" });
    expect(errorsOf(json)).toEqual([
      // A text budget also breaks what the template does with it: its minimum and a rule.
      "pmo.json: tables[0].columns[13]: min and max apply only to integer, number, currency, percent, fraction, scale columns, not text",
      'pmo.json: tables[0].rules[4]: compare needs two dates, two months or two numbers; "plannedValue" is currency and "budget" is text',
      'pmo.json: tables[0].columns: the standard column "projectManager" (Project Manager, text) is missing; the KPIs read projects.projectManager',
      "pmo.json: tables[0].columns[5].enum.values: the standard column projects.phase must keep the values Initiation, Planning, Execution, Closing, Closed, On Hold, Cancelled (missing: On Hold); you may add others",
      'pmo.json: tables[0].columns[13].type: "text" cannot be used for the standard column projects.budget, which the KPIs read as currency; use currency or number or integer',
      'pmo.json: tables[0].columns[17].type: "number" cannot be used for the standard column projects.percentComplete, which the KPIs read as percent; use percent or fraction',
    ]);
    const withoutProjects = customJson();
    withoutProjects.tables.shift();
    expect(errorsOf(withoutProjects)).toEqual([
      'pmo.json: tables[0].columns[0].references.table: "projects" is not a table of this template; its tables are benefits',
      'pmo.json: tables: the standard table "projects" (Projects) is missing; the KPIs need it (it may have extra columns)',
    ]);
  });

  it("reports a template that is not an object or has no tables", () => {
    expect(errorsOf([])).toEqual(["pmo.json: must be an object {...}, found a list"]);
    expect(errorsOf({ name: "x", version: "1", tables: [] })).toEqual([
      "pmo.json: tables: must list at least one table",
      'pmo.json: tables: the standard table "projects" (Projects) is missing; the KPIs need it (it may have extra columns)',
    ]);
  });
});
