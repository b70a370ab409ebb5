import type { Finding } from "../model/finding";
import type {
  Allocation,
  Dependency,
  Milestone,
  NormRow,
  Portfolio,
  Project,
  RateCardRow,
  Resource,
  Risk,
  SalaryBenchmark,
  TableBinding,
  UnidentifiedProject,
} from "../model/portfolio";
import type { RawWorkbook } from "../model/raw";
import type { Settings } from "../model/settings";
import type { TemplateDef } from "../template/types";
import { readWorkbook } from "./readWorkbook";
import { RepeatedRows } from "./repeatedRows";
import type { SheetMapping } from "./sheetMapping";

/**
 * The typed view of a standard table: the same row objects as `tables[key]`. The reader fills every
 * template column key and every standard column key of every row (null when the template or the
 * sheet lacks the column), so any template accepted for a standard table gives rows of these shapes.
 */
function typed<T>(tables: Record<string, NormRow[]>, key: string): readonly T[] {
  return (tables[key] ?? []) as unknown as readonly T[];
}

/**
 * The one place untrusted cells become typed data: reads every workbook against the template and
 * concatenates them into one portfolio (cross-file checks such as duplicate IDs are the validator's;
 * rows a later workbook repeats value for value are left out: `RepeatedRows`).
 * Never throws on bad input; every problem is a finding.
 * @example readPortfolio([rawWorkbook], STANDARD_TEMPLATE, settings).projects[0].budget
 */
export function readPortfolio(
  workbooks: readonly RawWorkbook[],
  template: TemplateDef,
  settings: Settings,
  mapping?: SheetMapping,
): Portfolio {
  const tables: Record<string, NormRow[]> = {};
  for (const table of template.tables) tables[table.key] = [];
  const bindings: TableBinding[] = [];
  const findings: Finding[] = [];
  const unidentified: UnidentifiedProject[] = [];
  // Rows a workbook copies from an earlier one count once (one file alone has none).
  const repeated = workbooks.length > 1 ? new RepeatedRows(template) : null;
  for (const workbook of workbooks) {
    const read = readWorkbook(workbook, template, settings, mapping);
    const copies: Finding[] = [];
    const own = repeated === null ? read.tables : repeated.take(read.tables, read.bindings, copies);
    for (const [key, rows] of own) {
      const target = tables[key];
      if (target === undefined || target.length === 0) tables[key] = [...rows];
      else for (const row of rows) target.push(row);
    }
    // Loops, not spread: a large workbook can have more findings than a call's argument limit.
    for (const binding of read.bindings) bindings.push(binding);
    for (const finding of read.findings) findings.push(finding);
    for (const finding of copies) findings.push(finding);
    for (const row of read.unidentified ?? []) unidentified.push(row);
  }
  return {
    files: workbooks.map((w) => w.file),
    bindings,
    projects: typed<Project>(tables, "projects"),
    milestones: typed<Milestone>(tables, "milestones"),
    risks: typed<Risk>(tables, "risks"),
    resources: typed<Resource>(tables, "resources"),
    allocations: typed<Allocation>(tables, "allocations"),
    dependencies: typed<Dependency>(tables, "dependencies"),
    salaryBenchmarks: typed<SalaryBenchmark>(tables, "salaryBenchmarks"),
    rateCard: typed<RateCardRow>(tables, "rateCard"),
    tables,
    findings,
    ...(unidentified.length === 0 ? {} : { unidentified }),
  };
}
