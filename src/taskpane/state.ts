/**
 * The task pane's state as a pure reducer (used with `useReducer`, tested without React). Office
 * work happens in workflows.ts, which dispatches these actions as it goes.
 */
import type { Finding, Severity } from "../core/model/finding";
import type { TableBinding } from "../core/model/portfolio";
import type { SheetMapping } from "../core/read/sheetMapping";
import { DEFAULT_PLAN_OPTIONS } from "../workflow/engine";
import type { Preferences } from "../workflow/preferences";
import { DEFAULT_PREFERENCES } from "../workflow/preferences";

export type ViewId = "home" | "validate" | "build" | "settings";

/** The named steps of a dashboard build, in order. */
export const BUILD_STEPS = ["Reading workbook", "Validating", "Computing KPIs", "Writing dashboard"] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** How many findings a list shows before "Show more" (a large tracker can have thousands). */
export const FINDINGS_PAGE = 100;

export type RunStatus = "idle" | "running" | "done" | "failed";

/** What one read + validation of the open workbook found. */
export interface WorkbookCheck {
  readonly file: string;
  readonly asOf: string;
  readonly sheetNames: readonly string[];
  readonly bindings: readonly TableBinding[];
  readonly findings: readonly Finding[];
}

export interface PaneState {
  readonly view: ViewId;
  readonly prefs: Preferences;
  readonly prefsStatus: "loading" | "ready";
  /** Problems with what the workbook had stored (shown once as a warning). */
  readonly prefsProblems: readonly string[];
  readonly prefsSaving: boolean;
  readonly prefsSavedAt: string | null;
  readonly asOf: string;
  readonly check: {
    readonly status: RunStatus;
    readonly result: WorkbookCheck | null;
    readonly error: string | null;
  };
  readonly filters: {
    readonly severities: Readonly<Record<Severity, boolean>>;
    /** null = every sheet. */
    readonly sheet: string | null;
    readonly shown: number;
  };
  readonly build: {
    readonly status: RunStatus;
    /** Index into BUILD_STEPS of the step running (or that failed); BUILD_STEPS.length when done. */
    readonly step: number;
    readonly detail: string | null;
    readonly portfolioName: string;
    readonly linkFindings: boolean;
    readonly sheets: readonly string[];
    readonly errors: number;
    readonly warnings: number;
    readonly error: string | null;
  };
  readonly highlight: { readonly busy: boolean; readonly message: string | null };
  /** The last failure of a small action (select a cell, show a sheet, highlight, save). */
  readonly actionError: string | null;
}

export type PaneAction =
  | { readonly type: "viewSelected"; readonly view: ViewId }
  | { readonly type: "prefsLoaded"; readonly prefs: Preferences; readonly problems: readonly string[] }
  | { readonly type: "prefsSaving" }
  | { readonly type: "prefsSaved"; readonly prefs: Preferences; readonly at: string }
  | { readonly type: "mappingChanged"; readonly mapping: SheetMapping }
  | { readonly type: "asOfChanged"; readonly asOf: string }
  | { readonly type: "checkStarted" }
  | { readonly type: "checkDone"; readonly result: WorkbookCheck }
  | { readonly type: "checkFailed"; readonly error: string }
  | { readonly type: "severityToggled"; readonly severity: Severity }
  | { readonly type: "sheetFiltered"; readonly sheet: string | null }
  | { readonly type: "showMore" }
  | { readonly type: "buildOptionsChanged"; readonly portfolioName?: string; readonly linkFindings?: boolean }
  | { readonly type: "buildStarted" }
  | { readonly type: "buildStep"; readonly step: BuildStep; readonly detail?: string }
  | {
      readonly type: "buildDone";
      readonly sheets: readonly string[];
      readonly errors: number;
      readonly warnings: number;
    }
  | { readonly type: "buildFailed"; readonly error: string }
  | { readonly type: "highlightStarted" }
  | { readonly type: "highlightDone"; readonly message: string }
  | { readonly type: "actionFailed"; readonly error: string }
  | { readonly type: "actionErrorDismissed" };

