/**
 * The pane's "New tracker" and "Fix structure" without UI: the blank tracker of the workbook's
 * template (standard or custom), opened as a new workbook; and what the open workbook lacks,
 * planned, shown, then added.
 */
import type { BlankTrackerResult } from "../core/plan/blankTracker/buildBlankTrackerPlan";
import { buildBlankTrackerPlan } from "../core/plan/blankTracker/buildBlankTrackerPlan";
import type { StructureFix } from "../core/plan/structureFix/planStructureFix";
import { planStructureFix } from "../core/plan/structureFix/planStructureFix";
import type { DashboardPlan } from "../core/plan/types";
import { dashboardXlsxBytes } from "../xlsx/write/dashboard/dashboardXlsx";
import type { ExcelGateway } from "./gateway";
import type { Preferences } from "./preferences";
import { resolveTemplate, settingsFor } from "./preferences";

/** Renders a plan as .xlsx bytes; tests hand the pane a double. */
export type TrackerFileWriter = (plan: DashboardPlan) => Promise<Uint8Array>;

/** The portable .xlsx writer (the CLI's too, with fflate for zlib): what the pane uses. */
export const writeTrackerBytes: TrackerFileWriter = (plan) => Promise.resolve(dashboardXlsxBytes(plan));

/** The blank tracker of the workbook's template, for one project when `projectId` is not blank. */
export function newTrackerPlan(prefs: Preferences, projectId: string): BlankTrackerResult {
  const { template } = resolveTemplate(prefs.templateText);
  const id = projectId.trim();
  return buildBlankTrackerPlan(template, id === "" ? {} : { projectId: id });
}

/** Writes the tracker and opens it as a new workbook; returns its sheet names. */
export async function openNewTracker(
  gateway: Pick<ExcelGateway, "createWorkbook">,
  prefs: Preferences,
  projectId: string,
  write: TrackerFileWriter,
): Promise<string[]> {
  const built = newTrackerPlan(prefs, projectId);
  if ("errors" in built) throw new Error(`The template cannot make a tracker: ${built.errors.join("; ")}`);
  await gateway.createWorkbook(bytesToBase64(await write(built.plan)));
  return built.plan.sheets.map((s) => s.name);
}

/** What Fix structure would add to the open workbook (read now), to show before it runs. */
export async function planFixStructure(
  gateway: Pick<ExcelGateway, "readWorkbook">,
  prefs: Preferences,
  asOf: string,
): Promise<StructureFix> {
  const raw = await gateway.readWorkbook();
  const { template } = resolveTemplate(prefs.templateText);
  return planStructureFix(raw, template, settingsFor(prefs, asOf), prefs.mapping);
}

/** Whether the fix adds anything at all. */
export function fixIsEmpty(fix: StructureFix): boolean {
  return fix.columns.length === 0 && fix.sheets.length === 0 && fix.validations.length === 0;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard base64 without Node's Buffer (the pane runs in a browser). */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64.charAt((n >> 18) & 63) + BASE64.charAt((n >> 12) & 63);
    out += b === undefined ? "=" : BASE64.charAt((n >> 6) & 63);
    out += c === undefined ? "=" : BASE64.charAt(n & 63);
  }
  return out;
}
