/**
 * Everything the task pane and the ribbon commands ask of Excel, behind one interface. Components
 * get it from GatewayContext, so tests and the browser harness pass a double; `createOfficeGateway`
 * is the real one over the Office.js adapter (src/excel), each call one `Excel.run` of the given runner.
 */
import type { History } from "../core/cycle/history";
import type { Settings } from "../core/model/settings";
import type { RawWorkbook } from "../core/model/raw";
import { colourColumns } from "../core/read/colourColumns";
import { STANDARD_TEMPLATE } from "../core/template/standardTemplate";
import type { StructureFix } from "../core/plan/structureFix/planStructureFix";
import { PULSE_THEME } from "../core/plan/theme";
import type { DashboardPlan } from "../core/plan/types";
import { toAppError } from "../excel/appError";
import { checkSettingSize } from "../excel/settings";
import {
  loadWorkbookSettings,
  readOpenWorkbook,
  readOpenWorkbookHistory,
  refreshOpenWorkbookDashboard,
  saveWorkbookSettings,
} from "../excel/entryPoints";
import type { ExcelRunner } from "../excel/excelRunner";
import type { FixResult } from "../excel/fixStructure";
import { fixStructure } from "../excel/fixStructure";
import { officeExcelRunner } from "../excel/excelRunner";
import type { HighlightCell, HighlightResult } from "../excel/highlights";
import type { RefreshOptions } from "../excel/refreshDashboard";
import { clearHighlights, highlightCells } from "../excel/highlights";
import type { CellSheet } from "../excel/insertSheets";
import { insertSheets } from "../excel/insertSheets";
import { activateSheet, selectCell } from "../excel/navigation";
import { OWNED_SHEETS_SETTING } from "../excel/ownership";
import { removeOwnedSheets } from "../excel/removeOwnedSheets";
import type { RunChoices } from "../excel/runChoices";
import { loadRunChoices, saveRunChoices } from "../excel/runChoices";
import type { StoredPreferences } from "./preferences";

export interface SavedPreferences {
  readonly settings: Settings;
  /** JSON of the SheetMapping; null removes it. */
  readonly mappingJson: string | null;
  /** The custom template's JSON; null = the standard template. */
  readonly templateJson: string | null;
}

export interface ExcelGateway {
  readWorkbook(): Promise<RawWorkbook>;
  /** PMO Pulse's own PMO History in the workbook (monthly-cycle.md), empty when there is none yet. */
  readHistory?(): Promise<History>;
  /**
   * Writes the plan's PMO sheets, replacing every earlier PMO sheet, and shows the first;
   * `onStep` hears what is happening; returns the sheets' final names.
   */
  writeDashboard(plan: DashboardPlan, onStep?: (detail: string) => void): Promise<{ sheets: string[] }>;
  /** Like writeDashboard, but replaces only the earlier PMO sheets the plan has; the others stay. */
  replaceSheets(plan: DashboardPlan): Promise<{ sheets: string[] }>;
  selectCell(sheet: string, cell: string): Promise<void>;
  highlightCells(cells: readonly HighlightCell[]): Promise<HighlightResult>;
  /** Returns how many highlights were removed. */
  clearHighlights(): Promise<number>;
  loadSettings(): Promise<StoredPreferences>;
  saveSettings(prefs: SavedPreferences): Promise<void>;
  activateSheet(name: string): Promise<void>;
  /** Deletes every sheet PMO Pulse owns, in one batch; returns their names. */
  removeOwnedSheets(): Promise<string[]>;
  /** Adds sheets of plain cells (the example tracker) and shows the first; returns the names given. */
  insertSheets(sheets: readonly CellSheet[]): Promise<string[]>;
  /** The as-of date and portfolio name of the last build (remembered in the workbook). */
  loadRunChoices(): Promise<RunChoices>;
  saveRunChoices(choices: RunChoices): Promise<void>;
  /** Opens a new workbook from .xlsx bytes (base64), as `Excel.createWorkbook` does (ExcelApi 1.8). */
  createWorkbook(base64: string): Promise<void>;
  /** Adds what the fix lists to the open workbook in one write batch (see src/excel/fixStructure.ts). */
  fixStructure(fix: StructureFix): Promise<FixResult>;
}

/** `Excel.createWorkbook`, looked up when called so the module loads outside Office. */
const officeCreateWorkbook = async (base64: string): Promise<void> => {
  try {
    await Excel.createWorkbook(base64);
  } catch (error) {
    throw toAppError(error, "Opening the new tracker");
  }
};

export const MAPPING_KEY = "PMOPulse.sheetMapping";
export const TEMPLATE_KEY = "PMOPulse.customTemplate";

