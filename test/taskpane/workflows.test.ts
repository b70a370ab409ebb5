import { analyseWorkbooks } from "../../src/core/analyse";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import { OWNED_SHEET_NAMES } from "../../src/core/model/ownedSheets";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { AppError } from "../../src/excel/appError";
import { DEFAULT_PREFERENCES } from "../../src/workflow/preferences";
import type { PaneAction } from "../../src/taskpane/state";
import { initialState, paneReducer } from "../../src/taskpane/state";
import { headlineOf } from "../../src/taskpane/headline";
import {
  NO_TRACKER_MESSAGE,
  addExampleTracker,
  removePmoSheets,
  runBuild,
  runCheck,
  savePreferences,
} from "../../src/taskpane/workflows";
import { exampleRawWorkbook } from "./support/exampleTracker";
import { createGatewayDouble } from "./support/gatewayDouble";
import { rowsGrid } from "../../src/core/model/rowsGrid";

const AS_OF = "2026-10-31";
const NOW = new Date(Date.UTC(2026, 10, 29, 8, 15));
const RAW = exampleRawWorkbook(
  generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: AS_OF, withErrors: true }),
  "Example.xlsx",
);
const ENGINE = analyseWorkbooks([RAW], {
  template: STANDARD_TEMPLATE,
  settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
});

function recorder() {
  const actions: PaneAction[] = [];
  return { actions, dispatch: (a: PaneAction) => actions.push(a) };
}

describe("runCheck", () => {
  it("reads the workbook once and reports the engine's bindings and findings", async () => {
    const gateway = createGatewayDouble(RAW);
    const { actions, dispatch } = recorder();
    await runCheck(gateway, DEFAULT_PREFERENCES, AS_OF, dispatch);
    expect(gateway.calls.reads).toBe(1);
    expect(actions.map((a) => a.type)).toEqual(["checkStarted", "checkDone"]);
    const done = actions[1];
    if (done?.type !== "checkDone") throw new Error("no result");
    expect(done.result.findings).toEqual(ENGINE.portfolio.findings);
    expect(done.result.findings.some((f) => f.severity === "error")).toBe(true);
    expect(done.result.bindings.map((b) => [b.table, b.sheet])).toEqual(
      ENGINE.portfolio.bindings.map((b) => [b.table, b.sheet]),
    );
    expect(done.result.sheetNames).toEqual(RAW.sheets.map((s) => s.name));
  });

  it("uses the hand-made mapping: a renamed sheet mapped to Projects is read as Projects (a name that mentions no table)", async () => {
    const renamed = {
      ...RAW,
      sheets: RAW.sheets.map((s) => (s.name === "Projects" ? { ...s, name: "Sheet A" } : s)),
    };
    const gateway = createGatewayDouble(renamed);
    const unmapped = recorder();
    await runCheck(gateway, DEFAULT_PREFERENCES, AS_OF, unmapped.dispatch);
    const mapped = recorder();
    const prefs = {
      ...DEFAULT_PREFERENCES,
      mapping: { sheets: { "Sheet A": { table: "projects" } } },
    };
    await runCheck(gateway, prefs, AS_OF, mapped.dispatch);
    const sheetOf = (actions: PaneAction[]) => {
      const done = actions.find((a) => a.type === "checkDone");
      return done?.type === "checkDone"
        ? done.result.bindings.find((b) => b.table === "projects")?.sheet
        : "no result";
    };
    expect(sheetOf(unmapped.actions)).toBeUndefined();
    expect(sheetOf(mapped.actions)).toBe("Sheet A");
  });

  it("reports a read failure with the adapter's message", async () => {
    const gateway = createGatewayDouble(RAW, {
      readError: new AppError("busy", "Reading the workbook failed. Excel is busy."),
    });
    const { actions, dispatch } = recorder();
    await runCheck(gateway, DEFAULT_PREFERENCES, AS_OF, dispatch);
    expect(actions.at(-1)).toEqual({
      type: "checkFailed",
      error: "Reading the workbook failed. Excel is busy.",
    });
  });
});

