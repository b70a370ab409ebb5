import { complianceShare } from "./compliance";
import { earnedValueMetrics } from "./earnedValue";
import { countRag } from "./rag";
import type { ComputedRagCounts, ExcludedProject, PortfolioKpis, ProjectKpis } from "./report";
import { isActive, isInScope } from "./scope";
import type { UnidentifiedProject } from "../model/portfolio";

/**
 * Portfolio totals over the projects in scope (not Cancelled) and not excluded: PV, EV, AC, BAC and
 * EAC are sums, SPI = ΣEV/ΣPV and CPI = ΣEV/ΣAC. RAG distributions, watermelons and compliance count
 * active projects; an excluded project's computed RAG counts as Unknown. `projects` and `active`
 * count every project, excluded ones too; `counted` is how many are in the sums.
 */
export function portfolioKpis(
  projects: readonly ProjectKpis[],
  excluded: readonly ExcludedProject[],
  unidentified: readonly UnidentifiedProject[] = [],
): PortfolioKpis {
  let inScope = 0;
  let counted = 0;
  let bac = 0;
  let pv = 0;
  let ev = 0;
  let ac = 0;
  let eac = 0;
  const active: ProjectKpis[] = [];
  for (const project of projects) {
    if (!isInScope(project.phase)) continue;
    inScope++;
    if (isActive(project.phase)) active.push(project);
    if (project.excluded) continue;
    counted++;
    bac += project.bac ?? 0;
    pv += project.pv ?? 0;
    ev += project.ev ?? 0;
    ac += project.ac ?? 0;
    eac += project.eac ?? 0;
  }
  const { sv, cv, spi, cpi } = earnedValueMetrics({ bac, pv, ev, ac });
  const computed: ComputedRagCounts = {
    ...countRag(active.map((p) => p.computedRag)),
    Unknown: active.filter((p) => p.computedRag === null).length,
  };
  return {
    projects: inScope,
    active: active.length,
    bac,
    pv,
    ev,
    ac,
    sv,
    cv,
    spi,
    cpi,
    eac,
    vac: bac - eac,
    ragReported: countRag(active.map((p) => p.reportedRag)),
    ragComputed: computed,
    watermelons: active.filter((p) => p.watermelon).length,
    compliance: complianceShare(active),
    counted,
    excluded,
    ...(unidentified.length === 0 ? {} : { unidentified }),
  };
}
