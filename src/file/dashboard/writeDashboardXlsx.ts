/**
 * Writes a DashboardPlan as a standalone .xlsx: ExcelJS renders cells, styles, tables and
 * conditional formats; then, on the package it wrote, we add internal hyperlinks, data validation
 * and native charts (written by hand: see each module) and re-zip with fixed entry dates so output can be byte-stable.
 *
 * @example
 * const buffer = await writeDashboardXlsx(plan, { timestamp: new Date("2025-01-31T00:00:00Z") });
 * await fs.promises.writeFile("dashboard.xlsx", buffer);
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeZip, type ZipEntry } from "../zip/writeZip";
import type { DashboardPlan } from "../../core/plan/types";
import { injectCharts } from "./charts/injectCharts";
import { injectDataValidations } from "./dataValidations";
import { injectInternalHyperlinks, type SheetLinks } from "./hyperlinks";
import { checkSheetNames } from "./sheetNames";
import { writeSheet } from "./writeSheet";

export interface WriteDashboardOptions {
  /**
   * The workbook's created/modified date and every zip entry's date. Defaults to now; pass a fixed
   * date for byte-identical output from the same plan.
   */
  readonly timestamp?: Date;
}

export async function writeDashboardXlsx(
  plan: DashboardPlan,
  options: WriteDashboardOptions = {},
): Promise<Buffer> {
  const timestamp = options.timestamp ?? new Date();
  checkSheetNames(plan.sheets);
  const chartIds = new Set<string>();
  for (const chart of plan.sheets.flatMap((s) => s.charts)) {
    if (chartIds.has(chart.id)) {
      throw new Error(`Chart id "${chart.id}" is used twice in the plan`);
    }
    chartIds.add(chart.id);
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PMO Pulse";
  workbook.lastModifiedBy = "PMO Pulse";
  workbook.created = timestamp;
  workbook.modified = timestamp;
  const sheetNames = new Set(plan.sheets.map((s) => s.name));
  const links: SheetLinks[] = plan.sheets.map((sheet) => ({
    sheetName: sheet.name,
    links: writeSheet(workbook, sheet, plan.theme, sheetNames),
  }));

  // Stored, not deflated: the package is reopened to add charts and compressed once at the end.
  const written = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const zip = await JSZip.loadAsync(written, { createFolders: false });
  await injectInternalHyperlinks(zip, links);
  await injectDataValidations(
    zip,
    plan.sheets.map((sheet) => ({ sheetName: sheet.name, validations: sheet.dataValidations ?? [] })),
  );
  await injectCharts(
    zip,
    plan.sheets.map((sheet) => ({ sheetName: sheet.name, charts: sheet.charts })),
    plan.theme,
  );
  return repack(zip, timestamp);
}

/**
 * Copies the parts, in order, into the final zip with one fixed date and without the folder
 * entries JSZip adds (a package holds parts only).
 */
async function repack(zip: JSZip, timestamp: Date): Promise<Buffer> {
  const entries: ZipEntry[] = [];
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) entries.push({ name: entry.name, data: await entry.async("uint8array") });
  }
  return writeZip(entries, timestamp);
}
