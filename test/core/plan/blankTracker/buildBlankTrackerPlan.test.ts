import { buildBlankTrackerPlan } from "../../../../src/core/plan/blankTracker/buildBlankTrackerPlan";
import type { DashboardPlan, SheetPlan } from "../../../../src/core/plan/types";
import { STANDARD_TEMPLATE } from "../../../../src/core/template/standardTemplate";
import type { TemplateDef } from "../../../../src/core/template/types";

function planOf(template: TemplateDef, projectId?: string): DashboardPlan {
  const built = buildBlankTrackerPlan(template, projectId === undefined ? {} : { projectId });
  if ("errors" in built) throw new Error(built.errors.join("; "));
  return built.plan;
}

function sheet(plan: DashboardPlan, name: string): SheetPlan {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("buildBlankTrackerPlan", () => {
  const plan = planOf(STANDARD_TEMPLATE);

  it("has Instructions, then one table sheet per template table in order", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Instructions",
      ...STANDARD_TEMPLATE.tables.map((t) => t.name),
    ]);
    const projects = sheet(plan, "Projects");
    expect(projects.tables).toEqual([{ name: "Projects", range: "A1:V2", style: "TableStyleMedium2" }]);
    expect(projects.freeze).toEqual({ rows: 1, cols: 0 });
    const header = projects.blocks[0]?.cells[0] ?? [];
    expect(header.map((c) => c.value)).toEqual(STANDARD_TEMPLATE.tables[0]?.columns.map((c) => c.header));
    expect(header[0]?.style).toBe("requiredHeader");
    expect(header[2]?.style).toBe("tableHeader");
    expect(sheet(plan, "Salary Benchmarks").tables[0]?.name).toBe("SalaryBenchmarks");
  });

  it("validates each typed column from row 2 to the last row, with the description as input message", () => {
    const byHeader = (sheetName: string, col: string) =>
      sheet(plan, sheetName).dataValidations?.find((v) => v.range === `${col}2:${col}1048576`);
    expect(byHeader("Projects", "H")).toEqual({
      range: "H2:H1048576",
      rule: { kind: "list", values: ["Green", "Amber", "Red"] },
      prompt: {
        title: "Status",
        message: "Overall RAG status this month: Green on track, Amber at risk, Red off track. Required.",
      },
      error: { style: "stop", title: "Status: not allowed", message: "Pick one of: Green, Amber, Red." },
    });
    expect(byHeader("Risks", "F")?.rule).toEqual({ kind: "whole", min: 1, max: 5 });
    expect(byHeader("Projects", "S")?.rule).toEqual({ kind: "decimal", min: 0, max: 1 });
    expect(byHeader("Projects", "O")?.rule).toEqual({ kind: "decimal", min: 0 });
    expect(byHeader("Projects", "K")?.rule).toEqual({ kind: "date", min: 61, max: 2958465 });
    expect(byHeader("Projects", "B")).toMatchObject({ rule: { kind: "any" } });
    expect(byHeader("Projects", "B")?.error).toBeUndefined();
    for (const s of plan.sheets) {
      for (const v of s.dataValidations ?? []) {
        expect((v.prompt?.title.length ?? 0) <= 32 && (v.prompt?.message.length ?? 0) <= 255).toBe(true);
      }
    }
  });

  it("pre-fills the Project ID of a single-project tracker and says the others may stay blank", () => {
    const one = planOf(STANDARD_TEMPLATE, " P-9 ");
    expect(sheet(one, "Projects").blocks[0]?.cells[1]?.[0]?.value).toBe("P-9");
    const risksProject = sheet(one, "Risks").dataValidations?.find((v) => v.range.startsWith("B2"));
    expect(risksProject?.prompt?.message).toBe(
      "The Project ID of the project the risk belongs to (on the Projects sheet). This tracker is for P-9: leave blank for P-9.",
    );
    expect(buildBlankTrackerPlan(STANDARD_TEMPLATE, { projectId: "  " })).toEqual({
      errors: ["the project ID is empty"],
    });
  });

  it("puts a list Excel cannot take inline on the Instructions sheet and points the validation at it", () => {
    const custom: TemplateDef = {
      name: "Acme",
      version: "1",
      tables: [
        {
          key: "projects",
          name: "Q1/Q2 Projects",
          aliases: ["Projects"],
          columns: [
            { key: "projectId", header: "Project ID", type: "id", required: true },
            { key: "gate", header: "Gate", type: "enum", enum: { values: ["Go, with conditions", "Stop"] } },
          ],
        },
      ],
    };
    const built = planOf(custom);
    const gate = sheet(built, "Projects").dataValidations?.find((v) => v.range.startsWith("B2"));
    expect(gate?.rule).toEqual({
      kind: "list",
      values: ["Go, with conditions", "Stop"],
      source: expect.stringMatching(/^Instructions!\$A\$\d+:\$A\$\d+$/) as unknown,
    });
    const source = gate?.rule.kind === "list" ? (gate.rule.source ?? "") : "";
    const [, first, last] = /\$A\$(\d+):\$A\$(\d+)/.exec(source) ?? [];
    const cells = new Map(
      sheet(built, "Instructions").blocks.flatMap((b) =>
        b.cells.map((row, i) => [b.row + i, row[0]?.value] as const),
      ),
    );
    expect([cells.get(Number(first)), cells.get(Number(last))]).toEqual(["Go, with conditions", "Stop"]);
  });

  it("refuses a table with no name or alias Excel accepts as a sheet name", () => {
    const bad: TemplateDef = {
      name: "Bad",
      version: "1",
      tables: [
        { key: "projects", name: "Projects: all [2026]", columns: [{ key: "a", header: "A", type: "text" }] },
      ],
    };
    expect(buildBlankTrackerPlan(bad)).toEqual({
      errors: [
        'table "projects": neither its name nor an alias can be a sheet name (at most 31 characters, none of : \\ / ? * [ ], not "Instructions")',
      ],
    });
  });
});
