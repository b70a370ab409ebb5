import { cellOfRow } from "../model/cellPlace";
import type { Finding } from "../model/finding";
import type { Portfolio, Project } from "../model/portfolio";
import type { Settings } from "../model/settings";
import { formatNumber } from "../values/formatValue";
import type { AllocationTotals } from "./allocationTotals";

/** Rule ids of the cost cross-checks (kpi-definitions v2; stable). */
export const LABOUR_EXCEEDS_ACTUAL = "labour-exceeds-actual";
export const COST_WITHOUT_HOURS = "cost-without-hours";

function money(value: number, settings: Settings): string {
  return `${settings.currency} ${formatNumber(Math.round(value))}`;
}

function findingAt(
  portfolio: Portfolio,
  project: Project,
  severity: Finding["severity"],
  rule: string,
  message: string,
): Finding {
  const { cell, header } = cellOfRow(portfolio.bindings, project.src, "actualCost");
  return {
    file: project.src.file,
    sheet: project.src.sheet,
    cell,
    row: project.src.row,
    column: header ?? "Actual Cost",
    severity,
    rule,
    message,
    projectId: project.projectId,
  };
}

/**
 * Labour against Actual Cost, per counted project (one row per ID; IDs shared by differing rows are
 * skipped): `labour-exceeds-actual` (warning) when the role-priced labour of its actual hours is
 * more than its Actual Cost; `cost-without-hours` (info) when it has spent money, its workbook has
 * an Allocations table, and no Actual Hours are booked to it at all. `totals`: of the allocations,
 * over these projects' IDs (the one pass over the rows that sums the hours also notes the bookings).
 */
export function costCrossChecks(
  portfolio: Portfolio,
  projects: readonly Project[],
  skip: ReadonlySet<string>,
  totals: Pick<AllocationTotals, "laborByProject" | "hoursBooked">,
  settings: Settings,
): Finding[] {
  const { laborByProject, hoursBooked } = totals;
  const filesWithAllocations = new Set(
    portfolio.bindings.filter((b) => b.table === "allocations").map((b) => b.file),
  );
  const findings: Finding[] = [];
  for (const project of projects) {
    const actual = project.actualCost;
    if (actual === null || skip.has(project.projectId)) continue;
    const labour = laborByProject.get(project.projectId)?.laborCost ?? 0;
    if (labour > actual) {
      findings.push(
        findingAt(
          portfolio,
          project,
          "warning",
          LABOUR_EXCEEDS_ACTUAL,
          `Labour on this project, priced at role rates from Allocations, is ${money(labour, settings)}, more than its ` +
            `Actual Cost ${money(actual, settings)}. Check that Actual Cost includes labour, and that the hours are booked to the right project.`,
        ),
      );
    } else if (
      actual > 0 &&
      filesWithAllocations.has(project.src.file) &&
      !hoursBooked.has(project.projectId)
    ) {
      findings.push(
        findingAt(
          portfolio,
          project,
          "info",
          COST_WITHOUT_HOURS,
          `Actual Cost is ${money(actual, settings)} but no Actual Hours are booked to this project in Allocations. ` +
            `Book the hours, or note that the cost is not labour.`,
        ),
      );
    }
  }
  return findings;
}
