import type { Finding, Severity } from "../../src/core/model/finding";
import type { PaneState, WorkbookCheck } from "../../src/taskpane/state";
import {
  BUILD_STEPS,
  FINDINGS_PAGE,
  countBySeverity,
  filteredFindings,
  groupFindings,
  initialState,
  orderedFindings,
  paneReducer,
  plural,
  severityCount,
  sheetsWithFindings,
} from "../../src/taskpane/state";
import type { Headline } from "../../src/taskpane/headline";

function finding(sheet: string, cell: string, severity: Severity, rule = "r", projectId?: string): Finding {
  return {
    file: "T.xlsx",
    sheet,
    cell,
    row: null,
    column: null,
    severity,
    rule,
    message: `${sheet}!${cell}`,
    ...(projectId !== undefined ? { projectId } : {}),
  };
}

const FINDINGS = [
  finding("Projects", "A2", "warning", "r", "P2"),
  finding("Projects", "B3", "error", "r", "P3"),
  finding("Risks", "C4", "info", "r", "P2"),
  finding("", "", "error", "no-projects"),
  finding("Projects", "D5", "error", "r", "P9"),
];

const HEADLINE: Headline = {
  asOf: "2026-10-31",
  projects: 3,
  active: 3,
  rag: { Green: 1, Amber: 1, Red: 0 },
  ragNotReported: 1,
  watermelons: 0,
  overdueMilestones: 2,
  errors: 3,
  warnings: 4,
  sincePrevious: null,
};

const CHECK: WorkbookCheck = {
  file: "T.xlsx",
  asOf: "2026-10-31",
  sheetNames: ["Projects", "Risks"],
  bindings: [],
  findings: FINDINGS,
  managers: { P2: "Ada", P3: "Bo" },
};

function checked(): PaneState {
  return paneReducer(initialState("2026-10-31"), { type: "checkDone", result: CHECK });
}

