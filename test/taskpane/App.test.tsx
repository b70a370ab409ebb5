/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { analyseWorkbooks } from "../../src/core/analyse";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { OWNED_SHEET_NAMES, SHEET_NAMES } from "../../src/core/plan/sheetNames";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { AppError } from "../../src/excel/appError";
import { App } from "../../src/taskpane/App";
import { GatewayProvider } from "../../src/taskpane/GatewayContext";
import { countBySeverity } from "../../src/taskpane/state";
import { exampleRawWorkbook } from "./support/exampleTracker";
import type { DoubleOptions, GatewayDouble } from "./support/gatewayDouble";
import { createGatewayDouble } from "./support/gatewayDouble";

const NOW = new Date(2026, 10, 29, 9, 30);
const AS_OF = "2026-10-31";
const RAW = exampleRawWorkbook(
  generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: AS_OF, withErrors: true }),
  "Example.xlsx",
);
const FINDINGS = analyseWorkbooks([RAW], {
  template: STANDARD_TEMPLATE,
  settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
}).portfolio.findings;
const COUNTS = countBySeverity(FINDINGS);

async function renderPane(options: DoubleOptions = {}): Promise<GatewayDouble> {
  const gateway = createGatewayDouble(RAW, options);
  render(
    <FluentProvider theme={webLightTheme}>
      <GatewayProvider gateway={gateway}>
        <App now={() => NOW} />
      </GatewayProvider>
    </FluentProvider>,
  );
  // Settings load on mount; wait for it so later state changes are not mixed up with it.
  await act(async () => undefined);
  return gateway;
}

function openTab(name: string) {
  fireEvent.click(screen.getByRole("tab", { name }));
}