describe("runBuild", () => {
  it("goes through the named steps and writes the plan the engine gives for these inputs", async () => {
    const gateway = createGatewayDouble(RAW);
    const { actions, dispatch } = recorder();
    await runBuild(
      gateway,
      DEFAULT_PREFERENCES,
      { asOf: AS_OF, portfolioName: "", linkFindings: true, now: NOW },
      dispatch,
    );
    expect(
      actions.filter((a) => a.type === "buildStep").map((a) => (a.type === "buildStep" ? a.step : "")),
    ).toEqual(["Reading workbook", "Validating", "Computing KPIs", "Writing dashboard", "Writing dashboard"]);
    const expectedPlan = buildDashboardPlan({
      report: ENGINE.report,
      attention: ENGINE.attention,
      cycle: ENGINE.cycle,
      portfolioName: "Example.xlsx",
      generatedAt: "2026-11-29 08:15 UTC",
      linkFindingsInFile: "Example.xlsx",
    });
    expect(gateway.calls.plans).toHaveLength(1);
    expect(gateway.calls.plans[0]).toEqual(expectedPlan);
    expect(gateway.calls.plans[0]?.sheets.map((s) => s.name)).toEqual([...OWNED_SHEET_NAMES]);
    const links = gateway.calls.plans[0]?.sheets
      .at(-1)
      ?.blocks.flatMap((b) => b.cells.flat())
      .filter((c) => c.link);
    expect(links?.length).toBeGreaterThan(0);
    expect(actions.at(-1)).toEqual({
      type: "buildDone",
      sheets: [...OWNED_SHEET_NAMES],
      headline: headlineOf(ENGINE.report, ENGINE.cycle),
    });
    // Validate shows what the build found, and the next build starts from these choices.
    const check = actions.find((a) => a.type === "checkDone");
    expect(check?.type === "checkDone" ? check.result.findings : null).toEqual(ENGINE.portfolio.findings);
    expect(gateway.calls.runChoices).toEqual([{ asOf: AS_OF, portfolioName: "" }]);
  });

  it("gives the headline numbers of the KPI report", () => {
    const h = headlineOf(ENGINE.report);
    const p = ENGINE.report.portfolio;
    expect(h).toEqual({
      asOf: AS_OF,
      projects: p.projects,
      active: p.active,
      rag: p.ragReported,
      ragNotReported: p.active - p.ragReported.Green - p.ragReported.Amber - p.ragReported.Red,
      watermelons: p.watermelons,
      overdueMilestones: ENGINE.report.milestones.overdue,
      errors: ENGINE.report.validation.errors,
      warnings: ENGINE.report.validation.warnings,
      sincePrevious: null,
    });
    expect(h.projects).toBeGreaterThan(0);
  });

  it("counts the changes since the previous period when PMO History holds one", () => {
    const previous = { previousAsOf: "2026-09-30", changes: ENGINE.cycle.changes };
    expect(headlineOf(ENGINE.report, { ...previous, changes: [] }).sincePrevious).toEqual({
      asOf: "2026-09-30",
      changes: 0,
    });
    const fake = [{ kind: "stale" }, { kind: "new-project" }] as unknown as typeof ENGINE.cycle.changes;
    expect(headlineOf(ENGINE.report, { ...previous, changes: fake }).sincePrevious).toEqual({
      asOf: "2026-09-30",
      changes: 2,
    });
    expect(headlineOf(ENGINE.report, ENGINE.cycle).sincePrevious).toBeNull();
  });

  it("does not build a workbook without any tracker sheet, and says so", async () => {
    const blank = {
      file: "Book1.xlsx",
      date1904: false,
      sheets: [{ name: "Sheet1", top: 1, left: 1, cells: rowsGrid([["Notes"]], [[null]]) }],
    };
    const gateway = createGatewayDouble(blank);
    let state = initialState(AS_OF);
    await runBuild(
      gateway,
      DEFAULT_PREFERENCES,
      { asOf: AS_OF, portfolioName: "", linkFindings: true, now: NOW },
      (a) => {
        state = paneReducer(state, a);
      },
    );
    expect(gateway.calls.plans).toEqual([]);
    expect(state.build.failure).toEqual({ kind: "no-tracker", message: NO_TRACKER_MESSAGE, intact: true });
  });

  it("uses the portfolio name and leaves finding links out when asked", async () => {
    const gateway = createGatewayDouble(RAW);
    await runBuild(
      gateway,
      DEFAULT_PREFERENCES,
      { asOf: AS_OF, portfolioName: " Q4 portfolio ", linkFindings: false, now: NOW },
      () => undefined,
    );
    const plan = gateway.calls.plans[0];
    expect(plan).toEqual(
      buildDashboardPlan({
        report: ENGINE.report,
        attention: ENGINE.attention,
        cycle: ENGINE.cycle,
        portfolioName: "Q4 portfolio",
        generatedAt: "2026-11-29 08:15 UTC",
      }),
    );
    const validationLinks = plan?.sheets
      .at(-1)
      ?.blocks.flatMap((b) => b.cells.flat())
      .filter((c) => c.link !== undefined);
    expect(validationLinks).toEqual([]);
  });

  it("stops at the failing step with the error's message", async () => {
    const gateway = createGatewayDouble(RAW, {
      writeError: new AppError(
        "access-denied",
        "Refreshing the dashboard failed. The workbook is protected.",
      ),
    });
    let state = initialState(AS_OF);
    await runBuild(
      gateway,
      DEFAULT_PREFERENCES,
      { asOf: AS_OF, portfolioName: "", linkFindings: true, now: NOW },
      (a) => {
        state = paneReducer(state, a);
      },
    );
    expect(state.build).toMatchObject({
      status: "failed",
      step: 3,
      failure: {
        kind: "excel",
        message: "Refreshing the dashboard failed. The workbook is protected.",
        intact: true,
      },
    });
  });

  it("does not claim the previous sheets are intact when the undo failed", async () => {
    const gateway = createGatewayDouble(RAW, {
      writeError: new AppError("rollback-failed", "could not be undone"),
    });
    let state = initialState(AS_OF);
    await runBuild(
      gateway,
      DEFAULT_PREFERENCES,
      { asOf: AS_OF, portfolioName: "", linkFindings: true, now: NOW },
      (a) => {
        state = paneReducer(state, a);
      },
    );
    expect(state.build.failure?.intact).toBe(false);
  });
});

