import type { KpiReport } from "../kpi/report";
import { isActive } from "../kpi/scope";
import { compareText } from "../kpi/sortText";
import type { ProjectHistoryRow } from "./history";
import type { Finding } from "../model/finding";
import type { Project } from "../model/portfolio";

/** One Project Manager to chase (monthly-cycle.md "Follow-up"). */
export interface FollowUpEntry {
  readonly projectManager: string;
  readonly projects: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  /** Projects whose Last Updated is older than staleDays. */
  readonly stale: readonly string[];
  /** Projects without a Last Updated. */
  readonly missingUpdates: readonly string[];
}

/** The name under which projects without a Project Manager are listed. */
export const NO_PROJECT_MANAGER = "(no Project Manager)";

interface Draft {
  projects: string[];
  errors: number;
  warnings: number;
  stale: string[];
  missingUpdates: string[];
}

/** The Projects rows behind the report, to name every manager of a project and each file's manager. */
export interface FollowUpSources {
  readonly projects: readonly Pick<Project, "src" | "projectId" | "projectManager">[];
  readonly findings: readonly Finding[];
}

/** Who answers for the findings: each active project's managers, and each file's one manager. */
class Managers {
  /** Project ID → its managers, in row order (a Project ID shared by two PMs' rows has both). */
  readonly ofProject = new Map<string, string[]>();
  private readonly ofFileProject = new Map<string, string>();
  /** A Projects row's manager by file, sheet and row: a shared ID's finding at that row is theirs. */
  private readonly ofRow = new Map<string, string>();
  private readonly ofFile = new Map<string, Set<string>>();
  private readonly known = new Set<string>();

  constructor(sources: FollowUpSources, active: ReadonlySet<string>) {
    for (const row of sources.projects) {
      this.known.add(row.projectId);
      if (!active.has(row.projectId)) continue;
      const manager = row.projectManager?.trim() || NO_PROJECT_MANAGER;
      const list = this.ofProject.get(row.projectId) ?? [];
      if (!list.includes(manager)) list.push(manager);
      this.ofProject.set(row.projectId, list);
      const fileKey = `${row.src.file}\u0000${row.projectId}`;
      if (!this.ofFileProject.has(fileKey)) this.ofFileProject.set(fileKey, manager);
      this.ofRow.set(`${row.src.file}\u0000${row.src.sheet}\u0000${row.src.row}`, manager);
      const inFile = this.ofFile.get(row.src.file) ?? new Set<string>();
      inFile.add(manager);
      this.ofFile.set(row.src.file, inFile);
    }
  }

  /**
   * A finding's manager: its project's (the one of its own row, else of its own file, when two PMs
   * share the ID); for a finding of no known project (a sheet's missing column, a row naming a
   * Project ID the Projects sheet spells otherwise), the manager of its file when the file has one.
   * Null: nobody to chase (a Closed project's finding, a file of several managers).
   */
  of(finding: Finding): string | null {
    const id = finding.projectId;
    if (id !== undefined && this.known.has(id)) {
      return (
        this.ofRow.get(`${finding.file}\u0000${finding.sheet}\u0000${finding.row ?? ""}`) ??
        this.ofFileProject.get(`${finding.file}\u0000${id}`) ??
        this.ofProject.get(id)?.[0] ??
        null
      );
    }
    const inFile = this.ofFile.get(finding.file);
    return inFile !== undefined && inFile.size === 1 ? ([...inFile][0] ?? null) : null;
  }
}

/**
 * The chase list: one entry per Project Manager of the active projects, with their projects'
 * error and warning counts, stale trackers and trackers never dated; ordered by errors, then
 * stale count (both descending), then name. Project IDs are sorted. From the Projects rows and the
 * findings (`sources`), every manager of a shared Project ID is listed and findings are counted for
 * the manager whose tracker holds them, also those on rows naming no known project: a PM whose
 * tracker spells its IDs two ways had 15 errors and was listed with none.
 */
export function followUpList(
  report: KpiReport,
  rows: readonly ProjectHistoryRow[],
  sources: FollowUpSources,
): FollowUpEntry[] {
  const managerOf = new Map(rows.map((r) => [r.projectId, r]));
  const active = new Set(report.projects.filter((p) => isActive(p.phase)).map((p) => p.projectId));
  const managers = new Managers(sources, active);
  const drafts = new Map<string, Draft>();
  const draftOf = (manager: string): Draft => {
    let d = drafts.get(manager);
    if (d === undefined) {
      d = { projects: [], errors: 0, warnings: 0, stale: [], missingUpdates: [] };
      drafts.set(manager, d);
    }
    return d;
  };
  for (const p of report.projects) {
    if (!isActive(p.phase)) continue;
    const row = managerOf.get(p.projectId);
    const names = managers.ofProject.get(p.projectId) ?? [row?.projectManager ?? NO_PROJECT_MANAGER];
    for (const manager of names) {
      const d = draftOf(manager);
      d.projects.push(p.projectId);
      if (row?.lastUpdated == null) d.missingUpdates.push(p.projectId);
      else if (!p.fresh) d.stale.push(p.projectId);
    }
  }
  for (const finding of sources.findings) {
    if (finding.severity === "info") continue;
    const manager = managers.of(finding);
    const d = manager === null ? undefined : drafts.get(manager);
    if (d === undefined) continue;
    if (finding.severity === "error") d.errors++;
    else d.warnings++;
  }
  const sorted = (ids: string[]) => [...ids].sort(compareText);
  return [...drafts.entries()]
    .map(([projectManager, d]) => ({
      projectManager,
      projects: sorted(d.projects),
      errors: d.errors,
      warnings: d.warnings,
      stale: sorted(d.stale),
      missingUpdates: sorted(d.missingUpdates),
    }))
    .sort(
      (a, b) =>
        b.errors - a.errors ||
        b.stale.length - a.stale.length ||
        compareText(a.projectManager, b.projectManager),
    );
}
