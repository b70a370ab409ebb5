/**
 * A DashboardPlan as .xlsx bytes: every part written directly from the plan (no spreadsheet
 * library), with no Node or DOM API, so the CLI and the task pane (New tracker) share it. The
 * same plan and timestamp always give the same bytes.
 *
 * @example
 * const bytes = dashboardXlsxBytes(plan, { timestamp: new Date("2025-01-31T00:00:00Z") });
 */
import type { DashboardPlan } from "../../../core/plan/types";
import { XlsxPackage } from "../xlsxPackage";
import { concatBytes } from "../../concatBytes";
import { zipPieces } from "../zip/writeZip";
import { PORTABLE_ZIP_CODEC, type ZipCodec } from "../zip/zipCodec";
import { planStyleIndex } from "./planStyles";
import { renderPlanSheet } from "./planSheet";
import { registerRunFormats, runFormatsOf, STORED_RUNS_FROM_ROWS } from "./rowRuns";
import { checkSheetNames } from "./sheetNames";

export interface DashboardXlsxOptions {
  /**
   * The workbook's created/modified date and every zip entry's date. Defaults to now; pass a fixed
   * date for byte-identical output from the same plan.
   */
  readonly timestamp?: Date;
  /** Compression for the zip; the CLI passes Node's zlib. */
  readonly codec?: ZipCodec;
  /**
   * From how many rows a sheet's row runs are stored (copied next month instead of written
   * again); default STORED_RUNS_FROM_ROWS. Tests lower it to store a small history.
   */
  readonly storedRunsFromRows?: number;
}

function checkChartIds(plan: DashboardPlan): void {
  const ids = new Set<string>();
  for (const chart of plan.sheets.flatMap((s) => s.charts)) {
    if (ids.has(chart.id)) throw new Error(`Chart id "${chart.id}" is used twice in the plan`);
    ids.add(chart.id);
  }
}

export function dashboardXlsxBytes(plan: DashboardPlan, options: DashboardXlsxOptions = {}): Uint8Array {
  return concatBytes(dashboardXlsxPieces(plan, options));
}

/** The same bytes as `dashboardXlsxBytes`, as the zip's pieces in order (see `zipPieces`). */
export function dashboardXlsxPieces(plan: DashboardPlan, options: DashboardXlsxOptions = {}): Uint8Array[] {
  const timestamp = options.timestamp ?? new Date();
  const codec = options.codec ?? PORTABLE_ZIP_CODEC;
  checkSheetNames(plan.sheets);
  checkChartIds(plan);
  const pkg = new XlsxPackage({ name: plan.theme.font, size: 11 }, codec);
  const context = {
    pkg,
    theme: plan.theme,
    sheetNames: new Set(plan.sheets.map((s) => s.name)),
    styleIndex: planStyleIndex(pkg.styles, plan.theme),
    tableNames: new Set<string>(),
    storedRunsFromRows: options.storedRunsFromRows ?? STORED_RUNS_FROM_ROWS,
  };
  // Before any other style: the run formats then have the same indexes in every workbook.
  pkg.runStyles = registerRunFormats(runFormatsOf(plan.sheets), context.styleIndex);
  plan.sheets.forEach((sheet, i) => pkg.addSheet(renderPlanSheet(sheet, context, i === 0)));
  return zipPieces(pkg.entries(timestamp), timestamp, codec);
}
