import { complianceShare } from "./compliance";
import { earnedValueMetrics } from "./earnedValue";
import { countRag } from "./rag";
import type { PortfolioKpis, ProjectKpis } from "./report";
import { isActive, isInScope } from "./scope";

/**
 * Portfolio totals over the projects in scope (not Cancelled): PV, EV, AC, BAC and EAC are sums,
 * SPI = ΣEV/ΣPV and CPI = ΣEV/ΣAC. RAG distributions, watermelons and compliance count active projects.
 */
export function portfolioKpis(projects: readonly ProjectKpis[]): PortfolioKpis {
  let inScope = 0;
  let bac = 0;
  let pv = 0;
  let ev = 0;
  let ac = 0;
  let eac = 0;
  const active: ProjectKpis[] = [];
  for (const project of projects) {
    if (!isInScope(project.phase)) continue;
    inScope++;
    bac += project.bac;
    pv += project.pv;
    ev += project.ev;
    ac += project.ac;
    eac += project.eac;
    if (isActive(project.phase)) active.push(project);
  }
  const { sv, cv, spi, cpi } = earnedValueMetrics({ bac, pv, ev, ac });
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
    ragComputed: countRag(active.map((p) => p.computedRag)),
    watermelons: active.filter((p) => p.watermelon).length,
    compliance: complianceShare(active),
  };
}
