/**
 * "Remove PMO sheets": deletes exactly the sheets PMO Pulse owns (by the ids in the ownership
 * marker, never by name) and empties the marker, in one batch, so either all go or none.
 */
import { AppError, toAppError } from "./appError";
import { loadOwnershipMarker, ownedSheetIds, queueOwnedSheetIds } from "./ownership";

/** Returns the names of the sheets removed (none when the workbook has no PMO sheets). */
export async function removeOwnedSheets(context: Excel.RequestContext, markerKey: string): Promise<string[]> {
  let owned: Excel.Worksheet[];
  let total: number;
  try {
    const marker = loadOwnershipMarker(context, markerKey);
    const sheets = context.workbook.worksheets.load("items/id,items/name");
    await context.sync();
    const ids = new Set(ownedSheetIds(marker));
    owned = sheets.items.filter((sheet) => ids.has(sheet.id));
    total = sheets.items.length;
  } catch (error) {
    throw toAppError(error, "Finding the PMO sheets");
  }
  if (owned.length === 0) return [];
  if (owned.length === total) {
    // Excel keeps at least one sheet in a workbook.
    throw new AppError(
      "conflict",
      "The PMO sheets are the only sheets in this workbook and Excel needs at least one. Add a sheet, then remove them again.",
    );
  }
  const names = owned.map((sheet) => sheet.name);
  try {
    owned.forEach((sheet) => sheet.delete());
    queueOwnedSheetIds(context, markerKey, []);
    await context.sync();
  } catch (error) {
    throw toAppError(error, "Removing the PMO sheets");
  }
  return names;
}
