import type { CarriedPeriod, History } from "../core/cycle/history";
import { HISTORY_SHEET } from "../core/cycle/readHistory";
import { dashboardHistory } from "../file/history/dashboardHistory";
import { MAX_XLSX_FILE_BYTES, readRegularFile } from "../file/readXlsx";
import { WorkbookReadError } from "../file/workbookReadError";
import { NODE_RUN_CODEC } from "../file/zip/nodeRunCodec";
import { DEFAULT_XLSX_LIMITS } from "../xlsx/limits";
import { CliError } from "./cliError";

/** A carried period whose rows, read later, fail like the rest of --previous: one line, exit 2. */
function reportingReadErrors(period: CarriedPeriod): CarriedPeriod {
  return {
    ...period,
    read: () => {
      try {
        return period.read();
      } catch (error) {
        if (error instanceof WorkbookReadError) throw new CliError(`--previous ${error.message}`);
        throw error;
      }
    },
  };
}

/**
 * The history of an earlier dashboard workbook (`--previous`). Read before anything is written, so
 * --previous may be the --out file itself. Not a workbook, no PMO History sheet, or one that holds
 * no period: exit 2. Only
 * PMO History is read, and the periods it stored are carried unread (see dashboardHistory).
 */
export async function readPrevious(path: string): Promise<History> {
  let history: History | null;
  try {
    // Messages name the file as given (`--previous ../2026-10/dashboard.xlsx`), as the no-history one does.
    const data = await readRegularFile(path, path, MAX_XLSX_FILE_BYTES);
    history = dashboardHistory(data, path, DEFAULT_XLSX_LIMITS, NODE_RUN_CODEC);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(`--previous ${error.message}`);
    throw error;
  }
  if (history === null) {
    throw new CliError(
      `--previous ${path}: no "${HISTORY_SHEET}" sheet; give a dashboard written by pmo-pulse build`,
    );
  }
  // A sheet of that name whose PortfolioHistory table is gone or unreadable (a user's own sheet, a
  // renamed header) holds no period: read as an empty history, the months before were lost unsaid.
  if (history.portfolio.length === 0) {
    throw new CliError(
      `--previous ${path}: its "${HISTORY_SHEET}" sheet holds no period pmo-pulse can read (the ` +
        `PortfolioHistory table with its As Of column is missing or was edited); give a dashboard written ` +
        `by pmo-pulse build, as it was written`,
    );
  }
  const carried = history.carried;
  return carried === undefined ? history : { ...history, carried: carried.map(reportingReadErrors) };
}
