import { analyseWorkbooks } from "../../src/core/analyse";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import { OWNED_SHEET_NAMES } from "../../src/core/plan/sheetNames";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { AppError } from "../../src/excel/appError";
import { DEFAULT_PREFERENCES } from "../../src/workflow/preferences";
import type { PaneAction } from "../../src/taskpane/state";
import { initialState, paneReducer } from "../../src/taskpane/state";
import { runBuild, runCheck, savePreferences } from "../../src/taskpane/workflows";
import { exampleRawWorkbook } from "./support/exampleTracker";
import { createGatewayDouble } from "./support/gatewayDouble";

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

  it("uses the hand-made mapping: a renamed sheet mapped to Projects is read as Projects", async () => {
    const renamed = {
      ...RAW,
      sheets: RAW.sheets.map((s) => (s.name === "Projects" ? { ...s, name: "Portfolio list" } : s)),
    };
    const gateway = createGatewayDouble(renamed);
    const unmapped = recorder();
    await runCheck(gateway, DEFAULT_PREFERENCES, AS_OF, unmapped.dispatch);
    const mapped = recorder();
    const prefs = {
      ...DEFAULT_PREFERENCES,
      mapping: { sheets: { "Portfolio list": { table: "projects" } } },
    };
    await runCheck(gateway, prefs, AS_OF, mapped.dispatch);
    const sheetOf = (actions: PaneAction[]) => {
      const done = actions.find((a) => a.type === "checkDone");
      return done?.type === "checkDone"
        ? done.result.bindings.find((b) => b.table === "projects")?.sheet
        : "no result";
    };
    expect(sheetOf(unmapped.actions)).toBeUndefined();
    expect(sheetOf(mapped.actions)).toBe("Portfolio list");
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
    const errors = ENGINE.portfolio.findings.filter((f) => f.severity === "error").length;
    const warnings = ENGINE.portfolio.findings.filter((f) => f.severity === "warning").length;
    expect(actions.at(-1)).toEqual({ type: "buildDone", sheets: [...OWNED_SHEET_NAMES], errors, warnings });
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
      error: "Refreshing the dashboard failed. The workbook is protected.",
    });
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
