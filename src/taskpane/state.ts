/**
 * The task pane's state as a pure reducer (used with `useReducer`, tested without React). Office
 * work happens in workflows.ts, which dispatches these actions as it goes.
 */
import type { Finding, Severity } from "../core/model/finding";
import type { TableBinding } from "../core/model/portfolio";
import type { SourceFile } from "../core/plan/input";
import type { SheetMapping } from "../core/read/sheetMapping";
import { DEFAULT_PLAN_OPTIONS } from "../workflow/engine";
import type { Preferences } from "../workflow/preferences";
import { DEFAULT_PREFERENCES } from "../workflow/preferences";
import type { ConsolidateAction, ConsolidateState } from "./consolidateState";
import { INITIAL_CONSOLIDATE, consolidateReducer } from "./consolidateState";
import type { Headline } from "./headline";
import type { DraftErrors, SettingsDraft } from "./settingsForm";

export type ViewId = "home" | "validate" | "build" | "settings" | "help";

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
  /** Project ID → its Project Manager as written in the Projects sheet (for grouping findings). */
  readonly managers: Readonly<Record<string, string>>;
  /**
   * Set when the findings come from "Consolidate trackers": the files read, and whether the open
   * workbook (named `file`) was one of them. Only its findings can select their cell in Excel.
   */
  readonly consolidated?: { readonly files: readonly SourceFile[]; readonly openWorkbook: boolean };
}

/**
 * Where a small action's message belongs: next to the control that was used, so it appears where
 * the PMO is looking. `finding:<index>` is a finding's position in the visible list.
 */
export type NoticePlace =
  `finding:${number}` | "highlight" | "sheet-links" | "settings" | "home-mapping" | "example" | "remove";

export interface Notice {
  readonly place: NoticePlace;
  readonly intent: "error" | "success";
  readonly text: string;
}

export type GroupBy = "sheet" | "manager";

/** Why a build stopped: no tracker at all (nothing written), or Excel refused (previous sheets kept or not). */
export interface BuildFailure {
  readonly kind: "no-tracker" | "excel";
  readonly message: string;
  /** The PMO sheets from the previous build are as they were. */
  readonly intact: boolean;
}

/** The Settings form while the PMO edits it; kept in the pane so switching tabs loses nothing. */
export interface SettingsEdit {
  readonly draft: SettingsDraft;
  readonly templateText: string;
}

export interface PaneState {
  readonly view: ViewId;
  readonly prefs: Preferences;
  readonly prefsStatus: "loading" | "ready";
  /** Problems with what the workbook had stored (shown once as a warning). */
  readonly prefsProblems: readonly string[];
  readonly prefsSaving: boolean;
  /** When the settings were last saved, as a Date's time value; cleared by any new edit or save. */
  readonly prefsSavedAt: number | null;
  /** The unsaved Settings form, or null when it shows what is stored. */
  readonly settingsEdit: SettingsEdit | null;
  readonly settingsErrors: DraftErrors;
  readonly asOf: string;
  /** The as-of date of the last build stored in the workbook, when it is no longer the default. */
  readonly lastBuildAsOf: string | null;
  readonly check: {
    readonly status: RunStatus;
    readonly result: WorkbookCheck | null;
    readonly error: string | null;
    /** Counts how many results arrived, so the view can move focus to each new one. */
    readonly runs: number;
  };
  readonly filters: {
    readonly severities: Readonly<Record<Severity, boolean>>;
    /** null = every sheet. */
    readonly sheet: string | null;
    readonly groupBy: GroupBy;
    readonly shown: number;
    /** The finding last stepped to with next/previous (index into the visible list), or null. */
    readonly cursor: number | null;
  };
  readonly build: {
    readonly status: RunStatus;
    /** Index into BUILD_STEPS of the step running (or that failed); BUILD_STEPS.length when done. */
    readonly step: number;
    readonly detail: string | null;
    readonly portfolioName: string;
    readonly linkFindings: boolean;
    readonly sheets: readonly string[];
    readonly headline: Headline | null;
    readonly failure: BuildFailure | null;
  };
  readonly highlight: { readonly busy: boolean };
  readonly remove: { readonly status: "idle" | "confirming" | "running" };
  readonly exampleBusy: boolean;
  readonly consolidate: ConsolidateState;
  /** The last message of a small action, shown where that action was. */
  readonly notice: Notice | null;
}

