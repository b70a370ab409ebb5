import { basename } from "node:path";
import type { History } from "../core/cycle/history";
import { HISTORY_SHEET, readHistory } from "../core/cycle/readHistory";
import { readXlsxFile } from "../file/readXlsx";
import { WorkbookReadError } from "../file/workbookReadError";
import { CliError } from "./cliError";

/**
 * The history of an earlier dashboard workbook (`--previous`). Read before anything is written, so
 * --previous may be the --out file itself. Not a workbook, or no PMO History sheet: exit 2.
 */
export async function readPrevious(path: string): Promise<History> {
  let history: History | null;
  try {
    // Only PMO History: the earlier dashboard's other sheets are not needed (and can be large).
    history = readHistory(
      await readXlsxFile(path, { fileName: basename(path), onlySheets: [HISTORY_SHEET] }),
    );
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(`--previous ${error.message}`);
    throw error;
  }
  if (history === null) {
    throw new CliError(
      `--previous ${path}: no "${HISTORY_SHEET}" sheet; give a dashboard written by pmo-pulse build`,
    );
  }
  return history;
}