describe("paneReducer", () => {
  it("starts on Home with the standard preferences and every severity shown", () => {
    const s = initialState("2026-10-31");
    expect(s.view).toBe("home");
    expect(s.asOf).toBe("2026-10-31");
    expect(s.prefsStatus).toBe("loading");
    expect(s.prefs.templateText).toBeNull();
    expect(s.filters).toEqual({
      severities: { error: true, warning: true, info: true },
      sheet: null,
      groupBy: "sheet",
      shown: FINDINGS_PAGE,
      cursor: null,
    });
  });

  it("switches views and records the as-of date", () => {
    let s = paneReducer(initialState("2026-10-31"), { type: "viewSelected", view: "build" });
    s = paneReducer(s, { type: "asOfChanged", asOf: "2026-09-30" });
    expect([s.view, s.asOf]).toEqual(["build", "2026-09-30"]);
  });

  it("runs a check: running, then the result; a failure keeps the previous result", () => {
    let s = paneReducer(initialState("2026-10-31"), { type: "checkStarted" });
    expect(s.check.status).toBe("running");
    s = paneReducer(s, { type: "checkDone", result: CHECK });
    expect(s.check).toEqual({ status: "done", result: CHECK, error: null, runs: 1 });
    s = paneReducer(s, { type: "checkFailed", error: "Reading the workbook failed." });
    expect(s.check).toEqual({
      status: "failed",
      result: CHECK,
      error: "Reading the workbook failed.",
      runs: 2,
    });
  });

  it("filters by severity and sheet", () => {
    let s = paneReducer(checked(), { type: "severityToggled", severity: "error" });
    expect(filteredFindings(s).map((f) => f.cell)).toEqual(["A2", "C4"]);
    s = paneReducer(s, { type: "sheetFiltered", sheet: "Projects" });
    expect(filteredFindings(s).map((f) => f.cell)).toEqual(["A2"]);
    s = paneReducer(s, { type: "severityToggled", severity: "error" });
    expect(filteredFindings(s).map((f) => f.cell)).toEqual(["A2", "B3", "D5"]);
  });

  it("pages the list and resets the page when a filter changes", () => {
    let s = paneReducer(checked(), { type: "showMore" });
    expect(s.filters.shown).toBe(2 * FINDINGS_PAGE);
    s = paneReducer(s, { type: "sheetFiltered", sheet: "Risks" });
    expect(s.filters.shown).toBe(FINDINGS_PAGE);
  });

  it("drops a sheet filter when a new check has no findings on that sheet", () => {
    let s = paneReducer(checked(), { type: "sheetFiltered", sheet: "Risks" });
    s = paneReducer(s, {
      type: "checkDone",
      result: { ...CHECK, findings: FINDINGS.filter((f) => f.sheet !== "Risks") },
    });
    expect(s.filters.sheet).toBeNull();
    s = paneReducer(s, { type: "sheetFiltered", sheet: "Projects" });
    s = paneReducer(s, { type: "checkDone", result: CHECK });
    expect(s.filters.sheet).toBe("Projects");
  });

  it("walks the build through its named steps to done", () => {
    let s = paneReducer(initialState("2026-10-31"), { type: "buildStarted" });
    expect(s.build).toMatchObject({ status: "running", step: 0, sheets: [] });
    s = paneReducer(s, { type: "buildStep", step: "Computing KPIs", detail: "40 projects" });
    expect(s.build).toMatchObject({ step: 2, detail: "40 projects" });
    s = paneReducer(s, { type: "buildDone", sheets: ["PMO Dashboard"], headline: HEADLINE });
    expect(s.build).toMatchObject({
      status: "done",
      step: BUILD_STEPS.length,
      sheets: ["PMO Dashboard"],
      headline: HEADLINE,
    });
  });

  it("keeps the failing step and the message when a build fails, and clears them on the next start", () => {
    let s = paneReducer(initialState("2026-10-31"), { type: "buildStarted" });
    s = paneReducer(s, { type: "buildStep", step: "Writing dashboard" });
    const failure = { kind: "excel", message: "Refreshing the dashboard failed.", intact: true } as const;
    s = paneReducer(s, { type: "buildFailed", failure });
    expect(s.build).toMatchObject({ status: "failed", step: 3, failure });
    s = paneReducer(s, { type: "buildStarted" });
    expect(s.build).toMatchObject({ status: "running", step: 0, failure: null });
  });

  it("keeps build options", () => {
    let s = paneReducer(initialState("2026-10-31"), { type: "buildOptionsChanged", portfolioName: "Q4" });
    s = paneReducer(s, { type: "buildOptionsChanged", linkFindings: false });
    expect(s.build).toMatchObject({ portfolioName: "Q4", linkFindings: false });
  });

  it("tracks saving and loading of preferences", () => {
    const prefs = { ...initialState("").prefs, templateText: "{}" };
    let s = paneReducer(initialState("2026-10-31"), { type: "prefsLoaded", prefs, problems: ["bad"] });
    expect(s).toMatchObject({ prefsStatus: "ready", prefs, prefsProblems: ["bad"] });
    s = paneReducer(s, { type: "prefsSaving" });
    expect(s.prefsSaving).toBe(true);
    s = paneReducer(s, { type: "prefsSaved", prefs, at: 1000 });
    expect(s).toMatchObject({ prefsSaving: false, prefsSavedAt: 1000, prefsProblems: [] });
    // An edit after the save clears the stale "Saved at" line.
    s = paneReducer(s, { type: "settingsEdited", edit: { draft: {} as never, templateText: "" } });
    expect(s.prefsSavedAt).toBeNull();
  });

  it("an invalid save clears the old 'Saved at' and puts its message at the Save button", () => {
    let s = paneReducer(initialState("2026-10-31"), {
      type: "prefsSaved",
      prefs: initialState("").prefs,
      at: 1,
    });
    s = paneReducer(s, {
      type: "settingsInvalid",
      errors: { currency: "Use a code." },
      text: "Nothing was saved.",
    });
    expect(s.prefsSavedAt).toBeNull();
    expect(s.notice).toEqual({ place: "settings", intent: "error", text: "Nothing was saved." });
    expect(s.settingsErrors).toEqual({ currency: "Use a code." });
  });

  it("remembers the last build's as-of date unless it is older than the default", () => {
    const prefs = initialState("").prefs;
    const newer = paneReducer(initialState("2026-10-31"), {
      type: "prefsLoaded",
      prefs,
      problems: [],
      run: { asOf: "2026-11-15", portfolioName: "Q4 portfolio" },
    });
    expect([newer.asOf, newer.lastBuildAsOf, newer.build.portfolioName]).toEqual([
      "2026-11-15",
      null,
      "Q4 portfolio",
    ]);
    const older = paneReducer(initialState("2026-10-31"), {
      type: "prefsLoaded",
      prefs,
      problems: [],
      run: { asOf: "2026-09-30", portfolioName: "" },
    });
    expect([older.asOf, older.lastBuildAsOf]).toEqual(["2026-10-31", "2026-09-30"]);
  });

  it("shows a notice where its action was until dismissed, and ends a pending highlight", () => {
    let s = paneReducer(initialState("2026-10-31"), { type: "highlightStarted" });
    const notice = { place: "highlight", intent: "error", text: "Highlighting the cells failed." } as const;
    s = paneReducer(s, { type: "noticeShown", notice });
    expect(s.highlight.busy).toBe(false);
    expect(s.notice).toEqual(notice);
    s = paneReducer(s, { type: "noticeDismissed" });
    expect(s.notice).toBeNull();
  });

  it("a finding's message goes when the filters change or the PMO steps on", () => {
    let s = paneReducer(checked(), {
      type: "noticeShown",
      notice: { place: "finding:1", intent: "error", text: "Selecting failed." },
    });
    s = paneReducer(s, { type: "severityToggled", severity: "info" });
    expect(s.notice).toBeNull();
  });

  it("removing the PMO sheets forgets the last build's links and says how many went", () => {
    let s = paneReducer(initialState("2026-10-31"), {
      type: "buildDone",
      sheets: ["PMO Dashboard"],
      headline: HEADLINE,
    });
    s = paneReducer(s, { type: "removeAsked" });
    expect(s.remove.status).toBe("confirming");
    s = paneReducer(s, { type: "removeDone", removed: 6 });
    expect(s.build).toMatchObject({ status: "idle", sheets: [], headline: null });
    expect(s.notice?.text).toBe("Removed 6 PMO sheets. Your own sheets were not touched.");
  });
});