export type PaneAction =
  | { readonly type: "viewSelected"; readonly view: ViewId }
  | {
      readonly type: "prefsLoaded";
      readonly prefs: Preferences;
      readonly problems: readonly string[];
      readonly run?: { readonly asOf: string | null; readonly portfolioName: string };
    }
  | { readonly type: "prefsSaving" }
  | { readonly type: "prefsSaved"; readonly prefs: Preferences; readonly at: number }
  | { readonly type: "settingsEdited"; readonly edit: SettingsEdit }
  | { readonly type: "settingsInvalid"; readonly errors: DraftErrors; readonly text: string }
  | { readonly type: "mappingChanged"; readonly mapping: SheetMapping }
  | { readonly type: "asOfChanged"; readonly asOf: string }
  | { readonly type: "checkStarted" }
  | { readonly type: "checkDone"; readonly result: WorkbookCheck }
  | { readonly type: "checkFailed"; readonly error: string }
  | { readonly type: "severityToggled"; readonly severity: Severity }
  | { readonly type: "sheetFiltered"; readonly sheet: string | null }
  | { readonly type: "groupByChanged"; readonly groupBy: GroupBy }
  | { readonly type: "cursorMoved"; readonly cursor: number }
  | { readonly type: "showMore" }
  | { readonly type: "buildOptionsChanged"; readonly portfolioName?: string; readonly linkFindings?: boolean }
  | { readonly type: "buildStarted" }
  | { readonly type: "buildStep"; readonly step: BuildStep; readonly detail?: string }
  | { readonly type: "buildDone"; readonly sheets: readonly string[]; readonly headline: Headline }
  | { readonly type: "buildFailed"; readonly failure: BuildFailure }
  | { readonly type: "highlightStarted" }
  | { readonly type: "removeAsked" }
  | { readonly type: "removeCancelled" }
  | { readonly type: "removeStarted" }
  | { readonly type: "removeDone"; readonly removed: number }
  | { readonly type: "exampleStarted" }
  | { readonly type: "exampleDone"; readonly sheets: readonly string[] }
  | { readonly type: "noticeShown"; readonly notice: Notice }
  | { readonly type: "noticeDismissed" }
  | ConsolidateAction;

export function initialState(asOf: string): PaneState {
  return {
    view: "home",
    prefs: DEFAULT_PREFERENCES,
    prefsStatus: "loading",
    prefsProblems: [],
    prefsSaving: false,
    prefsSavedAt: null,
    settingsEdit: null,
    settingsErrors: {},
    asOf,
    lastBuildAsOf: null,
    check: { status: "idle", result: null, error: null, runs: 0 },
    filters: {
      severities: { error: true, warning: true, info: true },
      sheet: null,
      groupBy: "sheet",
      shown: FINDINGS_PAGE,
      cursor: null,
    },
    build: {
      status: "idle",
      step: 0,
      detail: null,
      ...DEFAULT_PLAN_OPTIONS,
      sheets: [],
      headline: null,
      failure: null,
    },
    highlight: { busy: false },
    remove: { status: "idle" },
    exampleBusy: false,
    consolidate: INITIAL_CONSOLIDATE,
    notice: null,
  };
}

/** A filter change resets paging and the next/previous position, and drops a finding's message. */
function refiltered(state: PaneState, filters: Partial<PaneState["filters"]>): PaneState {
  const notice = state.notice?.place.startsWith("finding:") === true ? null : state.notice;
  return {
    ...state,
    notice,
    filters: { ...state.filters, ...filters, shown: FINDINGS_PAGE, cursor: null },
  };
}

function prefsReducer(state: PaneState, action: PaneAction): PaneState | null {
  switch (action.type) {
    case "prefsLoaded": {
      const run = action.run;
      // A remembered as-of date older than the default belongs to an earlier month: start from the
      // default and say when the last build was.
      const remembered = run?.asOf ?? null;
      const useRemembered = remembered !== null && remembered >= state.asOf;
      return {
        ...state,
        prefs: action.prefs,
        prefsStatus: "ready",
        prefsProblems: action.problems,
        asOf: useRemembered ? remembered : state.asOf,
        lastBuildAsOf: remembered !== null && !useRemembered ? remembered : null,
        build: { ...state.build, portfolioName: run?.portfolioName ?? state.build.portfolioName },
      };
    }
    case "prefsSaving":
      return { ...state, prefsSaving: true, prefsSavedAt: null, notice: null };
    case "prefsSaved":
      return {
        ...state,
        prefs: action.prefs,
        prefsSaving: false,
        prefsSavedAt: action.at,
        prefsProblems: [],
        settingsEdit: null,
        settingsErrors: {},
      };
    case "settingsEdited":
      return {
        ...state,
        settingsEdit: action.edit,
        prefsSavedAt: null,
        notice: state.notice?.place === "settings" ? null : state.notice,
      };
    case "settingsInvalid":
      return {
        ...state,
        settingsErrors: action.errors,
        prefsSavedAt: null,
        notice: { place: "settings", intent: "error", text: action.text },
      };
    case "mappingChanged":
      return { ...state, prefs: { ...state.prefs, mapping: action.mapping } };
    default:
      return null;
  }
}

