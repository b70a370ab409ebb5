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
 * raw workbooks → typed tables + findings → validation → KPIs.
 */
export function analyseWorkbooks(workbooks: readonly RawWorkbook[], options: AnalyseOptions): Analysis {
  const { template, settings, mapping } = options;
  const read = readPortfolio(workbooks, template, settings, mapping);
  const findings = [...read.findings];
  for (const f of validatePortfolio(read, template, settings)) findings.push(f);
  const portfolio: Portfolio = { ...read, findings };
  return {
    portfolio,
    report: computeKpis(portfolio, settings),
    attention: attentionItems(portfolio, settings.asOf),
  };
}