describe("finding helpers", () => {
  it("counts by severity", () => {
    expect(countBySeverity(FINDINGS)).toEqual({ error: 3, warning: 1, info: 1 });
  });

  it("groups by sheet in first-seen order, errors first and otherwise in the engine's order", () => {
    const groups = groupFindings(FINDINGS);
    expect(groups.map((g) => [g.key, g.counts, g.findings.map((i) => i.finding.cell)])).toEqual([
      ["Projects", { error: 2, warning: 1, info: 0 }, ["B3", "D5", "A2"]],
      ["Risks", { error: 0, warning: 0, info: 1 }, ["C4"]],
      ["", { error: 1, warning: 0, info: 0 }, [""]],
    ]);
  });

  it("groups by Project Manager, findings without one last; next/previous walks that order", () => {
    const s = paneReducer(checked(), { type: "groupByChanged", groupBy: "manager" });
    expect(orderedFindings(s).map((i) => i.finding.cell)).toEqual(["A2", "C4", "B3", "", "D5"]);
    const byManager = groupFindings(
      FINDINGS,
      (f) => (f.projectId !== undefined ? (CHECK.managers[f.projectId] ?? "") : ""),
      true,
    );
    expect(byManager.map((g) => g.key)).toEqual(["Ada", "Bo", ""]);
  });

  it("says counts in the singular for one: 1 finding, 1 error, 1 cell", () => {
    expect([
      plural(1, "finding"),
      plural(2, "finding"),
      severityCount("error", 1),
      severityCount("warning", 3),
    ]).toEqual(["1 finding", "2 findings", "1 error", "3 warnings"]);
  });

  it("lists the sheets that have findings, without the workbook level", () => {
    expect(sheetsWithFindings(FINDINGS)).toEqual(["Projects", "Risks"]);
  });
});
