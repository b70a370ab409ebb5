import { dayFromIso } from "../model/calendar";
import type { Finding } from "../model/finding";
import type { NormRow, Portfolio } from "../model/portfolio";
import type { Settings } from "../model/settings";
import type { ColumnDef, RowRule, TableDef, TemplateDef } from "../template/types";
import { FindingSink } from "./findingSink";
import { ReferenceIndex } from "./referenceIndex";
import { checkAfterAsOf } from "./rules/afterAsOf";
import { checkAllowedWhen } from "./rules/allowedWhen";
import { checkClosedMilestones } from "./rules/closedMilestones";
import { checkCompare } from "./rules/compare";
import { checkDuplicateProjects } from "./rules/duplicateProjects";
import { checkIdCase } from "./rules/idCase";
import { checkOneOf } from "./rules/oneOf";
import type { ReferenceTarget } from "./rules/references";
import { checkReferences } from "./rules/references";
import { checkRequiresWhen } from "./rules/requiresWhen";
import { checkStale } from "./rules/stale";
import { checkUnique } from "./rules/unique";
import { TableContext } from "./tableContext";
import { PROJECT_ID, PROJECTS_TABLE } from "../template/keys";

/**
 * The template's rules beyond single cells, run on what the reader produced: each table's row
 * rules (compare, afterAsOf, stale, requiresWhen, allowedWhen, oneOf), `unique` columns across
 * every consolidated workbook, and `references` between tables. Cell types, required cells,
 * ranges and enums are the reader's findings; blank or invalid cells (null) are skipped here so a
 * problem is reported once.
 *
 * Findings come back table by table in template order, then row by row.
 *
 * @example validatePortfolio(readPortfolio(workbooks, STANDARD_TEMPLATE, settings), STANDARD_TEMPLATE, settings)
 */
export function validatePortfolio(
  portfolio: Portfolio,
  template: TemplateDef,
  settings: Settings,
): Finding[] {
  const sink = new FindingSink();
  const index = new ReferenceIndex(portfolio.tables);
  const asOf = dayFromIso(settings.asOf);
  const tablesByKey = new Map(template.tables.map((t) => [t.key, t]));
  template.tables.forEach((def, order) => {
    const rows = rowsOf(portfolio, def.key);
    if (rows.length === 0) return;
    // Without a valid as-of date the date-relative rules cannot run; the settings check reports that.
    const ctx = new TableContext(def, rows, order, portfolio.bindings, settings, asOf ?? 0, sink);
    for (const column of def.columns) {
      // A shared Project ID has its own rule: which rows count depends on whether they differ.
      if (def.key === PROJECTS_TABLE && column.key === PROJECT_ID) {
        checkDuplicateProjects(ctx);
        checkIdCase(ctx);
      } else if (column.unique === true) checkUnique(column, ctx);
      const target = referenceTarget(column, def, tablesByKey, portfolio, index);
      if (target) checkReferences(column, target, ctx, index);
    }
    for (const rule of def.rules ?? []) {
      if (asOf === null && (rule.kind === "afterAsOf" || rule.kind === "stale")) continue;
      checkRule(rule, ctx);
    }
    if (def.key === MILESTONES) checkClosedMilestones(ctx, portfolio.projects);
  });
  return sink.findings();
}

const MILESTONES = "milestones";

function checkRule(rule: RowRule, ctx: TableContext): void {
  switch (rule.kind) {
    case "compare":
      return checkCompare(rule, ctx);
    case "afterAsOf":
      return checkAfterAsOf(rule, ctx);
    case "stale":
      return checkStale(rule, ctx);
    case "requiresWhen":
      return checkRequiresWhen(rule, ctx);
    case "allowedWhen":
      return checkAllowedWhen(rule, ctx);
    case "oneOf":
      return checkOneOf(rule, ctx);
  }
}

function referenceTarget(
  column: ColumnDef,
  def: TableDef,
  tablesByKey: ReadonlyMap<string, TableDef>,
  portfolio: Portfolio,
  index: ReferenceIndex,
): ReferenceTarget | null {
  const ref = column.references;
  if (!ref) return null;
  const table = tablesByKey.get(ref.table);
  if (!table) return null;
  const present =
    rowsOf(portfolio, ref.table).length > 0 || portfolio.bindings.some((b) => b.table === ref.table);
  const scopeRef =
    ref.scopeColumn === undefined
      ? undefined
      : def.columns.find((c) => c.key === ref.scopeColumn)?.references;
  const scopeValues =
    scopeRef && rowsOf(portfolio, scopeRef.table).length > 0
      ? index.values(scopeRef.table, scopeRef.column)
      : null;
  return { ref, table, present, scopeValues };
}

function rowsOf(portfolio: Portfolio, table: string): readonly NormRow[] {
  return Object.prototype.hasOwnProperty.call(portfolio.tables, table) ? (portfolio.tables[table] ?? []) : [];
}