function checkReducer(state: PaneState, action: PaneAction): PaneState | null {
  switch (action.type) {
    case "asOfChanged":
      return { ...state, asOf: action.asOf };
    case "checkStarted":
      return { ...state, check: { ...state.check, status: "running", error: null } };
    case "checkDone": {
      // Keep a sheet filter only if that sheet still has findings.
      const sheet = state.filters.sheet;
      const keep = sheet !== null && action.result.findings.some((f) => placeOf(f, action.result) === sheet);
      return {
        ...refiltered(state, { sheet: keep ? sheet : null }),
        check: { status: "done", result: action.result, error: null, runs: state.check.runs + 1 },
      };
    }
    case "checkFailed":
      return {
        ...state,
        check: { ...state.check, status: "failed", error: action.error, runs: state.check.runs + 1 },
      };
    case "severityToggled":
      return refiltered(state, {
        severities: {
          ...state.filters.severities,
          [action.severity]: !state.filters.severities[action.severity],
        },
      });
    case "sheetFiltered":
      return refiltered(state, { sheet: action.sheet });
    case "groupByChanged":
      return refiltered(state, { groupBy: action.groupBy });
    case "cursorMoved": {
      // The stepped-to finding must be on the page.
      const shown = Math.max(
        state.filters.shown,
        (Math.floor(action.cursor / FINDINGS_PAGE) + 1) * FINDINGS_PAGE,
      );
      return { ...state, notice: null, filters: { ...state.filters, cursor: action.cursor, shown } };
    }
    case "showMore":
      return { ...state, filters: { ...state.filters, shown: state.filters.shown + FINDINGS_PAGE } };
    default:
      return null;
  }
}

function buildReducer(state: PaneState, action: PaneAction): PaneState | null {
  switch (action.type) {
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
        notice: null,
        // One result at a time: a build replaces what a consolidation wrote.
        consolidate: { ...state.consolidate, status: "idle", result: null, failure: null },
        build: { ...state.build, status: "running", step: 0, detail: null, sheets: [], failure: null },
      };
    case "buildStep":
      return {
        ...state,
        build: { ...state.build, step: BUILD_STEPS.indexOf(action.step), detail: action.detail ?? null },
      };
    case "buildDone":
      return {
        ...state,
        lastBuildAsOf: null,
        build: {
          ...state.build,
          status: "done",
          step: BUILD_STEPS.length,
          detail: null,
          sheets: action.sheets,
          headline: action.headline,
        },
      };
    case "buildFailed":
      return { ...state, build: { ...state.build, status: "failed", detail: null, failure: action.failure } };
    default:
      return null;
  }
}

function actionReducer(state: PaneState, action: PaneAction): PaneState | null {
  switch (action.type) {
    case "highlightStarted":
      return { ...state, highlight: { busy: true }, notice: null };
    case "removeAsked":
      return { ...state, remove: { status: "confirming" }, notice: null };
    case "removeCancelled":
      return { ...state, remove: { status: "idle" } };
    case "removeStarted":
      return { ...state, remove: { status: "running" } };
    case "removeDone":
      return {
        ...state,
        remove: { status: "idle" },
        // The links and numbers of the last build point at sheets that are gone.
        build: { ...state.build, status: "idle", sheets: [], headline: null, failure: null },
        notice: {
          place: "remove",
          intent: "success",
          text:
            action.removed === 0
              ? "There were no PMO sheets to remove."
              : `Removed ${plural(action.removed, "PMO sheet")}. Your own sheets were not touched.`,
        },
      };
    case "exampleStarted":
      return { ...state, exampleBusy: true, notice: null };
    case "exampleDone":
      return {
        ...state,
        exampleBusy: false,
        notice: {
          place: "example",
          intent: "success",
          text: `Added the example tracker (${action.sheets.join(", ")}). It has data errors planted on purpose, for trying Validate.`,
        },
      };
    case "noticeShown":
      return {
        ...state,
        notice: action.notice,
        highlight: { busy: false },
        prefsSaving: false,
        exampleBusy: false,
        remove: { status: "idle" },
      };
    case "noticeDismissed":
      return { ...state, notice: null };
    default:
      return null;
  }
}