describe("task pane", () => {
  it("shows four tabs with Home selected, and switches views by tab", async () => {
    await renderPane();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.id)).toEqual(["tab-home", "tab-validate", "tab-build", "tab-settings"]);
    for (const name of ["Home", "Validate", "Build", "Settings"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Home" }).getAttribute("aria-selected")).toBe("true");
    openTab("Build");
    expect(screen.getByRole("tab", { name: "Build" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-build");
    expect(screen.getByRole("button", { name: "Build dashboard" })).toBeTruthy();
  });

  // Arrow keys between tabs need a real browser's focus handling: the e2e test presses them.
  it("is keyboard operable: tabs and actions are real buttons that take focus", async () => {
    await renderPane();
    const home = screen.getByRole("tab", { name: "Home" });
    home.focus();
    expect(document.activeElement).toBe(home);
    expect(screen.getAllByRole("tab").every((t) => t.tagName === "BUTTON")).toBe(true);
    const check = screen.getByRole("button", { name: "Check workbook" });
    check.focus();
    expect(document.activeElement).toBe(check);
    expect(check.tagName).toBe("BUTTON");
  });

  it("Home lists which sheets were recognised as which tables", async () => {
    const gateway = await renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    const tables = await screen.findByRole("list", { name: "Tracker tables" });
    expect(gateway.calls.reads).toBe(1);
    const projects = within(tables).getByRole("listitem", { name: "Projects table" });
    expect(projects.textContent).toContain("Recognised");
    expect(projects.textContent).toContain("Sheet “Projects”");
    expect(within(tables).getAllByRole("listitem")).toHaveLength(STANDARD_TEMPLATE.tables.length);
  });

  it("Home maps an unrecognised sheet by hand, saves the mapping and checks again", async () => {
    const renamed = {
      ...RAW,
      sheets: RAW.sheets.map((s) => (s.name === "Projects" ? { ...s, name: "Initiatives 2026" } : s)),
    };
    const gateway = createGatewayDouble(renamed);
    render(
      <FluentProvider theme={webLightTheme}>
        <GatewayProvider gateway={gateway}>
          <App now={() => NOW} />
        </GatewayProvider>
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    const projects = await screen.findByRole("listitem", { name: "Projects table" });
    expect(projects.textContent).toContain("Missing (required)");
    fireEvent.change(screen.getByLabelText("Sheet “Initiatives 2026” holds"), {
      target: { value: "projects" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save mapping and check again" }));
    await waitFor(() =>
      expect(screen.getByRole("listitem", { name: "Projects table" }).textContent).toContain(
        "Sheet “Initiatives 2026”",
      ),
    );
    expect(gateway.calls.saved.map((s) => s.mappingJson)).toEqual([
      '{"sheets":{"Initiatives 2026":{"table":"projects"}}}',
    ]);
    expect(gateway.calls.reads).toBe(2);
  });

  it("Validate shows the findings with counts, filters them, and selects a finding's cell", async () => {
    const gateway = await renderPane();
    openTab("Validate");
    fireEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    const summary = await screen.findByRole("heading", { level: 2, name: /findings:/ });
    expect(COUNTS.error).toBeGreaterThan(0);
    expect(summary.textContent).toBe(
      `${FINDINGS.length} findings: ${COUNTS.error} errors, ${COUNTS.warning} warnings, ${COUNTS.info} info`,
    );
    const items = () => screen.getAllByRole("listitem");
    expect(items()).toHaveLength(FINDINGS.length);

    const errors = screen.getByRole("button", { name: `Errors (${COUNTS.error})` });
    expect(errors.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(errors);
    expect(errors.getAttribute("aria-pressed")).toBe("false");
    expect(items()).toHaveLength(COUNTS.warning + COUNTS.info);
    expect(items().some((li) => li.textContent?.startsWith("error"))).toBe(false);
    fireEvent.click(errors);

    fireEvent.change(screen.getByLabelText("Sheet"), { target: { value: "Projects" } });
    const onProjects = FINDINGS.filter((f) => f.sheet === "Projects");
    expect(items()).toHaveLength(onProjects.length);
    expect(screen.getByRole("region", { name: "Projects findings" })).toBeTruthy();

    const first = onProjects.find((f) => f.severity === "error");
    if (first === undefined) throw new Error("the example has an error on Projects");
    fireEvent.click(screen.getByRole("button", { name: `Select Projects!${first.cell} in Excel` }));
    await waitFor(() => expect(gateway.calls.selected).toEqual([{ sheet: "Projects", cell: first.cell }]));
  });

  it("Validate highlights the filtered findings' cells only on click, and clears them", async () => {
    const gateway = await renderPane();
    openTab("Validate");
    fireEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    await screen.findByRole("heading", { level: 2, name: /findings:/ });
    expect(gateway.calls.highlighted).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: `Warnings (${COUNTS.warning})` }));
    fireEvent.click(screen.getByRole("button", { name: `Info (${COUNTS.info})` }));
    fireEvent.click(screen.getByRole("button", { name: "Highlight cells" }));
    const cells = FINDINGS.filter((f) => f.severity === "error" && f.cell !== "");
    expect(await screen.findByText(`Highlighted ${cells.length} cells.`)).toBeTruthy();
    expect(gateway.calls.highlighted).toEqual([
      cells.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: "error" })),
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    expect(await screen.findByText(`Cleared ${cells.length} highlights.`)).toBeTruthy();
    expect(gateway.calls.cleared).toBe(1);
  });

  it("Build defaults to the end of last month, shows the steps completing, and links the written sheets", async () => {
    const gateway = await renderPane();
    openTab("Build");
    const asOf = screen.getByLabelText("As-of date") as HTMLInputElement;
    expect(asOf.value).toBe(AS_OF);
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    expect(await screen.findByText("Dashboard written")).toBeTruthy();
    const progress = screen.getByRole("progressbar");
    expect([progress.getAttribute("aria-valuenow"), progress.getAttribute("aria-valuemax")]).toEqual([
      "4",
      "4",
    ]);
    const steps = within(screen.getByRole("list", { name: "Build steps" })).getAllByRole("listitem");
    expect(steps.map((s) => s.textContent)).toEqual([
      "Reading workbook: done",
      "Validating: done",
      "Computing KPIs: done",
      "Writing dashboard: done",
    ]);
    expect(gateway.calls.plans).toHaveLength(1);
    expect(gateway.calls.plans[0]?.sheets.map((s) => s.name)).toEqual([...OWNED_SHEET_NAMES]);
    const links = within(screen.getByRole("list", { name: "Generated sheets" })).getAllByRole("button");
    expect(links.map((l) => l.textContent)).toEqual([...OWNED_SHEET_NAMES]);
    fireEvent.click(screen.getByRole("button", { name: SHEET_NAMES.risks }));
    await waitFor(() => expect(gateway.calls.activated).toEqual([SHEET_NAMES.risks]));
  });

  it("Build shows the AppError message when writing fails", async () => {
    const message = "Refreshing the dashboard failed. The workbook or a sheet is protected or read-only.";
    await renderPane({ writeError: new AppError("access-denied", message) });
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByText("The dashboard was not built")).toBeTruthy();
    expect(screen.getByText("Writing dashboard: failed")).toBeTruthy();
  });

  it("Settings checks the fields and the template before saving", async () => {
    const gateway = await renderPane();
    openTab("Settings");
    fireEvent.change(screen.getByLabelText("Currency"), { target: { value: "euro" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Use a three-letter ISO code such as USD or EUR.")).toBeTruthy();
    expect(gateway.calls.saved).toEqual([]);

    fireEvent.change(screen.getByLabelText("Currency"), { target: { value: "eur" } });
    fireEvent.change(screen.getByLabelText("Privacy threshold"), { target: { value: "5" } });
    fireEvent.change(screen.getByLabelText("Custom template (JSON)"), { target: { value: "{oops" } });
    expect(screen.getByText("The template is not valid")).toBeTruthy();
    expect(screen.getByText(/^Custom template: is not valid JSON/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await act(async () => undefined);
    expect(gateway.calls.saved).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Use the standard template" }));
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(gateway.calls.saved).toHaveLength(1));
    expect(gateway.calls.saved[0]).toEqual({
      settings: { ...DEFAULT_SETTINGS, currency: "EUR", minGroupSize: 5, asOf: AS_OF },
      mappingJson: null,
      templateJson: null,
    });
    expect(await screen.findByText(/^Saved in this workbook at/)).toBeTruthy();
  });

  it("loads a custom template from a file input", async () => {
    await renderPane();
    openTab("Settings");
    const input = screen.getByLabelText("Load template file") as HTMLInputElement;
    const file = new File(['{"name": 1}'], "pmo.json", { type: "application/json" });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect((screen.getByLabelText("Custom template (JSON)") as HTMLTextAreaElement).value).toBe(
        '{"name": 1}',
      ),
    );
    expect(screen.getByText("The template is not valid")).toBeTruthy();
  });

  it("warns about stored settings that could not be used", async () => {
    await renderPane({
      stored: { problems: ['Stored setting "currency" has an invalid value "x"; the default is used.'] },
    });
    expect(screen.getByText("Some stored settings were not used")).toBeTruthy();
  });
});
