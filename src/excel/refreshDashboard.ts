/**
 * Atomic dashboard refresh. The new sheets are written under temporary names; then one commit
 * sync deletes the previous PMO Pulse sheets (found by the ownership marker, never by name),
 * renames the new sheets and tables to their final names and records the new owned ids.
 * If anything fails, a recovery step looks at the workbook and either removes every new sheet and
 * restores the marker (the workbook is as it was) or, when the commit had already deleted part of
 * the old dashboard, finishes the commit (the workbook is as after a successful refresh).
 * A partial refresh (`keepOtherOwnedSheets`) replaces only the owned sheets the plan has, matched by
 * name, and keeps the others and their ids in the marker; everything else is the same.
 * Syncs: 1 (inspect) + write batches (1 for a small dashboard) + 1 (commit).
 */
import type { DashboardPlan } from "../core/plan/types";
import { AppError, toAppError } from "./appError";
import type { WrittenDashboard } from "./applyDashboardPlan";
import { writeDashboardPlan } from "./applyDashboardPlan";
import {
  OWNED_SHEETS_SETTING,
  loadOwnershipMarker,
  ownedSheetIds,
  parseOwnedSheetIds,
  queueOwnedSheetIds,
} from "./ownership";
import { queueFreeze } from "./sheetSteps";
import { freeSheetName, freeTableName } from "./sheetNames";

export interface RefreshOptions {
  readonly budgetBytes?: number;
  /**
   * Replace only the owned sheets whose name is one of the plan's sheets (or the name the plan's
   * sheet gets beside a user sheet of that name); the other owned sheets stay, still owned.
   */
  readonly keepOtherOwnedSheets?: boolean;
  /** ExcelApi 1.16 is supported: text is written as typed values (`Range.valuesAsJson`). */
  readonly typedText?: boolean;
}

/**
 * The temporary sheet names of a refresh in progress, recorded with its first write and removed by
 * its commit. A run that was killed (the ribbon's runtime is closed about 5 minutes after a click)
 * leaves it behind, and the next refresh deletes those sheets first.
 */
export const PENDING_SHEETS_SETTING = "PMOPulse.pendingSheets";

/** DATE(1904,1,1) is serial 0 in the 1904 date system (and 1462 in the 1900 one). */
const DATE_1904_PROBE = { year: 1904, month: 1, day: 1, serialIn1904: 0 };

export interface RefreshedSheet {
  readonly planName: string;
  readonly name: string;
  readonly id: string;
}

interface Before {
  readonly sheets: readonly { readonly id: string; readonly name: string; readonly veryHidden: boolean }[];
  /** Owned sheets the refresh deletes. */
  readonly replaced: readonly string[];
  /** Owned sheets a partial refresh keeps (listed first in the new marker). */
  readonly kept: readonly string[];
  readonly markerExists: boolean;
  readonly markerValue: unknown;
  readonly tables: readonly { readonly name: string; readonly sheetId: string }[];
  readonly date1904: boolean;
  /** Temporary sheets a killed refresh left (named in PENDING_SHEETS_SETTING, not owned). */
  readonly leftovers: readonly string[];
}

interface Names {
  readonly tempSheet: Map<string, string>;
  readonly finalSheet: Map<string, string>;
  readonly tempTable: Map<string, string>;
  readonly finalTable: Map<string, string>;
}

function lower(list: Iterable<string>): Set<string> {
  return new Set([...list].map((n) => n.toLowerCase()));
}

/** The owned sheets a partial refresh replaces: those named like a plan sheet, as it would be named now. */
function replacedByName(
  plan: DashboardPlan,
  sheets: Before["sheets"],
  owned: readonly string[],
): Set<string> {
  const ownedIds = new Set(owned);
  const userSheets = sheets.filter((s) => !ownedIds.has(s.id)).map((s) => s.name);
  const names = lower(plan.sheets.flatMap((p) => [p.name, freeSheetName(p.name, lower(userSheets))]));
  return new Set(
    sheets.filter((s) => ownedIds.has(s.id) && names.has(s.name.toLowerCase())).map((s) => s.id),
  );
}

