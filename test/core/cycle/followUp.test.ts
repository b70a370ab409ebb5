import { followUpList, NO_PROJECT_MANAGER } from "../../../src/core/cycle/followUp";
import type { KpiReport, ProjectKpis } from "../../../src/core/kpi/report";
import { projectRow } from "./historyRows";

const NOW = "2026-10-31";

function report(projects: Partial<ProjectKpis>[]): KpiReport {
  const full = projects.map((p) => ({
    projectId: "P1",
    phase: "Execution",
    errors: 0,
    warnings: 0,
    fresh: true,
    ...p,
  }));
  return { projects: full } as unknown as KpiReport;
}

/** The Projects rows behind history rows (one file), and the report's counts as findings of their projects. */
function sourcesOf(r: KpiReport, rows: readonly ReturnType<typeof projectRow>[]) {
  const finding = (projectId: string, severity: "error" | "warning") =>
    ({
      file: "t.xlsx",
      sheet: "Milestones",
      cell: "A2",
      row: 2,
      column: "C",
      severity,
      rule: "r",
      message: "m",
      projectId,
    }) as const;
  return {
    projects: rows.map((row, i) => ({
      src: { file: `${row.projectManager ?? "none"}.xlsx`, sheet: "Projects", row: i + 2 },
      projectId: row.projectId,
      projectManager: row.projectManager,
    })),
    findings: r.projects.flatMap((p) => [
      ...Array.from({ length: p.errors }, () => finding(p.projectId, "error")),
      ...Array.from({ length: p.warnings }, () => finding(p.projectId, "warning")),
    ]),
  };
}

describe("followUpList", () => {
  it("one entry per manager of the active projects, by errors, then stale count, then name", () => {
    const r = report([
      { projectId: "P1", errors: 1, warnings: 2 },
      { projectId: "P2", fresh: false },
      { projectId: "P3", fresh: false },
      { projectId: "P4", errors: 2 },
      { projectId: "P5" },
      { projectId: "P6", phase: "Closed", errors: 9 },
      { projectId: "P7", fresh: false },
    ]);
    const rows = [
      projectRow(NOW, { projectId: "P1", projectManager: "Bea" }),
      projectRow(NOW, { projectId: "P2", projectManager: "Cy", lastUpdated: "2026-06-01" }),
      projectRow(NOW, { projectId: "P3", projectManager: "Cy", lastUpdated: null }),
      projectRow(NOW, { projectId: "P4", projectManager: "Ann" }),
      projectRow(NOW, { projectId: "P5", projectManager: "Al" }),
      projectRow(NOW, { projectId: "P6", projectManager: "Zed" }),
      projectRow(NOW, { projectId: "P7", projectManager: null, lastUpdated: "2026-01-01" }),
    ];
    expect(followUpList(r, rows, sourcesOf(r, rows))).toEqual([
      { projectManager: "Ann", projects: ["P4"], errors: 2, warnings: 0, stale: [], missingUpdates: [] },
      { projectManager: "Bea", projects: ["P1"], errors: 1, warnings: 2, stale: [], missingUpdates: [] },
      {
        projectManager: NO_PROJECT_MANAGER,
        projects: ["P7"],
        errors: 0,
        warnings: 0,
        stale: ["P7"],
        missingUpdates: [],
      },
      {
        projectManager: "Cy",
        projects: ["P2", "P3"],
        errors: 0,
        warnings: 0,
        stale: ["P2"],
        missingUpdates: ["P3"],
      },
      { projectManager: "Al", projects: ["P5"], errors: 0, warnings: 0, stale: [], missingUpdates: [] },
    ]);
  });
});

describe("followUpList with the Projects rows and findings", () => {
  const finding = (file: string, severity: "error" | "warning", projectId?: string) =>
    ({
      file,
      sheet: "S",
      cell: "A2",
      row: 2,
      column: "C",
      severity,
      rule: "r",
      message: "m",
      ...(projectId ? { projectId } : {}),
    }) as const;

  it("lists every manager of a shared ID and counts each finding for the PM whose tracker holds it", () => {
    const r = report([{ projectId: "P1" }, { projectId: "P2" }, { projectId: "P9", phase: "Closed" }]);
    const rows = [
      projectRow(NOW, { projectId: "P1", projectManager: "Ann" }),
      projectRow(NOW, { projectId: "P2", projectManager: "Omar" }),
      projectRow(NOW, { projectId: "P9", projectManager: "Zed" }),
    ];
    const sources = {
      projects: [
        { src: { file: "ann.xlsx", sheet: "Projects", row: 2 }, projectId: "P1", projectManager: "Ann" },
        { src: { file: "eva.xlsx", sheet: "Projects", row: 2 }, projectId: "P1", projectManager: "Eva" },
        { src: { file: "omar.xlsx", sheet: "Projects", row: 2 }, projectId: "P2", projectManager: "Omar" },
        { src: { file: "zed.xlsx", sheet: "Projects", row: 2 }, projectId: "P9", projectManager: "Zed" },
      ],
      findings: [
        finding("ann.xlsx", "error", "P1"),
        finding("eva.xlsx", "error", "P1"),
        finding("eva.xlsx", "warning", "P1"),
        // Omar's milestones name p-2, which his Projects sheet spells P2: no project, his file.
        finding("omar.xlsx", "error", "p-2"),
        finding("omar.xlsx", "error"),
        // A Closed project's finding and an unreadable file's chase nobody.
        finding("zed.xlsx", "error", "P9"),
        finding("lost.xlsx", "error"),
      ],
    };
    expect(
      followUpList(r, rows, sources).map((f) => [f.projectManager, f.projects, f.errors, f.warnings]),
    ).toEqual([
      ["Omar", ["P2"], 2, 0],
      ["Ann", ["P1"], 1, 0],
      ["Eva", ["P1"], 1, 1],
    ]);
  });
});

describe("followUpList with a Project ID two PMs share in one file", () => {
  it("counts each row's finding for that row's manager", () => {
    const r = report([{ projectId: "P7" }]);
    const rows = [projectRow(NOW, { projectId: "P7", projectManager: "Kavya" })];
    const at = (row: number) =>
      ({
        file: "t.xlsx",
        sheet: "Projects",
        cell: `A${row}`,
        row,
        column: "Project ID",
        severity: "error",
        rule: "duplicate-id",
        message: "m",
        projectId: "P7",
      }) as const;
    const sources = {
      projects: [
        { src: { file: "t.xlsx", sheet: "Projects", row: 8 }, projectId: "P7", projectManager: "Kavya" },
        { src: { file: "t.xlsx", sheet: "Projects", row: 9 }, projectId: "P7", projectManager: "Deepa" },
      ],
      findings: [at(8), at(9)],
    };
    expect(followUpList(r, rows, sources).map((f) => [f.projectManager, f.errors])).toEqual([
      ["Deepa", 1],
      ["Kavya", 1],
    ]);
  });
});
