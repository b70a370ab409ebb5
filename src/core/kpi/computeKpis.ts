import { dayFromIso, monthOfDay } from "../model/calendar";
import type { Portfolio } from "../model/portfolio";
import type { Settings } from "../model/settings";
import { totalAllocations } from "./allocationTotals";
import { attentionItems, type AttentionItems } from "./attentionItems";
import { attentionList } from "./attentionList";
import { capacityKpis } from "./capacity";
import { countFindingsByProject } from "./compliance";
import { costByMonth, costByProgram, costByRole } from "./cost";
import { costCrossChecks } from "./costChecks";
import { dependencyKpis } from "./dependencies";
import { milestoneKpis } from "./milestones";
import { portfolioKpis } from "./portfolioKpis";
import { projectKpis } from "./projectKpis";
import { selectProjects } from "./projectSelection";
import type { ExcludedProject, KpiReport } from "./report";
import { indexResources } from "./resources";
import { riskKpis } from "./risks";
import { ratesByPosition, roleRates } from "./roleRates";
import { salaryByRole } from "./salary";
import { isInScope } from "./scope";
import { validationSummary } from "./validationSummary";

/**
 * Every KPI of kpi-definitions.md (version 2) for a portfolio at `settings.asOf`. Projects keep
 * input order, one per Project ID (Cancelled ones included, flagged by phase). A Project ID shared
 * by differing rows is excluded with its milestones, risks and hours; a project with a data error
 * in an earned-value input is excluded from every sum. The cost cross-checks are added to the
 * findings (`validation`). Throws only when `settings.asOf` is not an ISO date (settings are checked before this).
 * `items`: the portfolio's attentionItems when the caller has them already (they do not depend on
 * the findings), so they are not listed twice.
 */
export function computeKpis(portfolio: Portfolio, settings: Settings, items?: AttentionItems): KpiReport {
  const asOf = dayFromIso(settings.asOf);
  if (asOf === null) {
    throw new RangeError(`Settings asOf "${settings.asOf}" is not a date in the form YYYY-MM-DD.`);
  }
  const selection = selectProjects(portfolio);
  const { duplicateIds, exclusions } = selection;
  const outOfScope = new Set(duplicateIds);
  const closed = new Set<string>();
  for (const project of selection.projects) {
    if (!isInScope(project.phase)) outOfScope.add(project.projectId);
    if (project.phase === "Closed") closed.add(project.projectId);
  }
  const counts = (projectId: string | null) => projectId === null || !outOfScope.has(projectId);
  const notShared = (projectId: string | null) => projectId === null || !duplicateIds.has(projectId);

  const index = indexResources(portfolio.resources);
  const resources = index.resources;
  const rates = roleRates({
    resources,
    rateCard: portfolio.rateCard,
    benchmarks: portfolio.salaryBenchmarks,
    hoursPerYear: settings.hoursPerYear,
    minGroupSize: settings.minGroupSize,
  });
  const rateByPosition = ratesByPosition(resources, rates);
  const allocations =
    duplicateIds.size === 0
      ? portfolio.allocations
      : portfolio.allocations.filter((a) => notShared(a.projectId));
  const totals = totalAllocations(
    allocations,
    index,
    rateByPosition,
    selection.projects.map((p) => p.projectId),
  );
  const crossChecks = costCrossChecks(portfolio, selection.projects, duplicateIds, totals, settings);
  const findings = crossChecks.length === 0 ? portfolio.findings : [...portfolio.findings, ...crossChecks];

  const context = {
    asOf,
    settings,
    laborByProject: totals.laborByProject,
    findingsByProject: countFindingsByProject(findings),
    exclusions,
  };
  const projects = selection.projects.map((project) => projectKpis(project, context));
  const excluded: ExcludedProject[] = [];
  for (const p of projects) {
    const exclusion = exclusions.get(p.projectId);
    if (exclusion !== undefined && isInScope(p.phase))
      excluded.push({ projectId: p.projectId, reason: exclusion.reason });
  }
  const counted = projects.filter((p) => isInScope(p.phase) && !p.excluded);

  return {
    asOf: settings.asOf,
    settings,
    portfolio: portfolioKpis(projects, excluded, portfolio.unidentified ?? []),
    projects,
    milestones: milestoneKpis(
      portfolio.milestones.filter((m) => counts(m.projectId)),
      asOf,
      closed,
    ),
    dependencies: dependencyKpis(
      portfolio.dependencies.filter((d) => notShared(d.fromProject) && notShared(d.toProject)),
      portfolio.milestones,
    ),
    risks: riskKpis(
      portfolio.risks.filter((r) => counts(r.projectId)),
      asOf,
    ),
    capacity: capacityKpis(resources, totals, monthOfDay(asOf)),
    salary: salaryByRole(resources, portfolio.salaryBenchmarks, settings.minGroupSize),
    cost: {
      byProgram: costByProgram(counted),
      byRole: costByRole(resources, totals, rates),
      byMonth: costByMonth(totals, rateByPosition),
    },
    rates,
    unpricedHours: projects.reduce((sum, p) => sum + p.unpricedHours, 0),
    attention: attentionList({
      projects,
      rows: selection.projects,
      items: items ?? attentionItems(portfolio, settings.asOf),
      exclusions,
      asOf,
      ragAmber: settings.ragAmber,
    }),
    validation: validationSummary(findings),
  };
}
