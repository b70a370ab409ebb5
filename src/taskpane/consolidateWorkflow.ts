/**
 * The pane's "Consolidate trackers" button: the shared workflow (src/workflow/consolidate.ts) with
 * its progress, findings and outcome reported as reducer actions. No React here, so tests run it
 * with a gateway double or the Excel test double.
 */
import { AppError } from "../excel/appError";
import type { ConsolidateRequest, ConsolidatedAnalysis } from "../workflow/consolidate";
import { consolidateTrackers } from "../workflow/consolidate";
import { errorMessage } from "../workflow/errorMessage";
import type { ExcelGateway } from "../workflow/gateway";
import type { FileProgress } from "../workflow/readPickedFiles";
import { headlineOf } from "./headline";
import type { WorkbookCheck } from "./state";
import type { Dispatch } from "./workflows";
import { NO_TRACKER_MESSAGE, managersOf, remember } from "./workflows";

export const NO_TRACKER_IN_FILES =
  "None of the files read has a tracker sheet (Projects, Milestones, Risks or Resources), so nothing was written.";

/** The consolidated findings as Validate lists them: by file, and only the open workbook's selectable. */
export function consolidatedCheck(result: ConsolidatedAnalysis, asOf: string): WorkbookCheck {
  const { portfolio } = result.analysis;
  const open = result.openWorkbook;
  return {
    file: open?.file ?? `${result.picked} chosen files`,
    asOf,
    sheetNames: open?.sheets.map((s) => s.name) ?? [],
    bindings: portfolio.bindings,
    findings: portfolio.findings,
    managers: managersOf(portfolio),
    consolidated: { files: result.sources, openWorkbook: open !== null },
  };
}

/**
 * Resolves after the browser has painted what was just dispatched: a zero timeout alone may run
 * before the repaint (Chromium does), and the engine then holds the thread until it is done.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== "function") setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** How often at most the pane redraws (and announces) "Reading 12 of 40: north.xlsx". */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Each file's progress, but at most every PROGRESS_INTERVAL_MS: a file that takes longer is always
 * shown; forty small files read in a blink are not forty redraws and forty announcements, which a
 * screen reader could not speak anyway. The first file is always shown.
 */
export function throttledProgress(dispatch: Dispatch, now: () => number = () => performance.now()) {
  let shownAt = Number.NEGATIVE_INFINITY;
  return (progress: FileProgress) => {
    const time = now();
    if (progress.index > 1 && time - shownAt < PROGRESS_INTERVAL_MS) return;
    shownAt = time;
    dispatch({ type: "consolidateFile", progress });
  };
}

export interface ConsolidateControls {
  /** True once the PMO pressed Cancel: reading stops before the next file, nothing is written. */
  readonly isCancelled: () => boolean;
  /** Between files (tests pass an immediate one). */
  readonly pause?: () => Promise<void>;
}

/** Reads the chosen files, validates and computes them as one portfolio, writes the dashboard. */
export async function runConsolidate(
  gateway: ExcelGateway,
  request: ConsolidateRequest,
  dispatch: Dispatch,
  controls: ConsolidateControls,
): Promise<void> {
  dispatch({ type: "consolidateStarted" });
  let writing = false;
  try {
    const outcome = await consolidateTrackers(gateway, request, {
      isCancelled: controls.isCancelled,
      ...(controls.pause === undefined ? { repaint: afterPaint } : { pause: controls.pause }),
      onFile: throttledProgress(dispatch),
      onStep: (step, detail) => {
        writing = step === "Writing dashboard";
        dispatch({ type: "consolidateStep", step, ...(detail === undefined ? {} : { detail }) });
      },
      onAnalysed: (result) =>
        dispatch({ type: "checkDone", result: consolidatedCheck(result, request.asOf) }),
    });
    switch (outcome.kind) {
      case "cancelled":
        dispatch({ type: "consolidateCancelled" });
        return;
      case "nothing-read":
        dispatch({
          type: "consolidateFailed",
          failure: { kind: "nothing-read", message: outcome.message, intact: true },
        });
        return;
      case "no-tracker":
        dispatch({
          type: "consolidateFailed",
          failure: {
            kind: "no-tracker",
            message: request.use === "with" ? NO_TRACKER_MESSAGE : NO_TRACKER_IN_FILES,
            intact: true,
          },
        });
        return;
      case "written": {
        const { analysis, sources, unreadable } = outcome.result;
        dispatch({
          type: "consolidateDone",
          result: {
            sheets: outcome.sheets,
            headline: headlineOf(analysis.report, analysis.cycle),
            files: sources,
            unreadable,
          },
        });
        await remember(gateway, { asOf: request.asOf, portfolioName: request.plan.portfolioName });
      }
    }
  } catch (error) {
    // The refresh is all or nothing: only a failed undo can leave the earlier sheets changed.
    const intact = !(writing && error instanceof AppError && error.code === "rollback-failed");
    dispatch({ type: "consolidateFailed", failure: { kind: "excel", message: errorMessage(error), intact } });
  }
}
