import { parseCellAddress, sheetRef } from "../model/a1";
import { duplicateProjectReason } from "../model/cellPlace";
import type { Finding } from "../model/finding";
import type { Portfolio, Project, TableBinding } from "../model/portfolio";
import { projectIdGroups } from "../model/projectIdGroups";
import { FORMULA_NOT_CALCULATED } from "../model/ruleIds";
import { PROJECTS_TABLE } from "../template/keys";

/** The Projects columns whose errors would move an earned-value figure (kpi-definitions v2). */
export const EARNED_VALUE_INPUTS: readonly string[] = [
  "budget",
  "actualCost",
  "percentComplete",
  "plannedValue",
  "plannedPercent",
  "startDate",
  "baselineFinish",
];

/** Why a project is out of every portfolio figure. */
export interface Exclusion {
  readonly reason: string;
  /** False when Budget itself has an error (then bac is null too). */
  readonly budgetValid: boolean;
  /** A Project ID shared by differing rows: its milestones, risks and hours are out too. */
  readonly duplicate: boolean;
}

export interface ProjectSelection {
  /** One row per Project ID (the first), in input order; rows without an ID are kept. */
  readonly projects: readonly Project[];
  readonly exclusions: ReadonlyMap<string, Exclusion>;
  /** IDs whose rows differ: nothing that names them counts. */
  readonly duplicateIds: ReadonlySet<string>;
}

/** `% Complete 140 % is above the maximum of 100 %` from the finding's message: its first clause. */
function describe(finding: Finding): string {
  const end = finding.message.search(/; |\. /);
  return end < 0 ? finding.message.replace(/\.$/, "") : finding.message.slice(0, end);
}

/** The Projects column key of a finding's cell, through the binding of its sheet. */
function columnKeyOf(finding: Finding, bindings: readonly TableBinding[]): string | null {
  const binding = bindings.find(
    (b) => b.table === PROJECTS_TABLE && b.file === finding.file && b.sheet === finding.sheet,
  );
  const at = parseCellAddress(finding.cell);
  if (binding === undefined || at === null) return null;
  for (const [key, column] of Object.entries(binding.columns)) if (column.col === at.col) return key;
  return null;
}

/**
 * Error findings in earned-value inputs, per Project ID, in finding order; also a formula saved
 * without its value there (a warning by the template, read as blank): the input is unknown, and
 * read as 0 it moved the figures (a Budget of 0 made the project Red) without an error to say so.
 */
function dataErrors(portfolio: Portfolio): Map<string, { reasons: string[]; budget: boolean }> {
  const errors = new Map<string, { reasons: string[]; budget: boolean }>();
  for (const finding of portfolio.findings) {
    if (finding.projectId === undefined) continue;
    if (finding.severity !== "error" && finding.rule !== FORMULA_NOT_CALCULATED) continue;
    const key = columnKeyOf(finding, portfolio.bindings);
    if (key === null || !EARNED_VALUE_INPUTS.includes(key)) continue;
    const entry = errors.get(finding.projectId) ?? { reasons: [], budget: false };
    entry.reasons.push(`${describe(finding)} at ${sheetRef(finding.sheet)}!${finding.cell}`);
    if (key === "budget") entry.budget = true;
    errors.set(finding.projectId, entry);
  }
  return errors;
}

/** Headers of the earned-value inputs, for the reason a missing column gives. */
const INPUT_HEADERS: Readonly<Record<string, string>> = {
  budget: "Budget",
  actualCost: "Actual Cost",
  percentComplete: "% Complete",
  startDate: "Start Date",
  baselineFinish: "Baseline Finish",
};

/**
 * The exclusion of every project read from a Projects sheet that lacks a required earned-value
 * input column, by file and sheet: read as blank (0), a missing Budget or % Complete made every
 * project's EV 0, so CPI 0, every project computed Red and each Green one a watermelon, with one
 * error at the header row that named no project.
 */
function missingInputColumns(
  bindings: readonly TableBinding[],
): Map<string, { reason: string; budget: boolean }> {
  const bySheet = new Map<string, { reason: string; budget: boolean }>();
  for (const binding of bindings) {
    if (binding.table !== PROJECTS_TABLE) continue;
    const missing = binding.missingRequired.filter((key) => EARNED_VALUE_INPUTS.includes(key));
    if (missing.length === 0) continue;
    const headers = missing.map((key) => INPUT_HEADERS[key] ?? key).join(", ");
    bySheet.set(`${binding.file}\u0000${binding.sheet}`, {
      reason: `sheet ${sheetRef(binding.sheet)} has no ${headers} column${missing.length > 1 ? "s" : ""}`,
      budget: missing.includes("budget"),
    });
  }
  return bySheet;
}

/**
 * Which projects the KPIs count, and which are excluded (kpi-definitions v2, "Data errors never
 * move a headline silently"): a Project ID shared by rows that differ is excluded with all that
 * names it; identical rows count once; a project with an error in an earned-value input, or read
 * from a Projects sheet without such a required column, keeps its row but none of its
 * earned-value figures.
 */
export function selectProjects(portfolio: Portfolio): ProjectSelection {
  const exclusions = new Map<string, Exclusion>();
  const duplicateIds = new Set<string>();
  for (const group of projectIdGroups(portfolio.projects)) {
    if (group.identical) continue;
    duplicateIds.add(group.projectId);
    exclusions.set(group.projectId, {
      reason: duplicateProjectReason(portfolio.bindings, group.rows),
      budgetValid: false,
      duplicate: true,
    });
  }
  const missingColumns = missingInputColumns(portfolio.bindings);
  if (missingColumns.size > 0) {
    for (const project of portfolio.projects) {
      const missing = missingColumns.get(`${project.src.file}\u0000${project.src.sheet}`);
      if (missing === undefined || exclusions.has(project.projectId)) continue;
      exclusions.set(project.projectId, {
        reason: missing.reason,
        budgetValid: !missing.budget,
        duplicate: false,
      });
    }
  }
  for (const [projectId, errors] of dataErrors(portfolio)) {
    if (exclusions.has(projectId)) continue;
    exclusions.set(projectId, {
      reason: errors.reasons.join("; "),
      budgetValid: !errors.budget,
      duplicate: false,
    });
  }
  const seen = new Set<string>();
  const projects: Project[] = [];
  for (const project of portfolio.projects) {
    const id = project.projectId as string | null;
    if (id !== null) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    projects.push(project);
  }
  return { projects, exclusions, duplicateIds };
}
