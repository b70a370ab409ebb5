import { attentionItems } from "./kpi/attentionItems";
import { computeKpis } from "./kpi/computeKpis";
import type { KpiReport } from "./kpi/report";
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
}

export interface Analysis {
  /** The normalised trackers with every finding (reading and validation). */
  readonly portfolio: Portfolio;
  readonly report: KpiReport;
  readonly attention: AttentionItems;
}

/**
 * The engine in one call, as both the CLI and the add-in run it:
 * raw workbooks → typed tables + findings → validation → KPIs (which add the cost cross-checks).
 */
export function analyseWorkbooks(workbooks: readonly RawWorkbook[], options: AnalyseOptions): Analysis {
  const { template, settings, mapping } = options;
  const read = readPortfolio(workbooks, template, settings, mapping);
  const findings = [...read.findings];
  for (const f of validatePortfolio(read, template, settings)) findings.push(f);
  const validated: Portfolio = { ...read, findings };
  const report = computeKpis(validated, settings);
  // The KPIs add the cost cross-checks to the findings: the portfolio carries the same list.
  const portfolio: Portfolio = { ...validated, findings: report.validation.findings };
  return { portfolio, report, attention: attentionItems(portfolio, settings.asOf) };
}
