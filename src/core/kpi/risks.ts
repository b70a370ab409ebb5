import type { DayNumber } from "../model/dates";
import type { Risk } from "../model/portfolio";
import type { RiskKpis } from "./report";
import { compareText } from "./sortText";

export type RiskSeverity = "High" | "Medium" | "Low";

/** Distinct projects a category needs among its open risks to be systemic. */
export const SYSTEMIC_MIN_PROJECTS = 3;

/** Probability × Impact (1–25). */
export function riskScore(probability: number, impact: number): number {
  return probability * impact;
}

/** High ≥ 15, Medium ≥ 8, else Low. */
export function riskSeverity(score: number): RiskSeverity {
  if (score >= 15) return "High";
  return score >= 8 ? "Medium" : "Low";
}

export function isOpenRisk(risk: Risk): boolean {
  return risk.status === "Open" || risk.status === "Mitigating";
}

/** kpi-definitions: overdue = open with Due Date < asOf. */
export function isOverdueRisk(risk: Risk, asOf: DayNumber): boolean {
  return isOpenRisk(risk) && risk.dueDate !== null && risk.dueDate < asOf;
}

function onScale(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * Summary of open risks: severity counts and heat map need both Probability and Impact on the 1–5
 * scale; overdue = Due Date < asOf. Categories group case-insensitively (first spelling shown),
 * systemic when held by open risks in ≥ 3 distinct projects; sorted by category, projects sorted.
 */
export function riskKpis(risks: readonly Risk[], asOf: DayNumber): RiskKpis {
  const heatmap = [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]);
  const bySeverity = { High: 0, Medium: 0, Low: 0 };
  const categories = new Map<string, { category: string; projects: Set<string> }>();
  let open = 0;
  let overdue = 0;
  for (const risk of risks) {
    if (!isOpenRisk(risk)) continue;
    open++;
    if (isOverdueRisk(risk, asOf)) overdue++;
    const { probability, impact } = risk;
    if (onScale(probability) && onScale(impact)) {
      bySeverity[riskSeverity(riskScore(probability, impact))]++;
      const row = heatmap[probability - 1];
      if (row !== undefined) row[impact - 1] = (row[impact - 1] ?? 0) + 1;
    }
    const category = risk.category?.trim();
    if (category && risk.projectId !== null) {
      const key = category.toLowerCase();
      let entry = categories.get(key);
      if (entry === undefined) {
        entry = { category, projects: new Set() };
        categories.set(key, entry);
      }
      entry.projects.add(risk.projectId);
    }
  }
  const systemic = [...categories.values()]
    .filter((entry) => entry.projects.size >= SYSTEMIC_MIN_PROJECTS)
    .map((entry) => ({ category: entry.category, projects: [...entry.projects].sort(compareText) }))
    .sort((a, b) => compareText(a.category, b.category));
  return {
    open,
    high: bySeverity.High,
    medium: bySeverity.Medium,
    low: bySeverity.Low,
    overdue,
    heatmap,
    systemic,
  };
}
