import type { Finding } from "../../../src/core/model/finding";
import type { RawScalar, RawSheet } from "../../../src/core/model/raw";
import { readPortfolio } from "../../../src/core/read/readPortfolio";
import type { SheetMapping } from "../../../src/core/read/sheetMapping";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { sheet, testSettings, workbook } from "../support/rawWorkbook";

/** The ten required Projects columns, in sheet columns A–J. */
export const PROJECT_HEADERS = [
  "Project ID",
  "Project Name",
  "Project Manager",
  "Phase",
  "Status",
  "Start Date",
  "Baseline Finish",
  "Budget",
  "Actual Cost",
  "% Complete",
] as const;

/** The six required Risks columns. */
export const RISK_HEADERS = ["Risk ID", "Project ID", "Title", "Probability", "Impact", "Status"] as const;

/** Serial dates used below: 2026-01-01 and 2026-04-30. */
export const JAN_1_2026 = 46023;
export const APR_30_2026 = 46142;

/** A valid Projects row (A–J) with `overrides` by column index. */
export function projectRow(id: RawScalar, overrides: Record<number, RawScalar> = {}): RawScalar[] {
  const row: RawScalar[] = [
    id,
    `Project ${String(id)}`,
    "Ann Lee",
    "Execution",
    "Green",
    JAN_1_2026,
    APR_30_2026,
    100000,
    40000,
    0.45,
  ];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v;
  return row;
}

/** `severity rule Sheet!Cell` — the part of a finding most tests pin down. */
export function brief(f: Finding): string {
  return `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`;
}

/** One workbook of `sheets` and an Allocations sheet of `headers` and `rows`, read with the standard template. */
export function readAllocations(
  sheets: readonly RawSheet[],
  headers: readonly RawScalar[],
  rows: readonly RawScalar[][],
  mapping?: SheetMapping,
) {
  return readPortfolio(
    [workbook("t.xlsx", [...sheets, sheet("Allocations", [[...headers], ...rows])])],
    STANDARD_TEMPLATE,
    testSettings(),
    mapping,
  );
}