/** Consolidating: its own slice; starting one clears the last build's result, which it replaces. */
function consolidationReducer(state: PaneState, action: PaneAction): PaneState | null {
  if (!action.type.startsWith("consolidate")) return null;
  const consolidate = consolidateReducer(state.consolidate, action as ConsolidateAction);
  if (action.type !== "consolidateStarted") return { ...state, consolidate };
  return {
    ...state,
    consolidate,
    notice: null,
    build: {
      ...state.build,
      status: "idle",
      step: 0,
      detail: null,
      sheets: [],
      headline: null,
      failure: null,
    },
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  if (action.type === "viewSelected") return { ...state, view: action.view, notice: null };
  return (
    prefsReducer(state, action) ??
    checkReducer(state, action) ??
    buildReducer(state, action) ??
    actionReducer(state, action) ??
    consolidationReducer(state, action) ??
    state
  );
}

/** `1 finding`, `2 findings`; `many` when the plural is not just an added "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

const SEVERITY_WORDS: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["info", "info"],
};

/** `1 error`, `3 warnings`, `2 info` (the severity names of the validation sheet). */
export function severityCount(severity: Severity, n: number): string {
  const [one, many] = SEVERITY_WORDS[severity];
  return plural(n, one, many);
}

/**
 * Whether a finding's cell can be selected in Excel: it is in the open workbook. After a
 * consolidation, findings in the other files cannot (they show their file and cell to open).
 */
export function isSelectable(finding: Finding, check: WorkbookCheck | null): boolean {
  const consolidated = check?.consolidated;
  if (consolidated === undefined) return true;
  return consolidated.openWorkbook && finding.file === check?.file;
}

/**
 * Where a finding is, as the list groups and filters it: its sheet in the open workbook, or
 * `north.xlsx › Projects` (just the file for a whole-file finding) in another file.
 */
export function placeOf(finding: Finding, check: WorkbookCheck | null): string {
  if (isSelectable(finding, check)) return finding.sheet;
  return finding.sheet === "" ? finding.file : `${finding.file} › ${finding.sheet}`;
}

/** `north.xlsx › Projects!C7` in another file, `Projects!C7` in the open workbook; null without a cell. */
export function addressOf(finding: Finding, check: WorkbookCheck | null): string | null {
  if (finding.cell === "") return isSelectable(finding, check) ? null : placeOf(finding, check);
  return `${placeOf(finding, check)}!${finding.cell}`;
}

/** Findings the filters let through, in the order the engine gave them. */
export function filteredFindings(state: PaneState): readonly Finding[] {
  const check = state.check.result;
  const findings = check?.findings ?? [];
  const { severities, sheet } = state.filters;
  return findings.filter((f) => severities[f.severity] && (sheet === null || placeOf(f, check) === sheet));
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** A finding with its position in the visible list (what next/previous and the notices refer to). */
export interface IndexedFinding {
  readonly finding: Finding;
  readonly index: number;
}

export interface FindingGroup {
  /** Sheet name or Project Manager; "" for findings with none (workbook-level, or no PM). */
  readonly key: string;
  readonly counts: SeverityCounts;
  /** Most severe first, then in sheet order. */
  readonly findings: readonly IndexedFinding[];
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The Project Manager a finding belongs to, or "" (no project, or a project without a PM). */
export function managerOf(finding: Finding, managers: Readonly<Record<string, string>>): string {
  return finding.projectId !== undefined ? (managers[finding.projectId] ?? "") : "";
}

/**
 * Findings grouped by sheet or by Project Manager (groups in first-seen order; by manager, the
 * findings without one last), most severe first within a group.
 */
export function groupFindings(
  findings: readonly Finding[],
  keyOf: (f: Finding) => string = (f) => f.sheet,
  noneLast = false,
): FindingGroup[] {
  const groups = new Map<string, IndexedFinding[]>();
  findings.forEach((finding, index) => {
    const key = keyOf(finding);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [{ finding, index }]);
    else list.push({ finding, index });
  });
  const entries = [...groups];
  if (noneLast) entries.sort(([a], [b]) => Number(a === "") - Number(b === ""));
  return entries.map(([key, list]) => ({
    key,
    counts: countBySeverity(list.map((i) => i.finding)),
    // Array.prototype.sort is stable, so equal severities keep the engine's (row) order.
    findings: [...list].sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]),
  }));
}

/** The visible findings in the order the list shows them (next/previous walks this order). */
export function orderedFindings(state: PaneState): IndexedFinding[] {
  const visible = filteredFindings(state);
  const managers = state.check.result?.managers ?? {};
  const check = state.check.result;
  const groups =
    state.filters.groupBy === "manager"
      ? groupFindings(visible, (f) => managerOf(f, managers), true)
      : groupFindings(visible, (f) => placeOf(f, check));
  return groups.flatMap((g) => g.findings);
}

/** Sheets that have findings (with their file, after a consolidation), for the sheet filter. */
export function sheetsWithFindings(
  findings: readonly Finding[],
  check: WorkbookCheck | null = null,
): string[] {
  return [...new Set(findings.map((f) => placeOf(f, check)).filter((s) => s !== ""))];
}

/** The workbook has no sheet recognised (or mapped) as any tracker table. */
export function hasNoTracker(check: WorkbookCheck): boolean {
  return check.bindings.length === 0;
}
