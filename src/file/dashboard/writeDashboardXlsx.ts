/**
 * Writes a DashboardPlan as a standalone .xlsx for the CLI: the portable writer
 * (src/xlsx/write) with Node's native zlib, several times faster than the portable deflate on
 * the tens of megabytes of sheet XML a large portfolio makes.
 *
 * @example
 * const buffer = await writeDashboardXlsx(plan, { timestamp: new Date("2025-01-31T00:00:00Z") });
 * await fs.promises.writeFile("dashboard.xlsx", buffer);
 */
import type { DashboardPlan } from "../../core/plan/types";
import { dashboardXlsxPieces as piecesOf } from "../../xlsx/write/dashboard/dashboardXlsx";
import { NODE_ZIP_CODEC } from "../zip/nodeZipCodec";

export interface WriteDashboardOptions {
  /**
   * The workbook's created/modified date and every zip entry's date. Defaults to now; pass a fixed
   * date for byte-identical output from the same plan.
   */
  readonly timestamp?: Date;
  /** See DashboardXlsxOptions: how many history rows make PMO History store its periods. */
  readonly storedRunsFromRows?: number;
}

/** Async so a plan error arrives as a rejection, like a write error. */
export async function writeDashboardXlsx(
  plan: DashboardPlan,
  options: WriteDashboardOptions = {},
): Promise<Buffer> {
  return Buffer.concat(await dashboardXlsxPieces(plan, options));
}

/**
 * The same bytes as pieces to write one after the other (`writeFileAtomic` takes them), never
 * copied into one buffer: what the CLI writes.
 */
export async function dashboardXlsxPieces(
  plan: DashboardPlan,
  options: WriteDashboardOptions = {},
): Promise<Uint8Array[]> {
  return piecesOf(plan, { ...options, codec: NODE_ZIP_CODEC });
}
