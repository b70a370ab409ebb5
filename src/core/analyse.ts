import { EMPTY_HISTORY, type History } from "./cycle/history";
import { monthlyCycle, type MonthlyCycle } from "./cycle/monthlyCycle";
import { attentionItems } from "./kpi/attentionItems";
import { computeKpis } from "./kpi/computeKpis";
import type { KpiReport } from "./kpi/report";
import type { Finding } from "./model/finding";
import type { Portfolio } from "./model/portfolio";
import type { RawWorkbook } from "./model/raw";
import type { Settings } from "./model/settings";
import type { AttentionItems } from "./kpi/attentionItems";
import { readPortfolio } from "./read/readPortfolio";
import type { SheetMapping } from "./read/sheetMapping";
import type { TemplateDef } from "./template/types";
import { validatePortfolio } from "./validate/validatePortfolio";

export interface AnalyseOptions {
  readonly template: TemplateDef;
  readonly settings: Settings;
  readonly mapping?: SheetMapping;
  /** The history read back from an earlier dashboard (monthly-cycle.md); none: this period only. */
  readonly history?: History;
  /** Findings of the adapter's own, e.g. a file among several that could not be read at all. */
  readonly readFindings?: readonly Finding[];
}

export interface Analysis {
  /** The normalised trackers with every finding (reading and validation). */
  readonly portfolio: Portfolio;
  readonly report: KpiReport;
  readonly attention: AttentionItems;
  /** The history with this period added, the changes since the previous one, narrative, follow-up. */
  readonly cycle: MonthlyCycle;
}

/**
 * The engine in one call, as both the CLI and the add-in run it:
 * raw workbooks → typed tables + findings → validation → KPIs (which add the cost cross-checks) →
 * the month in its history.
 */
export function analyseWorkbooks(workbooks: readonly RawWorkbook[], options: AnalyseOptions): Analysis {
  const { template, settings, mapping } = options;
  const read = readPortfolio(workbooks, template, settings, mapping);
  const findings = [...(options.readFindings ?? []), ...read.findings];
  for (const f of validatePortfolio(read, template, settings)) findings.push(f);
  const validated: Portfolio = { ...read, findings };
  // Listed once, for the KPIs' attention list and the dashboard (findings do not change them).
  const attention = attentionItems(validated, settings.asOf);
  const report = computeKpis(validated, settings, attention);
  // The KPIs add the cost cross-checks to the findings: the portfolio carries the same list.
  const portfolio: Portfolio = { ...validated, findings: report.validation.findings };
  const cycle = monthlyCycle({ portfolio, report, attention }, options.history ?? EMPTY_HISTORY);
  return { portfolio, report, attention, cycle };
}
