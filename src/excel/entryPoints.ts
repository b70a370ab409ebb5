/** The only place that starts Excel batches: each entry point runs one `Excel.run` (or the runner a test passes). */
import type { History } from "../core/cycle/history";
import type { Settings } from "../core/model/settings";
import type { RawWorkbook } from "../core/model/raw";
import { readOwnedHistory } from "./readHistory";
import type { DashboardPlan } from "../core/plan/types";
import type { ExcelRunner } from "./excelRunner";
import { officeExcelRunner } from "./excelRunner";
import type { ReadOptions } from "./readWorkbook";
import { readWorkbookFromExcel } from "./readWorkbook";
import type { RefreshedSheet, RefreshOptions } from "./refreshDashboard";
import { refreshDashboard } from "./refreshDashboard";
import type { LoadedSettings } from "./settings";
import { loadSettings, saveSettings } from "./settings";
import { OWNED_SHEETS_SETTING } from "./ownership";

export function readOpenWorkbook(
  options: ReadOptions = {},
  run: ExcelRunner = officeExcelRunner,
): Promise<RawWorkbook> {
  return run((context) => readWorkbookFromExcel(context, options));
}

/** PMO Pulse's own PMO History of the open workbook (empty when there is none yet). */
export function readOpenWorkbookHistory(run: ExcelRunner = officeExcelRunner): Promise<History> {
  return run((context) => readOwnedHistory(context));
}

export function refreshOpenWorkbookDashboard(
  plan: DashboardPlan,
  options: RefreshOptions = {},
  run: ExcelRunner = officeExcelRunner,
): Promise<RefreshedSheet[]> {
  return run((context) => refreshDashboard(context, plan, OWNED_SHEETS_SETTING, options));
}

export function loadWorkbookSettings(run: ExcelRunner = officeExcelRunner): Promise<LoadedSettings> {
  return run((context) => loadSettings(context));
}

export function saveWorkbookSettings(
  settings: Settings,
  run: ExcelRunner = officeExcelRunner,
): Promise<void> {
  return run((context) => saveSettings(context, settings));
}