describe("removePmoSheets and addExampleTracker", () => {
  it("removes the owned sheets and reports how many", async () => {
    const gateway = createGatewayDouble(RAW, { owned: ["PMO Dashboard", "PMO Risks"] });
    let state = paneReducer(initialState(AS_OF), { type: "removeAsked" });
    await removePmoSheets(gateway, (a) => {
      state = paneReducer(state, a);
    });
    expect(gateway.calls.removed).toBe(1);
    expect(state.notice?.text).toBe("Removed 2 PMO sheets. Your own sheets were not touched.");
  });

  it("puts a failure to remove beside the Remove button", async () => {
    const gateway = createGatewayDouble(RAW, {
      removeError: new AppError("access-denied", "Removing failed."),
    });
    let state = paneReducer(initialState(AS_OF), { type: "removeAsked" });
    await removePmoSheets(gateway, (a) => {
      state = paneReducer(state, a);
    });
    expect(state.notice).toEqual({ place: "remove", intent: "error", text: "Removing failed." });
    expect(state.remove.status).toBe("idle");
  });

  it("adds the example tracker's sheets and checks the workbook again, which now has a tracker", async () => {
    const blank = {
      file: "Book1.xlsx",
      date1904: false,
      sheets: [{ name: "Sheet1", top: 1, left: 1, cells: rowsGrid([[null]], [[null]]) }],
    };
    const gateway = createGatewayDouble(blank);
    let state = initialState(AS_OF);
    await addExampleTracker(gateway, DEFAULT_PREFERENCES, AS_OF, (a) => {
      state = paneReducer(state, a);
    });
    expect(gateway.calls.inserted[0]?.map((s) => s.name)).toEqual(RAW.sheets.map((s) => s.name));
    expect(state.check.result?.bindings.map((b) => b.table)).toEqual(
      expect.arrayContaining(["projects", "milestones", "risks", "resources"]),
    );
    expect(state.notice?.place).toBe("example");
  });
});

describe("savePreferences", () => {
  it("stores settings with the as-of date, the mapping as JSON, and no empty mapping", async () => {
    const gateway = createGatewayDouble(RAW);
    const { actions, dispatch } = recorder();
    const mapping = { sheets: { Proj: { table: "projects" } } };
    expect(await savePreferences(gateway, { ...DEFAULT_PREFERENCES, mapping }, AS_OF, dispatch, NOW)).toBe(
      true,
    );
    expect(await savePreferences(gateway, DEFAULT_PREFERENCES, AS_OF, dispatch, NOW)).toBe(true);
    expect(gateway.calls.saved).toEqual([
      {
        settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
        mappingJson: JSON.stringify(mapping),
        templateJson: null,
      },
      { settings: { ...DEFAULT_SETTINGS, asOf: AS_OF }, mappingJson: null, templateJson: null },
    ]);
    expect(actions.map((a) => a.type)).toEqual(["prefsSaving", "prefsSaved", "prefsSaving", "prefsSaved"]);
  });
});
