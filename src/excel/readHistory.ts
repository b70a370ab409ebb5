import { EMPTY_HISTORY, type History } from "../core/cycle/history";
import { HISTORY_SHEET, readHistorySheet } from "../core/cycle/readHistory";
import { readWorkbookFromExcel } from "./readWorkbook";

/**
 * The history PMO Pulse keeps in the open workbook: its own PMO History sheet, found by the
 * ownership marker (a user's sheet that happens to be named "PMO History" is never read), or an
 * empty history when there is none yet.
 */
export async function readOwnedHistory(context: Excel.RequestContext): Promise<History> {
  const raw = await readWorkbookFromExcel(context, { ownedSheet: HISTORY_SHEET });
  const sheet = raw.sheets[0];
  return sheet === undefined ? EMPTY_HISTORY : readHistorySheet(sheet, raw.date1904);
}
