/** @jest-environment jsdom */
import { AnnounceProvider, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { analyseWorkbooks } from "../../src/core/analyse";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { OWNED_SHEET_NAMES, SHEET_NAMES } from "../../src/core/model/ownedSheets";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { AppError, toAppError } from "../../src/excel/appError";
import { App } from "../../src/taskpane/App";
import { GatewayProvider } from "../../src/taskpane/GatewayContext";
import { TrackerWriterProvider } from "../../src/taskpane/TrackerWriterContext";
import { countBySeverity } from "../../src/taskpane/state";
import type { RawWorkbook } from "../../src/core/model/raw";
import { exampleRawWorkbook } from "./support/exampleTracker";
import type { DoubleOptions, GatewayDouble } from "./support/gatewayDouble";
import { createGatewayDouble } from "./support/gatewayDouble";
import { rowsGrid } from "../../src/core/model/rowsGrid";

// A build runs the whole engine; on a busy machine it can take longer than the default 1 s.
configure({ asyncUtilTimeout: 10_000 });

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

/** What the pane said to screen readers (through Fluent's announcer). */
let announced: string[] = [];

async function renderPane(
  options: DoubleOptions = {},
  workbook: RawWorkbook = RAW,
  locale = "en-US",
): Promise<GatewayDouble> {
  const gateway = createGatewayDouble(workbook, options);
  announced = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <AnnounceProvider value={{ announce: (message) => announced.push(message) }}>
        <GatewayProvider gateway={gateway}>
          <TrackerWriterProvider write={async () => new Uint8Array([80, 75, 3, 4])}>
            <App now={() => NOW} locale={locale} />
          </TrackerWriterProvider>
        </GatewayProvider>
      </AnnounceProvider>
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
  it("shows five tabs with Home selected, and switches views by tab", async () => {
    await renderPane();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.id)).toEqual([
      "tab-home",
      "tab-validate",
      "tab-build",
      "tab-settings",
      "tab-help",
    ]);
    for (const name of ["Home", "Validate", "Build", "Settings"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Home" }).getAttribute("aria-selected")).toBe("true");
    openTab("Build");
    expect(screen.getByRole("tab", { name: "Build" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-build");
    expect(screen.getByRole("button", { name: "Build dashboard" })).toBeTruthy();
  });

  it("tabs follow the WAI-ARIA pattern: arrows and Home/End move focus, Enter or a click selects", async () => {
    await renderPane();
    const home = screen.getByRole("tab", { name: "Home" });
    expect(screen.getAllByRole("tab").map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    home.focus();
    fireEvent.keyDown(home, { key: "ArrowRight" });
    expect(document.activeElement?.id).toBe("tab-validate");
    fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    expect(document.activeElement?.id).toBe("tab-help");
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
    expect(document.activeElement?.id).toBe("tab-home");
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowLeft" });
    fireEvent.click(document.activeElement as Element);
    expect(screen.getByRole("tab", { name: "Help" }).getAttribute("aria-selected")).toBe("true");
  });

  // Arrow keys between tabs also run in a real browser: the e2e test presses them.
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

  it("Home shows a status report laid out as a form as such, with the fields it lacks", async () => {
    const values = [
      ["Project Status Report"],
      ["Project Name:", "Apollo"],
      ["Project Manager:", "Ann Lee"],
      ["Overall RAG:", "Green"],
      ["Actual Cost:", 200],
    ];
    const form: RawWorkbook = {
      file: "Apollo.xlsx",
      date1904: false,
      sheets: [{ name: "Status Report", top: 1, left: 1, cells: rowsGrid(values) }],
    };
    await renderPane({}, form);
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    const tables = await screen.findByRole("list", { name: "Tracker tables" });
    const projects = within(tables).getByRole("listitem", { name: "Projects table" });
    expect(projects.textContent).toContain(
      "Sheet “Status Report”, a one-project status report laid out as a form (labels from row 2)",
    );
    expect(projects.textContent).toContain("Missing required fields: Project ID, Phase, Start Date");
    // Its fields are not columns to map by hand.
    expect(screen.queryByText(/Column for “Phase” on “Status Report”/)).toBeNull();
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
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    const summary = await screen.findByRole("heading", { level: 2, name: /findings:/ });
    expect(COUNTS.error).toBeGreaterThan(0);
    expect(summary.textContent).toBe(
      `${FINDINGS.length} findings: ${COUNTS.error} errors, ${COUNTS.warning} warnings, ${COUNTS.info} info`,
    );
    const items = () => screen.getAllByRole("listitem");
    expect(items()).toHaveLength(FINDINGS.length);

    const errors = screen.getByRole("checkbox", { name: `Errors (${COUNTS.error})` }) as HTMLInputElement;
    expect(errors.checked).toBe(true);
    fireEvent.click(errors);
    expect(errors.checked).toBe(false);
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
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    await screen.findByRole("heading", { level: 2, name: /findings:/ });
    expect(gateway.calls.highlighted).toEqual([]);
    fireEvent.click(screen.getByRole("checkbox", { name: `Warnings (${COUNTS.warning})` }));
    fireEvent.click(screen.getByRole("checkbox", { name: `Info (${COUNTS.info})` }));
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
    expect(await screen.findByRole("heading", { name: /^Dashboard written: 8 sheets as of/ })).toBeTruthy();
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
    // Each sheet says what it is for.
    expect(screen.getByText("every finding with a link to its cell")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: SHEET_NAMES.risks }));
    await waitFor(() => expect(gateway.calls.activated).toEqual([SHEET_NAMES.risks]));
  });

  it("Build shows the AppError message when writing fails", async () => {
    const message = "Refreshing the dashboard failed. The workbook or a sheet is protected or read-only.";
    await renderPane({ writeError: new AppError("access-denied", message) });
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    expect(await screen.findByText(new RegExp(message.replace(/[.]/g, "\\.")))).toBeTruthy();
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
    expect(await screen.findByText("Saved in this workbook at 9:30 AM.")).toBeTruthy();
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

  // --- issue 12 -------------------------------------------------------------------------------

  const BLANK: RawWorkbook = {
    file: "Book1.xlsx",
    date1904: false,
    sheets: [
      { name: "Sheet1", top: 1, left: 1, cells: rowsGrid([["Shopping list"], ["Milk"]], [[null], [null]]) },
    ],
  };

  it("1. a workbook without a tracker: Home says so and offers mapping and the example; Build writes nothing", async () => {
    const gateway = await renderPane({}, BLANK);
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    expect(await screen.findByText("No tracker sheet found")).toBeTruthy();
    expect(screen.queryByText("Recognised")).toBeNull();
    expect(screen.getByLabelText("Sheet “Sheet1” holds")).toBeTruthy();
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    expect(await screen.findByText("No tracker sheet found")).toBeTruthy();
    expect(screen.queryByText(/Dashboard written/)).toBeNull();
    expect(gateway.calls.plans).toEqual([]);
    openTab("Home");
    fireEvent.click(screen.getByRole("button", { name: "Add the example tracker" }));
    expect(await screen.findByText(/^Added the example tracker/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("listitem", { name: "Projects table" })).toBeTruthy());
    expect(gateway.calls.inserted).toHaveLength(1);
  });

  it("1. with no tracker, Home points at New tracker, which opens a blank tracker as a new workbook", async () => {
    const gateway = await renderPane({}, BLANK);
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    expect(await screen.findByText(/open a blank tracker with New tracker below/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "New tracker" }));
    await waitFor(() => expect(gateway.calls.created).toHaveLength(1));
  });

  it("2. a failing 'select this cell' shows its message at that finding and moves focus there", async () => {
    const message = "Selecting Projects!E5 failed. A sheet or cell PMO Pulse expected is no longer there.";
    await renderPane({ selectError: new AppError("item-not-found", message) });
    openTab("Validate");
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    await screen.findByRole("heading", { level: 2, name: /findings:/ });
    const link = screen.getAllByRole("button", { name: /^Select .+ in Excel$/ })[3];
    if (link === undefined) throw new Error("no fourth finding");
    fireEvent.click(link);
    const shown = await screen.findByText(message);
    const item = link.closest("li");
    expect(item?.contains(shown)).toBe(true);
    await waitFor(() => expect(item?.contains(document.activeElement)).toBe(true));
    expect(announced).toContain(message);
  });

  it("2. an invalid Settings save says so beside the Save button, focuses it, and clears the old 'Saved at'", async () => {
    await renderPane();
    openTab("Settings");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText(/^Saved in this workbook at/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Currency"), { target: { value: "euro" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    const notice = await screen.findByText("Nothing was saved. 1 field needs a change: Currency.");
    expect(screen.queryByText(/^Saved in this workbook at/)).toBeNull();
    const save = screen.getByRole("button", { name: "Save settings" });
    // The message follows the Save button in the form, not at the top of the pane.
    expect(save.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.contains(notice)).toBe(true));
  });

  it("3. results, errors and build progress are announced, and focus moves to the result", async () => {
    await renderPane();
    openTab("Validate");
    const check = screen.getByRole("button", { name: "Check workbook" });
    check.focus();
    fireEvent.click(check);
    const heading = await screen.findByRole("heading", { level: 2, name: /findings:/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(announced).toContain(
      `Check done. ${FINDINGS.length} findings: ${COUNTS.error} errors, ${COUNTS.warning} warnings, ${COUNTS.info} info.`,
    );
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    const written = await screen.findByRole("heading", { name: /^Dashboard written/ });
    await waitFor(() => expect(document.activeElement).toBe(written));
    expect(announced).toEqual(
      expect.arrayContaining([
        "Building, step 1 of 4: Reading workbook",
        expect.stringMatching(/^Building, step [234] of 4: /),
        "Dashboard written: 8 sheets.",
      ]),
    );
  });

  it("4. Home gives the findings' count and the next step, and does not call a table with errors all clear", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    expect(
      await screen.findByText(
        `${FINDINGS.length} findings: ${COUNTS.error} errors, ${COUNTS.warning} warnings, ${COUNTS.info} info`,
      ),
    ).toBeTruthy();
    const projectErrors = FINDINGS.filter((f) => f.sheet === "Projects" && f.severity === "error").length;
    expect(screen.getByRole("listitem", { name: "Projects table" }).textContent).toContain(
      `Recognised, ${projectErrors} errors`,
    );
    fireEvent.click(screen.getByRole("button", { name: "Review findings" }));
    expect(screen.getByRole("tab", { name: "Validate" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getAllByRole("button", { name: /^Select .+ in Excel$/ }).length).toBeGreaterThan(0);
  });

  it("5. the severity filters show their state and the count line says what is hidden", async () => {
    await renderPane();
    openTab("Validate");
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    await screen.findByRole("heading", { level: 2, name: /findings:/ });
    expect(screen.getByText(`Showing ${FINDINGS.length} findings.`)).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: `Errors (${COUNTS.error})` }));
    expect(
      screen.getByText(
        `Showing ${COUNTS.warning + COUNTS.info} findings; ${COUNTS.error} hidden by the filters.`,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: `Warnings (${COUNTS.warning})` }));
    fireEvent.click(screen.getByRole("checkbox", { name: `Info (${COUNTS.info})` }));
    expect(
      screen.getByText("Every severity is turned off: tick Errors, Warnings or Info to see findings."),
    ).toBeTruthy();
  });

  it("6. Settings keeps unsaved changes across a tab switch", async () => {
    await renderPane();
    openTab("Settings");
    fireEvent.change(screen.getByLabelText("Currency"), { target: { value: "GBP" } });
    openTab("Home");
    openTab("Settings");
    expect((screen.getByLabelText("Currency") as HTMLInputElement).value).toBe("GBP");
    expect(screen.getByText(/You have unsaved changes/)).toBeTruthy();
  });

  it("8. the as-of date is on Validate too; cleared, it disables the checks instead of running with it", async () => {
    const gateway = await renderPane({ runChoices: { asOf: "2026-11-15", portfolioName: "Q4 portfolio" } });
    openTab("Validate");
    const asOf = screen.getByLabelText("As-of date") as HTMLInputElement;
    expect(asOf.value).toBe("2026-11-15");
    fireEvent.change(asOf, { target: { value: "" } });
    expect(screen.getByText("Enter the as-of date (the day the figures are as at).")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Check workbook" }) as HTMLButtonElement).disabled).toBe(true);
    expect(gateway.calls.reads).toBe(0);
    fireEvent.change(asOf, { target: { value: "2026-11-20" } });
    openTab("Build");
    expect((screen.getByLabelText("Portfolio name") as HTMLInputElement).value).toBe("Q4 portfolio");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    await screen.findByRole("heading", { name: /^Dashboard written/ });
    expect(gateway.calls.runChoices).toEqual([{ asOf: "2026-11-20", portfolioName: "Q4 portfolio" }]);
  });

  it("9. dates are shown in the Office locale", async () => {
    await renderPane({}, RAW, "en-GB");
    openTab("Build");
    expect(screen.getByText(/KPIs and checks are as at 31\/10\/2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    expect(
      await screen.findByRole("heading", { name: "Dashboard written: 8 sheets as of 31/10/2026" }),
    ).toBeTruthy();
  });

  it("10. a build stopped by cell editing says what to do and that the previous dashboard is intact", async () => {
    const cause = Object.assign(new Error("The request failed because Excel is in cell-editing mode."), {
      code: "InvalidOperationInCellEditMode",
    });
    await renderPane({ writeError: toAppError(cause, "Refreshing the dashboard") });
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    const text = await screen.findByText(/Finish editing the cell \(press Enter or Esc\), then try again\./);
    expect(text.textContent).toContain("Your previous PMO sheets are unchanged.");
    expect(text.textContent).not.toContain("InvalidOperationInCellEditMode");
  });

  it("11. one of something is singular: '1 cell', '1 error'", async () => {
    const gateway = await renderPane();
    openTab("Validate");
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    await screen.findByRole("heading", { level: 2, name: /findings:/ });
    const sheetWithOne = FINDINGS.find(
      (f) => f.cell !== "" && FINDINGS.filter((g) => g.sheet === f.sheet && g.cell !== "").length === 1,
    );
    if (sheetWithOne === undefined) throw new Error("the example has a sheet with one finding");
    fireEvent.change(screen.getByLabelText("Sheet"), { target: { value: sheetWithOne.sheet } });
    fireEvent.click(screen.getByRole("button", { name: "Highlight cells" }));
    expect(await screen.findByText("Highlighted 1 cell.")).toBeTruthy();
    expect(gateway.calls.highlighted.at(-1)).toHaveLength(1);
    expect(
      screen.getByText("Showing 1 finding; " + (FINDINGS.length - 1) + " hidden by the filters."),
    ).toBeTruthy();
  });

  it("12. Validate's results follow a Settings save and a build", async () => {
    const gateway = await renderPane();
    openTab("Validate");
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    await screen.findByRole("heading", { level: 2, name: /findings:/ });
    openTab("Settings");
    fireEvent.change(screen.getByLabelText("Stale after (days)"), { target: { value: "1" } });
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(gateway.calls.reads).toBe(2));
    openTab("Validate");
    const heading = await screen.findByRole("heading", { level: 2, name: /findings:/ });
    const stale = analyseWorkbooks([RAW], {
      template: STANDARD_TEMPLATE,
      settings: { ...DEFAULT_SETTINGS, staleDays: 1, asOf: AS_OF },
    }).portfolio.findings;
    expect(stale.length).not.toBe(FINDINGS.length);
    expect(heading.textContent).toMatch(new RegExp(`^${stale.length} findings`));
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    await screen.findByRole("heading", { name: /^Dashboard written/ });
    expect(gateway.calls.reads).toBe(3);
  });

  it("13. the generated sheets are full-size buttons; 'the validation sheet' is a link that shows it", async () => {
    const gateway = await renderPane();
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    await screen.findByRole("heading", { name: /^Dashboard written/ });
    expect(screen.getByText("Select a sheet to show it in Excel.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "the validation sheet" }));
    await waitFor(() => expect(gateway.calls.activated).toEqual([SHEET_NAMES.validation]));
  });

  it("14. every aria-labelledby and aria-describedby names an element that exists", async () => {
    await renderPane({ readError: new AppError("busy", "Reading the workbook failed. Excel is busy.") });
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    await screen.findByText("Reading the workbook failed. Excel is busy.");
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    await screen.findByText("The dashboard was not built");
    openTab("Home");
    const missing = [...document.querySelectorAll("[aria-labelledby], [aria-describedby]")].flatMap((el) =>
      ["aria-labelledby", "aria-describedby"].flatMap((attr) =>
        (el.getAttribute(attr) ?? "")
          .split(/\s+/)
          .filter((id) => id !== "" && document.getElementById(id) === null)
          .map((id) => `${el.tagName} ${attr}=${id}`),
      ),
    );
    expect(missing).toEqual([]);
    // No focusable element is hidden from assistive technology (axe aria-hidden-focus).
    const hiddenFocusable = [...document.querySelectorAll('[aria-hidden="true"]')].filter(
      (el) =>
        (el as HTMLElement).tabIndex >= 0 ||
        el.querySelector("[tabindex]:not([tabindex='-1']), button, input") !== null,
    );
    expect(hiddenFocusable.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  });

  it("after a build: headline numbers and a button to the dashboard", async () => {
    const gateway = await renderPane();
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Build dashboard" }));
    await screen.findByRole("heading", { name: /^Dashboard written/ });
    const report = analyseWorkbooks([RAW], {
      template: STANDARD_TEMPLATE,
      settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
    }).report;
    const numbers = screen.getByLabelText("Headline numbers as of 10/31/2026");
    const text = numbers.textContent ?? "";
    expect(text).toContain(`projects (${report.portfolio.active} active)${report.portfolio.projects}`);
    const rag = report.portfolio.ragReported;
    expect(text).toContain(`${rag.Green} / ${rag.Amber} / ${rag.Red}`);
    expect(text).toContain(`overdue milestones${report.milestones.overdue}`);
    fireEvent.click(screen.getByRole("button", { name: "Open the dashboard" }));
    await waitFor(() => expect(gateway.calls.activated).toEqual([SHEET_NAMES.dashboard]));
  });

  it("groups findings by Project Manager and steps through them with next/previous", async () => {
    const gateway = await renderPane();
    openTab("Validate");
    fireEvent.click(screen.getByRole("button", { name: "Check workbook" }));
    await screen.findByRole("heading", { level: 2, name: /findings:/ });
    fireEvent.change(screen.getByLabelText("Group by"), { target: { value: "manager" } });
    const groups = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
    expect(groups.at(-1)).toBe("No Project Manager findings");
    expect(groups.length).toBeGreaterThan(2);
    fireEvent.click(screen.getByRole("button", { name: "Next finding" }));
    expect(screen.getByText(`Finding 1 of ${FINDINGS.length}`)).toBeTruthy();
    const current = document.querySelector('[aria-current="true"]');
    expect(current?.closest("section")?.getAttribute("aria-label")).toBe(groups[0]);
    fireEvent.click(screen.getByRole("button", { name: "Previous finding" }));
    expect(screen.getByText(`Finding ${FINDINGS.length} of ${FINDINGS.length}`)).toBeTruthy();
    await waitFor(() => expect(gateway.calls.selected.length).toBeGreaterThan(0));
  });

  it("Help holds the first-run guide and the glossary, one tab away from every view", async () => {
    await renderPane();
    expect(screen.getByRole("list", { name: "Getting started" })).toBeTruthy();
    openTab("Settings");
    openTab("Help");
    for (const term of ["SPI", "CPI", "EAC", "RAG", "Watermelon"]) {
      expect(screen.getByText(new RegExp(`^${term}`), { selector: "dt" })).toBeTruthy();
    }
  });

  it("Remove PMO sheets asks first, then removes them in one call", async () => {
    const gateway = await renderPane({ owned: [...OWNED_SHEET_NAMES] });
    openTab("Build");
    fireEvent.click(screen.getByRole("button", { name: "Remove PMO sheets…" }));
    expect(gateway.calls.removed).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(gateway.calls.removed).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: "Remove PMO sheets…" }));
    expect(screen.getByText("Remove the PMO sheets?")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Remove" }));
    expect(await screen.findByText("Removed 8 PMO sheets. Your own sheets were not touched.")).toBeTruthy();
    expect(gateway.calls.removed).toBe(1);
  });
});