async function inspect(
  context: Excel.RequestContext,
  markerKey: string,
  plan: DashboardPlan,
  partial: boolean,
): Promise<Before> {
  const sheets = context.workbook.worksheets.load("items/id,items/name,items/visibility");
  const tables = context.workbook.tables.load("items/name,items/worksheet/id");
  const marker = loadOwnershipMarker(context, markerKey);
  const pending = context.workbook.settings.getItemOrNullObject(PENDING_SHEETS_SETTING);
  pending.load("value");
  const probe = context.workbook.functions.date(
    DATE_1904_PROBE.year,
    DATE_1904_PROBE.month,
    DATE_1904_PROBE.day,
  );
  probe.load("value");
  await context.sync();
  const ids = new Set(sheets.items.map((s) => s.id));
  const list = sheets.items.map((s) => ({
    id: s.id,
    name: s.name,
    veryHidden: s.visibility === "VeryHidden",
  }));
  const owned = ownedSheetIds(marker).filter((id) => ids.has(id));
  const replaced = partial ? replacedByName(plan, list, owned) : new Set(owned);
  const pendingNames = lower(pending.isNullObject ? [] : parseOwnedSheetIds(pending.value));
  const ownedIds = new Set(owned);
  return {
    date1904: probe.value === DATE_1904_PROBE.serialIn1904,
    leftovers: list
      .filter((s) => pendingNames.has(s.name.toLowerCase()) && !ownedIds.has(s.id))
      .map((s) => s.id),
    sheets: list,
    replaced: owned.filter((id) => replaced.has(id)),
    kept: owned.filter((id) => !replaced.has(id)),
    markerExists: !marker.isNullObject,
    markerValue: marker.isNullObject ? undefined : marker.value,
    tables: tables.items.map((t) => ({ name: t.name, sheetId: t.worksheet.id })),
  };
}

function chooseNames(plan: DashboardPlan, before: Before): Names {
  const replaced = new Set(before.replaced);
  // Final names avoid every sheet that stays (the replaced ones go away); temporary names avoid everything.
  const staying = lower(before.sheets.filter((s) => !replaced.has(s.id)).map((s) => s.name));
  const finalSheet = new Map(plan.sheets.map((s) => [s.name, freeSheetName(s.name, staying)]));
  const allSheets = lower([...before.sheets.map((s) => s.name), ...finalSheet.values()]);
  const tempSheet = new Map(
    plan.sheets.map((s, i) => [s.name, freeSheetName(`PMO Pulse new ${i + 1}`, allSheets)]),
  );
  const planTables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  const stayingTables = lower(before.tables.filter((t) => !replaced.has(t.sheetId)).map((t) => t.name));
  const finalTable = new Map(planTables.map((t) => [t, freeTableName(t, stayingTables)]));
  const allTables = lower([...before.tables.map((t) => t.name), ...finalTable.values()]);
  const tempTable = new Map(planTables.map((t) => [t, freeTableName(`PMOPulseNew_${t}`, allTables)]));
  return { tempSheet, finalSheet, tempTable, finalTable };
}

/**
 * Deletes a sheet. Excel refuses to delete a very hidden sheet (Worksheet.delete reference: set its
 * visibility first), and a user may have made one of ours very hidden.
 */
function queueDelete(context: Excel.RequestContext, before: Before, id: string): void {
  const sheet = context.workbook.worksheets.getItem(id);
  if (before.sheets.some((s) => s.id === id && s.veryHidden)) sheet.visibility = "Hidden";
  sheet.delete();
}

function lookup(map: Map<string, string>, key: string): string {
  return map.get(key) ?? key;
}

function ownedAfter(before: Before, written: WrittenDashboard): string[] {
  return [...before.kept, ...written.sheets.map((s) => s.id)];
}

function queueCommit(
  context: Excel.RequestContext,
  before: Before,
  names: Names,
  written: WrittenDashboard,
  markerKey: string,
): void {
  queueOwnedSheetIds(context, markerKey, ownedAfter(before, written));
  before.replaced.forEach((id) => queueDelete(context, before, id));
  written.sheets.forEach((s) => (s.worksheet.name = lookup(names.finalSheet, s.planName)));
  written.tables.forEach((t) => (t.table.name = lookup(names.finalTable, t.planName)));
  // Recorded by the first write batch, which has succeeded by now.
  context.workbook.settings.getItem(PENDING_SHEETS_SETTING).delete();
}

