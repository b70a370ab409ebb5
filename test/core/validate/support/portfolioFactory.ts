import { dayFromIso } from "../../../../src/core/model/calendar";
import type { CellValue, NormRow, Portfolio, TableBinding } from "../../../../src/core/model/portfolio";
import type { Settings } from "../../../../src/core/model/settings";
import { DEFAULT_SETTINGS } from "../../../../src/core/model/settings";
import { STANDARD_TEMPLATE } from "../../../../src/core/template/standardTemplate";
import type { TableDef, TemplateDef } from "../../../../src/core/template/types";

/** One sheet read as a template table: what the reader would have produced for it. */
export interface SheetSpec {
  readonly table: string;
  readonly file?: string;
  /** Defaults to the table's template name. */
  readonly sheet?: string;
  /** Sheet row of the header; data rows follow it directly. Default 1. */
  readonly headerRow?: number;
  /** Column keys in sheet order (column A first). Defaults to every template column of the table. */
  readonly columns?: readonly string[];
  /** Header text as written, where it differs from the template header. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Normalised values by column key; keys not given are blank. */
  readonly rows: readonly Readonly<Record<string, CellValue>>[];
}

export const FILE = "tracker.xlsx";

/** The settings the validator tests use: as-of 30/06/2026, day-first dates. */
export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, asOf: "2026-06-30", dateOrder: "DMY" };

/** Day number of an ISO date, for readable test data. */
export function day(iso: string): number {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`not a date: ${iso}`);
  return d;
}

function tableDef(template: TemplateDef, table: string): TableDef {
  const def = template.tables.find((t) => t.key === table);
  if (!def) throw new Error(`no table ${table}`);
  return def;
}

/**
 * A Portfolio holding the given sheets, with bindings and rows laid out as the reader would.
 * Headers and default columns come from `template` (the standard one unless a test brings its own).
 */
export function portfolioOf(
  sheets: readonly SheetSpec[],
  template: TemplateDef = STANDARD_TEMPLATE,
): Portfolio {
  const tables: Record<string, NormRow[]> = {};
  const bindings: TableBinding[] = [];
  const files = new Set<string>();
  for (const spec of sheets) {
    const file = spec.file ?? FILE;
    const def = tableDef(template, spec.table);
    const keys = def.columns.map((c) => c.key);
    const sheet = spec.sheet ?? def.name;
    const headerRow = spec.headerRow ?? 1;
    const columns = spec.columns ?? keys;
    files.add(file);
    bindings.push({
      table: spec.table,
      file,
      sheet,
      headerRow,
      columns: Object.fromEntries(
        columns.map((key, i) => [
          key,
          {
            col: i + 1,
            header: spec.headers?.[key] ?? def.columns.find((c) => c.key === key)?.header ?? key,
          },
        ]),
      ),
      missingRequired: [],
      unknownHeaders: [],
    });
    const rows = (tables[spec.table] ??= []);
    spec.rows.forEach((values, i) => {
      const row: Record<string, CellValue> = {};
      for (const key of keys) row[key] = null;
      Object.assign(row, values);
      rows.push({ ...row, src: { file, sheet, row: headerRow + 1 + i } });
    });
  }
  const typed = (key: string): never => (tables[key] ?? []) as never;
  return {
    files: [...files],
    bindings,
    projects: typed("projects"),
    milestones: typed("milestones"),
    risks: typed("risks"),
    resources: typed("resources"),
    allocations: typed("allocations"),
    dependencies: typed("dependencies"),
    rateCard: typed("rateCard"),
    salaryBenchmarks: typed("salaryBenchmarks"),
    tables,
    findings: [],
  };
}

/** A project row that breaks no rule (as of 30/06/2026); override what a test needs. */
export function project(
  id: string,
  overrides: Readonly<Record<string, CellValue>> = {},
): Record<string, CellValue> {
  return {
    projectId: id,
    projectName: `Project ${id}`,
    projectManager: "Dana Lee",
    phase: "Execution",
    status: "Green",
    startDate: day("2026-01-05"),
    baselineFinish: day("2026-12-18"),
    budget: 500_000,
    actualCost: 120_000,
    percentComplete: 0.3,
    lastUpdated: day("2026-06-26"),
    ...overrides,
  };
}
