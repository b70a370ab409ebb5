import { dependencyKpis } from "../../../src/core/kpi/dependencies";
import type { Finding } from "../../../src/core/model/finding";
import type { Dependency } from "../../../src/core/model/portfolio";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { validatePortfolio } from "../../../src/core/validate/validatePortfolio";
import { FILE, SETTINGS, day, portfolioOf, project } from "./support/portfolioFactory";

const validate = (sheets: Parameters<typeof portfolioOf>[0]): Finding[] =>
  validatePortfolio(portfolioOf(sheets), STANDARD_TEMPLATE, SETTINGS);

const projects = (...ids: string[]) => ({ table: "projects", rows: ids.map((id) => project(id)) });

describe("validatePortfolio: unique columns", () => {
  it("gives one warning, at the copy, for a project handed in twice value for value", () => {
    expect(validate([projects("P-001", "P-002", "P-001")])).toEqual([
      {
        file: FILE,
        sheet: "Projects",
        cell: "A4",
        row: 4,
        column: "Project ID",
        severity: "warning",
        rule: "duplicate-id",
        message:
          "Project ID P-001 repeats the row at Projects!A2 value for value (the same row twice); it is counted once. Delete the copy.",
        projectId: "P-001",
      },
    ]);
  });

  it("gives every row of a Project ID shared by different projects an error naming the others", () => {
    const findings = validate([
      {
        table: "projects",
        rows: [
          project("P-001"),
          project("P-001", { projectName: "Other" }),
          project("P-002"),
          project("P-001"),
        ],
      },
    ]);
    expect(findings.map((f) => [f.severity, f.cell, f.message.split(". ")[0]])).toEqual([
      ["error", "A2", "Project ID P-001 is also used by a different project at Projects!A3, Projects!A5"],
      ["error", "A3", "Project ID P-001 is also used by a different project at Projects!A2, Projects!A5"],
      ["error", "A5", "Project ID P-001 is also used by a different project at Projects!A2, Projects!A3"],
    ]);
    expect(findings[0]?.message).toMatch(
      /Every row with this ID is left out of every KPI \(with its milestones, risks and hours\) until each project has its own ID\.$/,
    );
  });

  it("names the files of a Project ID shared across consolidated workbooks", () => {
    const findings = validate([
      { table: "projects", file: "a.xlsx", headerRow: 4, rows: [project("P-001")] },
      {
        table: "projects",
        file: "b.xlsx",
        headerRow: 3,
        rows: [project("P-007"), project("P-001", { budget: 1 })],
      },
    ]);
    expect(findings.map((f) => [f.file, f.cell, f.message.split(". ")[0]])).toEqual([
      ["a.xlsx", "A5", "Project ID P-001 is also used by a different project at b.xlsx Projects!A5"],
      ["b.xlsx", "A5", "Project ID P-001 is also used by a different project at a.xlsx Projects!A5"],
    ]);
  });

  it("reports every repeat of another unique column after the first, naming where the first is", () => {
    const risk = (id: string) => ({
      riskId: id,
      projectId: "P-001",
      title: "Vendor late",
      probability: 3,
      impact: 3,
      status: "Open",
    });
    const findings = validate([
      projects("P-001"),
      { table: "risks", rows: [risk("R1"), risk("R1"), risk("R2"), risk("R1")] },
    ]);
    expect(findings.map((f) => [f.cell, f.message.split(".")[0]])).toEqual([
      ["A3", "Risk ID R1 is used 3 times: first in Risks!A2"],
      ["A5", "Risk ID R1 is used 3 times: first in Risks!A2"],
    ]);
  });

  it("lets each PM's file number its own risks: a Risk ID repeats under another project, not within one", () => {
    const risk = (id: string, projectId: string, title = "Vendor late") => ({
      riskId: id,
      projectId,
      title,
      probability: 3,
      impact: 3,
      status: "Open",
    });
    const findings = validate([
      { table: "projects", file: "a.xlsx", rows: [project("P-001")] },
      { table: "projects", file: "b.xlsx", rows: [project("P-002"), project("P-003")] },
      { table: "risks", file: "a.xlsx", rows: [risk("R-001", "P-001"), risk("R-002", "P-001")] },
      {
        table: "risks",
        file: "b.xlsx",
        // R-001 of P-002 is its own risk; R-002 of P-001 again (in P-002's file) clashes; in one file
        // R-001 twice clashes though the projects differ.
        rows: [risk("R-001", "P-002"), risk("R-002", "P-001", "Other"), risk("R-001", "P-003")],
      },
    ]);
    expect(findings.map((f) => `${f.file} ${f.cell} ${f.message}`)).toEqual([
      "b.xlsx A3 Risk ID R-002 appears in both a.xlsx (Risks!A3) and b.xlsx (Risks!A3) for project P-001. " +
        "Each Risk ID must be unique within its project: change one of them, or keep the row in one workbook only.",
      "b.xlsx A4 Risk ID R-001 is used twice: also in Risks!A2. Each row needs its own Risk ID: change one of " +
        "them, or delete the duplicate row.",
    ]);
  });

  it("quotes sheet names with spaces, uses the risk's project, and treats numeric IDs as text", () => {
    const findings = validate([
      projects("P-001"),
      {
        table: "risks",
        sheet: "Risk Register",
        columns: ["riskId", "projectId", "title", "probability", "impact", "status"],
        rows: [
          {
            riskId: 1001,
            projectId: "P-001",
            title: "Vendor late",
            probability: 3,
            impact: 4,
            status: "Open",
          },
          {
            riskId: "1001",
            projectId: "P-001",
            title: "Key person leaves",
            probability: 2,
            impact: 5,
            status: "Open",
          },
        ],
      },
    ]);
    expect(findings).toEqual([
      {
        file: FILE,
        sheet: "Risk Register",
        cell: "A3",
        row: 3,
        column: "Risk ID",
        severity: "error",
        rule: "duplicate-id",
        message:
          "Risk ID 1001 is used twice: also in 'Risk Register'!A2. Each row needs its own Risk ID: change one of them, or delete the duplicate row.",
        projectId: "P-001",
      },
    ]);
  });

  it("checks every unique column of the standard template: resources and salary benchmark roles", () => {
    const findings = validate([
      {
        table: "resources",
        rows: [
          { resource: "Ana Ruiz", role: "Analyst", hourlyRate: 50 },
          { resource: "Ana Ruiz", role: "Lead", hourlyRate: 70 },
        ],
      },
      {
        table: "salaryBenchmarks",
        rows: [
          { role: "Analyst", marketMin: 1, marketMax: 2 },
          { role: "Analyst", marketMin: 1, marketMax: 2 },
        ],
      },
    ]);
    expect(findings.map((f) => [f.sheet, f.cell, f.rule, f.message.split(":")[0]])).toEqual([
      ["Resources", "A3", "duplicate-id", 'Resource "Ana Ruiz" is used twice'],
      ["Salary Benchmarks", "A3", "duplicate-id", "Role Analyst is used twice"],
    ]);
  });

  it("warns of Project IDs that differ only in capital letters, and keeps them two projects", () => {
    const findings = validate([projects("PRJ-0015", "P-2", "prj-0015", "Prj-0015")]);
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual([
      "warning id-case A4",
      "warning id-case A5",
    ]);
    expect(findings[0]?.message).toBe(
      "Project ID prj-0015 differs from PRJ-0015 (Projects!A2) only in capital letters, so they are read as two " +
        "projects. If they are one, write the ID the same way in both places.",
    );
  });

  it("ignores blank IDs (the reader reports them as required-missing)", () => {
    const portfolio = portfolioOf([
      {
        table: "projects",
        rows: [
          project("P-001", { projectId: null }),
          project("P-002", { projectId: "" }),
          project("P-003", { projectId: null }),
        ],
      },
    ]);
    expect(validatePortfolio(portfolio, STANDARD_TEMPLATE, SETTINGS)).toEqual([]);
  });
});