/** Puts the workbook back as it was, or finishes a commit that had begun deleting the old dashboard. */
async function recover(
  context: Excel.RequestContext,
  before: Before,
  names: Names,
  written: WrittenDashboard | undefined,
  markerKey: string,
): Promise<"rolled-back" | "rolled-forward"> {
  const sheets = context.workbook.worksheets.load("items/id,items/name");
  const marker = loadOwnershipMarker(context, markerKey);
  const pending = context.workbook.settings.getItemOrNullObject(PENDING_SHEETS_SETTING);
  pending.load("key");
  await context.sync();
  const clearPending = () => {
    if (!pending.isNullObject) pending.delete();
  };
  const beforeIds = new Set(before.sheets.map((s) => s.id));
  const nowIds = new Set(sheets.items.map((s) => s.id));
  const ours = new Set(
    [...names.tempSheet.values(), ...names.finalSheet.values()].map((n) => n.toLowerCase()),
  );
  const oldLeft = before.replaced.filter((id) => nowIds.has(id));
  if (oldLeft.length === before.replaced.length || written === undefined) {
    sheets.items
      .filter((s) => !beforeIds.has(s.id) && ours.has(s.name.toLowerCase()))
      .forEach((s) => s.delete());
    if (before.markerExists) context.workbook.settings.add(markerKey, before.markerValue);
    else if (!marker.isNullObject) marker.delete();
    clearPending();
    await context.sync();
    return "rolled-back";
  }
  oldLeft.forEach((id) => queueDelete(context, before, id));
  clearPending();
  written.sheets.forEach((s) => (s.worksheet.name = lookup(names.finalSheet, s.planName)));
  written.tables.forEach((t) => (t.table.name = lookup(names.finalTable, t.planName)));
  queueOwnedSheetIds(context, markerKey, ownedAfter(before, written));
  await context.sync();
  return "rolled-forward";
}

/**
 * Freezes the new sheets' panes after the commit, each sheet activated first (a freeze acts on the
 * active sheet's view: office-js#3148, #2196), ending on the first sheet. Frozen panes are a
 * convenience: if Excel refuses, the refreshed dashboard stands without them.
 */
async function freezeSheets(
  context: Excel.RequestContext,
  plan: DashboardPlan,
  written: WrittenDashboard,
): Promise<void> {
  const frozen = written.sheets.filter((s) => {
    const sheetPlan = plan.sheets.find((p) => p.name === s.planName);
    return sheetPlan !== undefined && queueFreeze(s.worksheet, sheetPlan);
  });
  if (frozen.length === 0) return;
  written.sheets[0]?.worksheet.activate();
  try {
    await context.sync();
  } catch {
    return;
  }
}

export async function refreshDashboard(
  context: Excel.RequestContext,
  plan: DashboardPlan,
  ownedSheetsMarker: string = OWNED_SHEETS_SETTING,
  options: RefreshOptions = {},
): Promise<RefreshedSheet[]> {
  let before: Before;
  try {
    before = await inspect(context, ownedSheetsMarker, plan, options.keepOtherOwnedSheets === true);
  } catch (error) {
    throw toAppError(error, "Reading the workbook before the refresh");
  }
  const names = chooseNames(plan, before);
  let written: WrittenDashboard | undefined;
  const result = (w: WrittenDashboard): RefreshedSheet[] =>
    w.sheets.map((s) => ({ planName: s.planName, name: lookup(names.finalSheet, s.planName), id: s.id }));
  try {
    written = await writeDashboardPlan(context, plan, {
      // Sent with the first write batch (no extra sync): leftovers of a killed run go, and this
      // run's temporary names are recorded before its first sheet exists.
      withFirstBatch: () => {
        before.leftovers.forEach((id) => queueDelete(context, before, id));
        context.workbook.settings.add(PENDING_SHEETS_SETTING, JSON.stringify([...names.tempSheet.values()]));
      },
      createAs: (name) => lookup(names.tempSheet, name),
      linkTarget: (name) => lookup(names.finalSheet, name),
      tableName: (name) => lookup(names.tempTable, name),
      budgetBytes: options.budgetBytes,
      mode: { typedText: options.typedText === true, date1904: before.date1904 },
    });
    queueCommit(context, before, names, written, ownedSheetsMarker);
    await context.sync();
    await freezeSheets(context, plan, written);
    return result(written);
  } catch (error) {
    let outcome: "rolled-back" | "rolled-forward";
    try {
      outcome = await recover(context, before, names, written, ownedSheetsMarker);
    } catch (recoveryError) {
      throw new AppError(
        "rollback-failed",
        `Refreshing the dashboard failed and could not be undone: sheets named "PMO Pulse new ..." may remain and can be deleted. ${toAppError(recoveryError, "Undoing").message}`,
        error,
      );
    }
    if (outcome === "rolled-forward" && written !== undefined) {
      await freezeSheets(context, plan, written);
      return result(written);
    }
    throw toAppError(error, "Refreshing the dashboard");
  }
}
