/**
 * The pane's "Consolidate trackers" state: the files chosen, with or instead of the open workbook,
 * the file being read, and how it ended. A slice of the pane reducer (state.ts), pure like it.
 */
import type { Finding } from "../core/model/finding";
import type { SourceFile } from "../core/plan/input";
import type { ConsolidateStep, OpenWorkbookUse } from "../workflow/consolidate";
import { CONSOLIDATE_STEPS } from "../workflow/consolidate";
import type { FileProgress, PickedFile } from "../workflow/readPickedFiles";
import type { Headline } from "./headline";

export type ConsolidateStatus = "idle" | "running" | "cancelling" | "done" | "cancelled" | "failed";

/** Why nothing was written: no file readable, no tracker among them, or Excel refused. */
export interface ConsolidateFailure {
  readonly kind: "nothing-read" | "no-tracker" | "excel";
  readonly message: string;
  /** The PMO sheets from the previous build are as they were. */
  readonly intact: boolean;
}

/** What a finished consolidation wrote and read. */
export interface ConsolidateResult {
  readonly sheets: readonly string[];
  readonly headline: Headline;
  /** Every file listed on PMO Validation (the open workbook first when included). */
  readonly files: readonly SourceFile[];
  /** One finding per file that could not be read. */
  readonly unreadable: readonly Finding[];
}

export interface ConsolidateState {
  readonly files: readonly PickedFile[];
  readonly use: OpenWorkbookUse;
  readonly status: ConsolidateStatus;
  /** Index into CONSOLIDATE_STEPS of the step running. */
  readonly step: number;
  readonly detail: string | null;
  /** The file being read, while the files are read. */
  readonly progress: FileProgress | null;
  readonly result: ConsolidateResult | null;
  readonly failure: ConsolidateFailure | null;
}

export type ConsolidateAction =
  | { readonly type: "consolidateFilesChosen"; readonly files: readonly PickedFile[] }
  | { readonly type: "consolidateUseChanged"; readonly use: OpenWorkbookUse }
  | { readonly type: "consolidateStarted" }
  | { readonly type: "consolidateFile"; readonly progress: FileProgress }
  | { readonly type: "consolidateStep"; readonly step: ConsolidateStep; readonly detail?: string }
  | { readonly type: "consolidateCancelRequested" }
  | { readonly type: "consolidateCancelled" }
  | { readonly type: "consolidateDone"; readonly result: ConsolidateResult }
  | { readonly type: "consolidateFailed"; readonly failure: ConsolidateFailure };

export const INITIAL_CONSOLIDATE: ConsolidateState = {
  files: [],
  use: "with",
  status: "idle",
  step: 0,
  detail: null,
  progress: null,
  result: null,
  failure: null,
};

/** Whether a consolidation is under way (reading, validating, writing, or stopping). */
export function consolidating(state: ConsolidateState): boolean {
  return state.status === "running" || state.status === "cancelling";
}

const finished = (state: ConsolidateState): ConsolidateState => ({ ...state, detail: null, progress: null });

/** The next consolidate state (the pane reducer passes only these actions). */
export function consolidateReducer(state: ConsolidateState, action: ConsolidateAction): ConsolidateState {
  switch (action.type) {
    case "consolidateFilesChosen":
      return { ...state, files: action.files, status: consolidating(state) ? state.status : "idle" };
    case "consolidateUseChanged":
      return { ...state, use: action.use };
    case "consolidateStarted":
      return {
        ...state,
        status: "running",
        step: 0,
        detail: null,
        progress: null,
        result: null,
        failure: null,
      };
    case "consolidateFile":
      return { ...state, progress: action.progress };
    case "consolidateStep":
      return {
        ...state,
        step: CONSOLIDATE_STEPS.indexOf(action.step),
        detail: action.detail ?? null,
        progress: action.step === "Reading files" ? state.progress : null,
      };
    case "consolidateCancelRequested":
      return state.status === "running" ? { ...state, status: "cancelling" } : state;
    case "consolidateCancelled":
      return { ...finished(state), status: "cancelled" };
    case "consolidateDone":
      return { ...finished(state), status: "done", step: CONSOLIDATE_STEPS.length, result: action.result };
    case "consolidateFailed":
      return { ...finished(state), status: "failed", failure: action.failure };
  }
}

/** "Reading 12 of 40: north.xlsx", or the step and its detail. */
export function consolidateProgressText(state: ConsolidateState): string {
  const step = CONSOLIDATE_STEPS[Math.min(state.step, CONSOLIDATE_STEPS.length - 1)] ?? "";
  if (state.status === "cancelling") return "Stopping after this file…";
  if (state.progress !== null && step === "Reading files")
    return `Reading ${state.progress.index} of ${state.progress.total}: ${state.progress.file}`;
  return state.detail === null ? step : `${step} (${state.detail})`;
}