describe("validatePortfolio: references", () => {
  it("reports a milestone whose project is not in Projects", () => {
    const findings = validate([
      projects("P-001"),
      {
        table: "milestones",
        rows: [
          { projectId: "P-001", milestone: "Design", baselineDate: day("2026-03-01") },
          { projectId: "P-009", milestone: "Build", baselineDate: day("2026-05-01") },
        ],
      },
    ]);
    expect(findings).toEqual([
      {
        file: FILE,
        sheet: "Milestones",
        cell: "A3",
        row: 3,
        column: "Project ID",
        severity: "error",
        rule: "reference-missing",
        message:
          "Project ID P-009 is not listed in Projects. Add it to the Projects sheet, or correct the value here.",
        projectId: "P-009",
      },
    ]);
  });

  it("suggests the ID that differs only in capital letters", () => {
    const findings = validate([
      projects("P-001"),
      {
        table: "risks",
        rows: [{ riskId: "R1", projectId: "p-001", title: "x", probability: 1, impact: 1, status: "Open" }],
      },
    ]);
    expect(findings.map((f) => [f.cell, f.message])).toEqual([
      [
        "B2",
        "Project ID p-001 is not listed in Projects; did you mean P-001? Correct the value here: it must match exactly, including capital letters.",
      ],
    ]);
  });

  it("checks both references of an allocation and finds targets in other consolidated workbooks", () => {
    const findings = validate([
      { ...projects("P-001"), file: "a.xlsx" },
      { ...projects("P-002"), file: "b.xlsx" },
      {
        table: "resources",
        file: "a.xlsx",
        rows: [{ resource: "Ana Ruiz", role: "Analyst", hourlyRate: 50 }],
      },
      {
        table: "allocations",
        file: "b.xlsx",
        sheet: "Resource Plan",
        rows: [
          { resource: "Ana Ruiz", projectId: "P-001", month: 24317, plannedHours: 40 },
          { resource: "Ana Ruiz", projectId: "P-002", month: 24317, plannedHours: 40 },
          { resource: "Sam Roe", projectId: "P-003", month: 24317, plannedHours: 40 },
          { resource: null, projectId: "", month: 24317, plannedHours: 40 },
        ],
      },
    ]);
    expect(findings).toEqual([
      {
        file: "b.xlsx",
        sheet: "Resource Plan",
        cell: "A4",
        row: 4,
        column: "Resource",
        severity: "error",
        rule: "reference-missing",
        message:
          'Resource "Sam Roe" is not listed in Resources. Add it to the Resources sheet, or correct the value here.',
        projectId: "P-003",
      },
      {
        file: "b.xlsx",
        sheet: "Resource Plan",
        cell: "B4",
        row: 4,
        column: "Project ID",
        severity: "error",
        rule: "reference-missing",
        message:
          "Project ID P-003 is not listed in Projects. Add it to the Projects sheet, or correct the value here.",
        projectId: "P-003",
      },
    ]);
  });

  describe("scoped: a dependency's milestone must exist for that project", () => {
    const sheets = (dependencies: Record<string, string | null>[]) => [
      projects("P-001", "P-002"),
      {
        table: "milestones",
        rows: [
          { projectId: "P-001", milestone: "Design sign-off", baselineDate: day("2026-03-01") },
          { projectId: "P-002", milestone: "Go-live", baselineDate: day("2026-09-01") },
        ],
      },
      { table: "dependencies", rows: dependencies },
    ];

    it("accepts milestones of the named projects", () => {
      expect(
        validate(
          sheets([
            {
              fromProject: "P-001",
              fromMilestone: "Design sign-off",
              toProject: "P-002",
              toMilestone: "Go-live",
            },
          ]),
        ),
      ).toEqual([]);
    });

    it("reports a milestone that exists, but for another project", () => {
      const findings = validate(
        sheets([
          {
            fromProject: "P-001",
            fromMilestone: "Design sign-off",
            toProject: "P-002",
            toMilestone: "Go-live",
          },
          { fromProject: "P-001", fromMilestone: "Go-live", toProject: "P-002", toMilestone: "Go-live" },
        ]),
      );
      expect(findings).toEqual([
        {
          file: FILE,
          sheet: "Dependencies",
          cell: "B3",
          row: 3,
          column: "From Milestone",
          severity: "error",
          rule: "reference-missing",
          message:
            "From Milestone Go-live is not listed in Milestones for Project ID P-001. Add it to the Milestones sheet with Project ID P-001, or correct the value here.",
          projectId: "P-001",
        },
      ]);
    });

    it("links a milestone name that differs only in capital letters, with a warning naming the spelling", () => {
      const findings = validate(
        sheets([
          {
            fromProject: "P-001",
            fromMilestone: "Design Sign-Off",
            toProject: "P-002",
            toMilestone: "go-live",
          },
        ]),
      );
      expect(findings.map((f) => [f.cell, f.severity, f.rule, f.message])).toEqual([
        [
          "B2",
          "warning",
          "reference-case",
          'From Milestone "Design Sign-Off" matches "Design sign-off" in Milestones for Project ID P-001 only ' +
            "when capital letters are ignored; it was linked. Write it the same way in both sheets.",
        ],
        [
          "D2",
          "warning",
          "reference-case",
          "To Milestone go-live matches Go-live in Milestones for Project ID P-002 only when capital letters " +
            "are ignored; it was linked. Write it the same way in both sheets.",
        ],
      ]);
    });

    it("agrees with the dependency KPI: a case-only difference links, another name does not", () => {
      const portfolio = portfolioOf(
        sheets([
          {
            fromProject: "P-001",
            fromMilestone: "DESIGN SIGN-OFF",
            toProject: "P-002",
            toMilestone: "go-live",
          },
          {
            fromProject: "P-002",
            fromMilestone: "GO-LIVE",
            toProject: "P-001",
            toMilestone: "Design signoff",
          },
        ]),
      );
      const findings = validatePortfolio(portfolio, STANDARD_TEMPLATE, SETTINGS);
      expect(findings.map((f) => [f.cell, f.rule])).toEqual([
        ["B2", "reference-case"],
        ["D2", "reference-case"],
        ["B3", "reference-case"],
        ["D3", "reference-missing"],
      ]);
      // Go-live (2026-09-01) after Design sign-off (2026-03-01): linked, so judged; the missing one is not.
      expect(dependencyKpis(portfolio.dependencies, portfolio.milestones).map((d) => d.atRisk)).toEqual([
        false,
        false,
      ]);
      const reversed = dependencyKpis(
        [{ ...portfolio.dependencies[1], toMilestone: "design sign-off" } as Dependency],
        portfolio.milestones,
      );
      expect(reversed.map((d) => d.atRisk)).toEqual([true]);
    });

    it("reports an unknown project once, not again for its milestone", () => {
      const findings = validate(
        sheets([
          {
            fromProject: "P-009",
            fromMilestone: "Design sign-off",
            toProject: "P-002",
            toMilestone: "Go-live",
          },
        ]),
      );
      expect(findings.map((f) => [f.cell, f.rule])).toEqual([["A2", "reference-missing"]]);
    });

    it("skips blank values and blank scopes", () => {
      const findings = validate(
        sheets([{ fromProject: null, fromMilestone: "Nope", toProject: "P-002", toMilestone: null }]),
      );
      expect(findings).toEqual([]);
    });
  });

  it("notes once per sheet that an optional target table is missing, instead of flagging every row", () => {
    const findings = validate([
      projects("P-001"),
      {
        table: "allocations",
        rows: [
          { resource: "Ana Ruiz", projectId: "P-001", month: 24317, plannedHours: 40 },
          { resource: "Bo Chen", projectId: "P-001", month: 24317, plannedHours: 40 },
        ],
      },
    ]);
    expect(findings).toEqual([
      {
        file: FILE,
        sheet: "Allocations",
        cell: "A1",
        row: 1,
        column: "Resource",
        severity: "warning",
        rule: "reference-table-missing",
        message:
          "Resource refers to Resources, but no Resources sheet was found, so these values cannot be checked. Add a Resources sheet to check them.",
      },
    ]);
  });

  it("leaves a missing required table (Projects) to the reader", () => {
    const findings = validate([
      {
        table: "milestones",
        rows: [{ projectId: "P-001", milestone: "Design", baselineDate: day("2026-03-01") }],
      },
    ]);
    expect(findings).toEqual([]);
  });

  it("checks rows against an empty but present target sheet", () => {
    const findings = validate([
      { table: "projects", rows: [] },
      {
        table: "milestones",
        rows: [{ projectId: "P-001", milestone: "Design", baselineDate: day("2026-03-01") }],
      },
    ]);
    expect(findings.map((f) => [f.cell, f.rule])).toEqual([["A2", "reference-missing"]]);
  });
});
