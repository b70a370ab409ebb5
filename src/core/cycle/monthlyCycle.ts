import type { ProjectKpis, RagCounts } from "../kpi/report";
import type { Phase, Rag } from "../model/portfolio";
import { countRag } from "../kpi/rag";
import { isActive } from "../kpi/scope";
import { compareText } from "../kpi/sortText";
import { changesBetween, type Change } from "./changes";
import { UNREADABLE_FILE_RULE } from "../model/ruleIds";
import { followUpList, type FollowUpEntry } from "./followUp";
import type { History, PortfolioHistoryRow, ProjectHistoryRow } from "./history";
import { historyPeriods, mergeHistory, periodHistory, previousAsOf } from "./mergeHistory";
import { narrative, type NamedProject, type ProjectNote } from "./narrative";
import { periodRows, portfolioRow, type PeriodSource } from "./periodRows";
import { PROJECT_ID, PROJECTS_TABLE } from "../template/keys";

/** The month in context: the merged history and what it says about this period. */
export interface MonthlyCycle {
  readonly history: History;
  readonly previousAsOf: string | null;
  readonly changes: readonly Change[];
  readonly narrative: readonly string[];
  readonly followUp: readonly FollowUpEntry[];
  /**
   * The previous period's reported RAG counts over its active projects (its ProjectHistory rows,
   * read once with the changes, also when stored as runs); null without a previous period.
   */
  readonly previousReportedRag?: RagCounts | null;
}

/** Reported RAG counts over a period's active projects, as the Reported G · A · R tile counts them. */
function reportedRagCounts(rows: readonly ProjectHistoryRow[]): RagCounts {
  const rag = (value: string | null): Rag | null =>
    value === "Green" || value === "Amber" || value === "Red" ? value : null;
  return countRag(
    rows.filter((row) => isActive(row.phase as Phase | null)).map((row) => rag(row.reportedRag)),
  );
}

/** The JSON keys monthly-cycle.md adds to the KPI document. */
export interface CycleJson {
  readonly history: {
    readonly periods: readonly string[];
    readonly portfolio: readonly PortfolioHistoryRow[];
  };
  readonly previousAsOf: string | null;
  readonly changes: readonly Change[];
  readonly narrative: readonly string[];
  readonly followUp: readonly FollowUpEntry[];
}

function noteText(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** Decision Needed and Status Comment of the active projects (template 1.2 columns; absent before). */
function projectNotes(source: PeriodSource): ProjectNote[] {
  const active = new Map(
    source.report.projects.filter((p) => isActive(p.phase)).map((p) => [p.projectId, p]),
  );
  const notes = new Map<string, ProjectNote>();
  for (const row of source.portfolio.tables[PROJECTS_TABLE] ?? []) {
    const id = noteText(row[PROJECT_ID]);
    const project = id === null ? undefined : active.get(id);
    if (project === undefined || notes.has(project.projectId)) continue;
    notes.set(project.projectId, {
      projectId: project.projectId,
      projectName: project.projectName,
      decisionNeeded: noteText(row["decisionNeeded"]),
      statusComment: noteText(row["statusComment"]),
    });
  }
  return [...notes.values()].sort((a, b) => compareText(a.projectId, b.projectId));
}

const named = (p: ProjectKpis): NamedProject => ({ projectId: p.projectId, projectName: p.projectName });

/**
 * Adds this period to the given history (replacing a previous build of the same as-of) and
 * derives the changes since the previous period, the narrative and the follow-up list.
 */
export function monthlyCycle(
  source: PeriodSource,
  given: History,
  limit = source.report.settings.historyPeriods,
): MonthlyCycle {
  const { report } = source;
  const asOf = report.asOf;
  const current = periodRows(source);
  // The changes are against the previous period read back, even when the history keeps one period.
  const compared = mergeHistory(given, current, asOf, Math.max(limit, 2));
  const history = limit < 2 ? mergeHistory(compared, current, asOf, limit) : compared;
  const previous = previousAsOf(compared, asOf);
  // The previous period's rows are read once (a stored period is inflated): for the changes and the tiles.
  const earlier = previous === null ? null : periodHistory(compared, previous);
  const changes = changesBetween(compared, asOf, previous, earlier ?? undefined);
  const byId = (a: NamedProject, b: NamedProject) => compareText(a.projectId, b.projectId);
  const excludedIds = new Set(current.projects.filter((r) => r.excluded).map((r) => r.projectId));
  const sentences = narrative({
    current: portfolioRow(report),
    previous: compared.portfolio.find((r) => r.asOf === previous) ?? null,
    previousAsOf: previous,
    changes,
    currency: report.settings.currency,
    notes: projectNotes(source),
    stale: report.projects
      .filter((p) => isActive(p.phase) && !p.fresh)
      .map(named)
      .sort(byId),
    unreadable: report.validation.findings.filter((f) => f.rule === UNREADABLE_FILE_RULE).map((f) => f.file),
    excluded: report.projects
      .filter((p) => excludedIds.has(p.projectId))
      .map(named)
      .sort(byId),
  });
  return {
    history,
    previousAsOf: previous,
    changes,
    narrative: sentences,
    followUp: followUpList(report, current.projects, {
      projects: source.portfolio.projects,
      findings: report.validation.findings,
    }),
    previousReportedRag: earlier === null ? null : reportedRagCounts(earlier.projects),
  };
}

/** The cycle's part of the JSON document. */
export function cycleJson(cycle: MonthlyCycle): CycleJson {
  return {
    history: { periods: historyPeriods(cycle.history), portfolio: cycle.history.portfolio },
    previousAsOf: cycle.previousAsOf,
    changes: cycle.changes,
    narrative: cycle.narrative,
    followUp: cycle.followUp,
  };
}
