/**
 * The history of an earlier dashboard (`--previous`), with the periods PMO Pulse stored as runs
 * left unread: PortfolioHistory is read, and each earlier period's ProjectHistory and RiskHistory
 * rows are carried as stored (the new dashboard copies them) and read only when the engine asks,
 * which it does for the previous period's changes. A dashboard without a run index (written by an
 * older version, or saved again by Excel) is read whole, as before.
 */
import type { CarriedPeriod, History, PeriodHistory } from "../../core/cycle/history";
import { compareText } from "../../core/kpi/sortText";
import { HISTORY_SHEET, readHistory, readHistoryRows } from "../../core/cycle/readHistory";
import { PROJECT_HISTORY, RISK_HISTORY } from "../../core/cycle/historyTables";
import type { ProjectHistoryRow, RiskHistoryRow } from "../../core/cycle/history";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "../../xlsx/limits";
import { readXlsxBytes } from "../../xlsx/readXlsxBytes";
import { PORTABLE_RUN_CODEC, type RunCodec } from "../../xlsx/rowRuns/runCodec";
import type { StoredRun } from "../../xlsx/rowRuns/storedRun";
import { storedRunRows } from "../../xlsx/rowRuns/storedRunRows";
import { XlsxError } from "../../xlsx/xlsxError";
import { WorkbookReadError } from "../workbookReadError";

const KEY = /^(ProjectHistory|RiskHistory) (\d{4}-\d{2}-\d{2})$/;

interface PeriodRuns {
  projects?: StoredRun;
  risks?: StoredRun;
}

/** Runs by period; null when a key is not a history period's (then the sheet is read whole). */
function runsByPeriod(runs: readonly StoredRun[]): Map<string, PeriodRuns> | null {
  const periods = new Map<string, PeriodRuns>();
  for (const run of runs) {
    const match = KEY.exec(run.key);
    if (match === null) return null;
    const [, table, asOf] = match as unknown as [string, string, string];
    const entry = periods.get(asOf) ?? {};
    if (table === PROJECT_HISTORY.name) entry.projects = run;
    else entry.risks = run;
    periods.set(asOf, entry);
  }
  return periods;
}

function carriedPeriod(
  asOf: string,
  runs: PeriodRuns,
  fileName: string,
  limits: XlsxLimits,
  codec: RunCodec,
): CarriedPeriod {
  let rows: PeriodHistory | undefined;
  const read = (): PeriodHistory => {
    try {
      rows ??= {
        projects:
          runs.projects === undefined
            ? []
            : readHistoryRows<ProjectHistoryRow>(
                PROJECT_HISTORY,
                storedRunRows(runs.projects, limits, codec),
                false,
              ),
        risks:
          runs.risks === undefined
            ? []
            : readHistoryRows<RiskHistoryRow>(RISK_HISTORY, storedRunRows(runs.risks, limits, codec), false),
      };
      return rows;
    } catch (error) {
      if (error instanceof XlsxError) throw new WorkbookReadError(fileName, error.reason, error);
      throw error;
    }
  };
  return {
    asOf,
    projectRows: runs.projects?.rows ?? 0,
    riskRows: runs.risks?.rows ?? 0,
    stored: { projects: runs.projects, risks: runs.risks },
    read,
  };
}

function readWhole(data: Uint8Array, fileName: string, limits: XlsxLimits): History | null {
  const result = readXlsxBytes(data, fileName, limits, { onlySheets: [HISTORY_SHEET] });
  if (!result.ok) throw new WorkbookReadError(fileName, result.reason, result.cause);
  return readHistory(result.workbook);
}

/**
 * The PMO History of a dashboard workbook's bytes, or null when it has none. Throws
 * WorkbookReadError (naming the file) when the bytes are not a readable workbook.
 */
export function dashboardHistory(
  data: Uint8Array,
  fileName: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
  /** How carried periods' rows are inflated when the engine reads them. */
  codec: RunCodec = PORTABLE_RUN_CODEC,
): History | null {
  const result = readXlsxBytes(data, fileName, limits, {
    onlySheets: [HISTORY_SHEET],
    leaveOutStoredRuns: true,
  });
  if (!result.ok) throw new WorkbookReadError(fileName, result.reason, result.cause);
  const history = readHistory(result.workbook);
  const runs = result.storedRuns?.get(HISTORY_SHEET) ?? [];
  if (history === null || runs.length === 0) return history;
  const periods = runsByPeriod(runs);
  const unreadable = result.workbook.sheets.some((s) => s.unreadable !== undefined);
  // Rows outside the runs mean someone else wrote the sheet's tables; what is left around the
  // runs does not read: either way the index is not to be trusted, and the sheet is read whole.
  if (periods === null || unreadable || history.projects.length > 0 || history.risks.length > 0) {
    return readWhole(data, fileName, limits);
  }
  const carried = [...periods].map(([asOf, r]) => carriedPeriod(asOf, r, fileName, limits, codec));
  return { ...history, carried: carried.sort((a, b) => compareText(a.asOf, b.asOf)) };
}
