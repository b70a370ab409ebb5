/**
 * Which sheets PMO Pulse owns. The ids (Worksheet.id, stable across renames; a copied sheet gets a
 * new id, so a user's copy is never mistaken for ours) are kept as a JSON array in a workbook
 * setting (`workbook.settings`, ExcelApi 1.4). A sheet is ours only if its id is listed: a user
 * sheet that merely has a dashboard name is never touched.
 */
export const OWNED_SHEETS_SETTING = "PMOPulse.ownedSheetIds";

/** Queues the load of the marker; read it with `ownedSheetIds` after sync. */
export function loadOwnershipMarker(context: Excel.RequestContext, key: string): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  return setting;
}

/** The listed ids; anything unreadable owns nothing (so nothing gets deleted). */
export function parseOwnedSheetIds(value: unknown): string[] {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      return [];
    }
  }
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
}

export function ownedSheetIds(setting: Excel.Setting): string[] {
  return setting.isNullObject ? [] : parseOwnedSheetIds(setting.value);
}

export function queueOwnedSheetIds(context: Excel.RequestContext, key: string, ids: readonly string[]): void {
  context.workbook.settings.add(key, JSON.stringify(ids));
}
