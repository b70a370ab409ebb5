import type { Finding, Severity } from "../../src/core/model/finding";
import type { PaneState, WorkbookCheck } from "../../src/taskpane/state";
import {
  BUILD_STEPS,
  FINDINGS_PAGE,
  countBySeverity,
  filteredFindings,
  groupFindings,
  initialState,
  paneReducer,
  sheetsWithFindings,
} from "../../src/taskpane/state";

function finding(sheet: string, cell: string, severity: Severity, rule = "r"): Finding {
  return {
    file: "T.xlsx",
    sheet,
    cell,
    row: null,
    column: null,
    severity,
    rule,
    message: `${sheet}!${cell}`,
  };
}

const FINDINGS = [
  finding("Projects", "A2", "warning"),
  finding("Projects", "B3", "error"),
  finding("Risks", "C4", "info"),
  finding("", "", "error", "no-projects"),
  finding("Projects", "D5", "error"),
];

const CHECK: WorkbookCheck = {
  file: "T.xlsx",
  asOf: "2026-10-31",
  sheetNames: ["Projects", "Risks"],
  bindings: [],
  findings: FINDINGS,
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
      shown: FINDINGS_PAGE,
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
    expect(s.check).toEqual({ status: "done", result: CHECK, error: null });
    s = paneReducer(s, { type: "checkFailed", error: "Reading the workbook failed." });
    expect(s.check).toEqual({ status: "failed", result: CHECK, error: "Reading the workbook failed." });
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
    s = paneReducer(s, { type: "buildDone", sheets: ["PMO Dashboard"], errors: 3, warnings: 4 });
    expect(s.build).toMatchObject({
      status: "done",
      step: BUILD_STEPS.length,
      sheets: ["PMO Dashboard"],
      errors: 3,
      warnings: 4,
    });
  });

  it("keeps the failing step and the message when a build fails, and clears them on the next start", () => {
    let s = paneReducer(initialState("2026-10-31"), { type: "buildStarted" });
    s = paneReducer(s, { type: "buildStep", step: "Writing dashboard" });
    s = paneReducer(s, { type: "buildFailed", error: "Refreshing the dashboard failed." });
    expect(s.build).toMatchObject({ status: "failed", step: 3, error: "Refreshing the dashboard failed." });
    s = paneReducer(s, { type: "buildStarted" });
    expect(s.build).toMatchObject({ status: "running", step: 0, error: null });
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
    s = paneReducer(s, { type: "prefsSaved", prefs, at: "08:15" });
    expect(s).toMatchObject({ prefsSaving: false, prefsSavedAt: "08:15", prefsProblems: [] });
  });

  it("shows an action failure until dismissed and ends a pending highlight", () => {
    let s = paneReducer(initialState("2026-10-31"), { type: "highlightStarted" });
    s = paneReducer(s, { type: "actionFailed", error: "Highlighting the cells failed." });
    expect(s.highlight.busy).toBe(false);
    expect(s.actionError).toBe("Highlighting the cells failed.");
    s = paneReducer(s, { type: "actionErrorDismissed" });
    expect(s.actionError).toBeNull();
  });
});

describe("finding helpers", () => {
  it("counts by severity", () => {
    expect(countBySeverity(FINDINGS)).toEqual({ error: 3, warning: 1, info: 1 });
  });

  it("groups by sheet in first-seen order, errors first and otherwise in the engine's order", () => {
    const groups = groupFindings(FINDINGS);
    expect(groups.map((g) => [g.sheet, g.counts, g.findings.map((f) => f.cell)])).toEqual([
      ["Projects", { error: 2, warning: 1, info: 0 }, ["B3", "D5", "A2"]],
      ["Risks", { error: 0, warning: 0, info: 1 }, ["C4"]],
      ["", { error: 1, warning: 0, info: 0 }, [""]],
    ]);
  });

  it("lists the sheets that have findings, without the workbook level", () => {
    expect(sheetsWithFindings(FINDINGS)).toEqual(["Projects", "Risks"]);
  });
});