export function initialState(asOf: string): PaneState {
  return {
    view: "home",
    prefs: DEFAULT_PREFERENCES,
    prefsStatus: "loading",
    prefsProblems: [],
    prefsSaving: false,
    prefsSavedAt: null,
    asOf,
    check: { status: "idle", result: null, error: null },
    filters: { severities: { error: true, warning: true, info: true }, sheet: null, shown: FINDINGS_PAGE },
    build: {
      status: "idle",
      step: 0,
      detail: null,
      ...DEFAULT_PLAN_OPTIONS,
      sheets: [],
      errors: 0,
      warnings: 0,
      error: null,
    },
    highlight: { busy: false, message: null },
    actionError: null,
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "viewSelected":
      return { ...state, view: action.view };
    case "prefsLoaded":
      return { ...state, prefs: action.prefs, prefsStatus: "ready", prefsProblems: action.problems };
    case "prefsSaving":
      return { ...state, prefsSaving: true, prefsSavedAt: null };
    case "prefsSaved":
      return {
        ...state,
        prefs: action.prefs,
        prefsSaving: false,
        prefsSavedAt: action.at,
        prefsProblems: [],
      };
    case "mappingChanged":
      return { ...state, prefs: { ...state.prefs, mapping: action.mapping } };
    case "asOfChanged":
      return { ...state, asOf: action.asOf };
    case "checkStarted":
      return { ...state, check: { ...state.check, status: "running", error: null } };
    case "checkDone": {
      // Keep a sheet filter only if that sheet still has findings.
      const sheet = state.filters.sheet;
      const keep = sheet !== null && action.result.findings.some((f) => f.sheet === sheet);
      return {
        ...state,
        check: { status: "done", result: action.result, error: null },
        filters: { ...state.filters, sheet: keep ? sheet : null, shown: FINDINGS_PAGE },
      };
    }
    case "checkFailed":
      return { ...state, check: { ...state.check, status: "failed", error: action.error } };
    case "severityToggled": {
      const severities = {
        ...state.filters.severities,
        [action.severity]: !state.filters.severities[action.severity],
      };
      return { ...state, filters: { ...state.filters, severities, shown: FINDINGS_PAGE } };
    }
    case "sheetFiltered":
      return { ...state, filters: { ...state.filters, sheet: action.sheet, shown: FINDINGS_PAGE } };
    case "showMore":
      return { ...state, filters: { ...state.filters, shown: state.filters.shown + FINDINGS_PAGE } };
    case "buildOptionsChanged":
      return {
        ...state,
        build: {
          ...state.build,
          portfolioName: action.portfolioName ?? state.build.portfolioName,
          linkFindings: action.linkFindings ?? state.build.linkFindings,
        },
      };
    case "buildStarted":
      return {
        ...state,
        build: { ...state.build, status: "running", step: 0, detail: null, sheets: [], error: null },
      };
    case "buildStep":
      return {
        ...state,
        build: { ...state.build, step: BUILD_STEPS.indexOf(action.step), detail: action.detail ?? null },
      };
    case "buildDone":
      return {
        ...state,
        build: {
          ...state.build,
          status: "done",
          step: BUILD_STEPS.length,
          detail: null,
          sheets: action.sheets,
          errors: action.errors,
          warnings: action.warnings,
        },
      };
    case "buildFailed":
      return { ...state, build: { ...state.build, status: "failed", detail: null, error: action.error } };
    case "highlightStarted":
      return { ...state, highlight: { busy: true, message: null }, actionError: null };
    case "highlightDone":
      return { ...state, highlight: { busy: false, message: action.message } };
    case "actionFailed":
      return {
        ...state,
        highlight: { ...state.highlight, busy: false },
        prefsSaving: false,
        actionError: action.error,
      };
    case "actionErrorDismissed":
      return { ...state, actionError: null };
  }
}

/** Findings the filters let through, in the order the engine gave them. */
export function filteredFindings(state: PaneState): readonly Finding[] {
  const findings = state.check.result?.findings ?? [];
  const { severities, sheet } = state.filters;
  return findings.filter((f) => severities[f.severity] && (sheet === null || f.sheet === sheet));
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export interface FindingGroup {
  /** Sheet name, or "" for workbook-level findings. */
  readonly sheet: string;
  readonly counts: SeverityCounts;
  /** Most severe first, then in sheet order. */
  readonly findings: readonly Finding[];
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings grouped by sheet (groups in first-seen order), most severe first within a group. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet);
    if (list === undefined) groups.set(f.sheet, [f]);
    else list.push(f);
  }
  return [...groups].map(([sheet, list]) => ({
    sheet,
    counts: countBySeverity(list),
    // Array.prototype.sort is stable, so equal severities keep the engine's (row) order.
    findings: [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]),
  }));
}

/** Sheets that have findings, for the sheet filter. */
export function sheetsWithFindings(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.sheet).filter((s) => s !== ""))];
}
