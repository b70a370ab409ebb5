import { dayFromIso } from "../model/calendar";
import type { Portfolio } from "../model/portfolio";
import type { Settings } from "../model/settings";
import { totalAllocations } from "./allocationTotals";
import { capacityKpis } from "./capacity";
import { countFindingsByProject } from "./compliance";
import { costByProgram, costByRole, hourlyRates } from "./cost";
import { dependencyKpis } from "./dependencies";
import { milestoneKpis } from "./milestones";
import { portfolioKpis } from "./portfolioKpis";
import { projectKpis } from "./projectKpis";
import type { KpiReport } from "./report";
import { indexResources } from "./resources";
import { riskKpis } from "./risks";
import { salaryByRole } from "./salary";
import { isInScope } from "./scope";
import { uniqueProjects } from "./uniqueProjects";
import { validationSummary } from "./validationSummary";

/**
 * Every KPI of kpi-definitions.md for a portfolio at `settings.asOf`. Projects keep input order
 * (Cancelled ones included, flagged by phase; a repeated Project ID counts once, from its first row);
 * milestones and risks of Cancelled projects are out of scope. Throws only when `settings.asOf` is not an ISO date (settings are checked before this).
 */
export function computeKpis(portfolio: Portfolio, settings: Settings): KpiReport {
  const asOf = dayFromIso(settings.asOf);
  if (asOf === null) {
    throw new RangeError(`Settings asOf "${settings.asOf}" is not a date in the form YYYY-MM-DD.`);
  }
  const sourceProjects = uniqueProjects(portfolio.projects);
  const index = indexResources(portfolio.resources);
  const resources = index.resources;
  const rates = hourlyRates(resources, settings.hoursPerYear);
  const totals = totalAllocations(
    portfolio.allocations,
    index,
    rates,
    sourceProjects.map((p) => p.projectId),
  );

  const context = {
    asOf,
    settings,
    laborCostByProject: totals.laborCostByProject,
    findingsByProject: countFindingsByProject(portfolio.findings),
  };
  const projects = sourceProjects.map((project) => projectKpis(project, context));
  const cancelled = new Set<string>();
  for (const project of sourceProjects) if (!isInScope(project.phase)) cancelled.add(project.projectId);
  const inScopeRow = (row: { readonly projectId: string | null }) =>
    row.projectId === null || !cancelled.has(row.projectId);

  return {
    asOf: settings.asOf,
    settings,
    portfolio: portfolioKpis(projects),
    projects,
    milestones: milestoneKpis(portfolio.milestones.filter(inScopeRow), asOf),
    dependencies: dependencyKpis(portfolio.dependencies, portfolio.milestones),
    risks: riskKpis(portfolio.risks.filter(inScopeRow), asOf),
    capacity: capacityKpis(resources, totals),
    salary: salaryByRole(resources, portfolio.salaryBenchmarks, settings.minGroupSize),
    cost: {
      byProgram: costByProgram(projects.filter((p) => isInScope(p.phase))),
      byRole: costByRole(resources, totals.actualByResource, rates, settings.minGroupSize),
    },
    validation: validationSummary(portfolio.findings),
  };
}