/** A stored text setting, or null when absent or not text. */
function textOf(setting: Excel.Setting): string | null {
  return !setting.isNullObject && typeof setting.value === "string" ? setting.value : null;
}

async function loadTexts(
  context: Excel.RequestContext,
): Promise<{ mappingJson: string | null; templateJson: string | null }> {
  try {
    const mapping = context.workbook.settings.getItemOrNullObject(MAPPING_KEY).load("value");
    const template = context.workbook.settings.getItemOrNullObject(TEMPLATE_KEY).load("value");
    await context.sync();
    return { mappingJson: textOf(mapping), templateJson: textOf(template) };
  } catch (error) {
    throw toAppError(error, "Loading the sheet mapping and template");
  }
}

async function saveTexts(context: Excel.RequestContext, prefs: SavedPreferences): Promise<void> {
  // Checked before anything is queued: a refused template leaves the stored one as it was.
  if (prefs.mappingJson !== null) checkSettingSize("sheet mapping", prefs.mappingJson);
  if (prefs.templateJson !== null) checkSettingSize("custom template", prefs.templateJson);
  try {
    const settings = context.workbook.settings;
    const entries: [string, string | null][] = [
      [MAPPING_KEY, prefs.mappingJson],
      [TEMPLATE_KEY, prefs.templateJson],
    ];
    const removals = entries
      .filter(([, value]) => value === null)
      .map(([key]) => settings.getItemOrNullObject(key).load("key"));
    entries.forEach(([key, value]) => {
      if (value !== null) settings.add(key, value);
    });
    await context.sync();
    const existing = removals.filter((setting) => !setting.isNullObject);
    if (existing.length === 0) return;
    existing.forEach((setting) => setting.delete());
    await context.sync();
  } catch (error) {
    throw toAppError(error, "Saving the sheet mapping and template");
  }
}

/** `Office.context.requirements.isSetSupported`, false where Office.js is not loaded. */
function officeSupports(name: string, version: string): boolean {
  return (
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true
  );
}

export function createOfficeGateway(
  run: ExcelRunner = officeExcelRunner,
  createWorkbook: (base64: string) => Promise<void> = officeCreateWorkbook,
  isSetSupported: (name: string, version: string) => boolean = officeSupports,
): ExcelGateway {
  const write = async (
    plan: DashboardPlan,
    options: RefreshOptions,
    onStep?: (detail: string) => void,
  ): Promise<{ sheets: string[] }> => {
    onStep?.(`Writing ${plan.sheets.length} sheets`);
    // Typed text values need ExcelApi 1.16; older hosts get Excel's quote prefix.
    const typedText = isSetSupported("ExcelApi", "1.16");
    const written = await refreshOpenWorkbookDashboard(plan, { ...options, typedText }, run);
    const first = written[0];
    if (first !== undefined) {
      onStep?.(`Showing ${first.name}`);
      await run((context) => activateSheet(context, first.name));
    }
    return { sheets: written.map((s) => s.name) };
  };
  return {
    // Merged areas need ExcelApi 1.13; older hosts read the covered cells as blank. A RAG given by
    // colour alone needs ExcelApi 1.9 (cell properties); older hosts read such a cell as blank.
    readWorkbook: () =>
      readOpenWorkbook(
        {
          mergedAreas: isSetSupported("ExcelApi", "1.13"),
          ...(isSetSupported("ExcelApi", "1.9") ? { fillColumns: colourColumns(STANDARD_TEMPLATE) } : {}),
        },
        run,
      ),
    readHistory: () => readOpenWorkbookHistory(run),
    writeDashboard: (plan, onStep) => write(plan, {}, onStep),
    replaceSheets: (plan) => write(plan, { keepOtherOwnedSheets: true }),
    selectCell: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    highlightCells: (cells) => run((context) => highlightCells(context, cells)),
    clearHighlights: () => run((context) => clearHighlights(context)),
    loadSettings: async () => {
      const loaded = await loadWorkbookSettings(run);
      const texts = await run((context) => loadTexts(context));
      return { settings: loaded.settings, problems: loaded.problems, ...texts };
    },
    saveSettings: async (prefs) => {
      await saveWorkbookSettings(prefs.settings, run);
      await run((context) => saveTexts(context, prefs));
    },
    activateSheet: (name) => run((context) => activateSheet(context, name)),
    removeOwnedSheets: () => run((context) => removeOwnedSheets(context, OWNED_SHEETS_SETTING)),
    insertSheets: (sheets) => run((context) => insertSheets(context, sheets)),
    loadRunChoices: () => run((context) => loadRunChoices(context)),
    saveRunChoices: (choices) => run((context) => saveRunChoices(context, choices)),
    createWorkbook,
    fixStructure: (fix) => run((context) => fixStructure(context, fix, PULSE_THEME)),
  };
}
