/**
 * @jest-environment jsdom
 *
 * The ribbon's function commands end to end: commands.ts as Excel loads it, over the Excel test
 * double holding the example tracker (with its planted errors). Checks what each button writes,
 * that the tracker's own sheets are untouched, what the message dialog says, and that every click
 * completes its event, after the dialog is dismissed.
 */
import { messageFromQuery } from "../../src/commands/messageQuery";
import { analyseWorkbooks } from "../../src/core/analyse";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import type { Settings } from "../../src/core/model/settings";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { OWNED_SHEET_NAMES, SHEET_NAMES } from "../../src/core/model/ownedSheets";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { OWNED_SHEETS_SETTING } from "../../src/excel/ownership";
import { createOfficeGateway } from "../../src/workflow/gateway";
import { defaultAsOf } from "../../src/workflow/runDates";
import type { FakeExcel } from "../excel/support/fakeExcel";
import { createFakeExcel, seedSheet } from "../excel/support/fakeExcel";
import type { FakeSheet } from "../excel/support/fakeState";
import { exampleRawWorkbook, exampleSeeds } from "../taskpane/support/exampleTracker";
import type { HostOptions, OfficeHost } from "./support/officeHost";
import { loadCommandsInHost } from "./support/officeHost";

const FILE = "Example PMO Tracker.xlsx";
const AS_OF = defaultAsOf(new Date());
const SPEC = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: AS_OF, withErrors: true });
const TRACKER_SHEETS = SPEC.sheets.map((s) => s.name);

/** What the engine finds in the tracker, computed here without Excel. */
function expectedValidation(settings: Omit<Settings, "asOf"> = DEFAULT_SETTINGS) {
  return analyseWorkbooks([exampleRawWorkbook(SPEC, FILE)], {
    template: STANDARD_TEMPLATE,
    settings: { ...settings, asOf: AS_OF },
  }).report.validation;
}

function trackerWorkbook(): FakeExcel {
  const fake = createFakeExcel({ name: FILE });
  exampleSeeds(SPEC).forEach((seed) => seedSheet(fake.state, seed));
  return fake;
}

let host: OfficeHost | undefined;
function inExcel(fake: FakeExcel, options?: HostOptions): OfficeHost {
  host = loadCommandsInHost(fake, options);
  return host;
}
afterEach(() => host?.restore());

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const names = (fake: FakeExcel) => fake.state.sheets.map((s) => s.name);
const sheet = (fake: FakeExcel, name: string): FakeSheet | undefined =>
  fake.state.sheets.find((s) => s.name === name);
const activeName = (fake: FakeExcel) =>
  fake.state.sheets.find((s) => s.id === fake.state.activeSheetId)?.name;
const trackerSnapshot = (fake: FakeExcel) =>
  fake.snapshot().sheets.filter((s) => TRACKER_SHEETS.includes(s.name));
const ownedIds = (fake: FakeExcel) =>
  JSON.parse(String(fake.state.settings.get(OWNED_SHEETS_SETTING))) as unknown;
const shown = (office: OfficeHost) =>
  office.dialogs.map((d) => ({ page: new URL(d.url).pathname, ...messageFromQuery(new URL(d.url).search) }));

describe("Refresh dashboard", () => {
  it("writes every PMO sheet after the tracker's, shows PMO Dashboard and leaves the tracker alone", async () => {
    const fake = trackerWorkbook();
    const tracker = trackerSnapshot(fake);
    const office = inExcel(fake);
    await office.click("refreshDashboard");
    expect(names(fake)).toEqual([...TRACKER_SHEETS, ...OWNED_SHEET_NAMES]);
    expect(activeName(fake)).toBe(SHEET_NAMES.dashboard);
    expect(trackerSnapshot(fake)).toEqual(tracker);
    expect(ownedIds(fake)).toEqual(fake.state.sheets.slice(TRACKER_SHEETS.length).map((s) => s.id));
    const { errors, warnings } = expectedValidation();
    expect(sheet(fake, SHEET_NAMES.validation)?.cells.get("2,1")?.value).toMatch(
      new RegExp(`^As of ${AS_OF}\\. ${count(errors, "error")}, ${count(warnings, "warning")},`),
    );
    // Success needs no message: the dashboard is on screen.
    expect(office.dialogs).toEqual([]);
    expect(office.log).toEqual(["completed"]);
  });

  it("replaces the earlier dashboard on a second click", async () => {
    const fake = trackerWorkbook();
    const office = inExcel(fake);
    await office.click("refreshDashboard");
    const firstIds = fake.state.sheets.map((s) => s.id);
    await office.click("refreshDashboard");
    expect(names(fake)).toEqual([...TRACKER_SHEETS, ...OWNED_SHEET_NAMES]);
    const secondIds = fake.state.sheets.slice(TRACKER_SHEETS.length).map((s) => s.id);
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
    expect(office.log).toEqual(["completed", "completed"]);
  });

  it("uses the settings stored in the workbook", async () => {
    const fake = trackerWorkbook();
    const stored = { ...DEFAULT_SETTINGS, staleDays: 10 };
    await createOfficeGateway(fake.run).saveSettings({
      settings: { ...stored, asOf: "2001-01-31" },
      mappingJson: null,
      templateJson: null,
    });
    await inExcel(fake).click("refreshDashboard");
    const { errors, warnings, infos } = expectedValidation(stored);
    expect(expectedValidation(stored)).not.toEqual(expectedValidation());
    // The stored as-of date is not reused: runs are as at the end of last month.
    expect(sheet(fake, SHEET_NAMES.validation)?.cells.get("2,1")?.value).toBe(
      `As of ${AS_OF}. ${count(errors, "error")}, ${count(warnings, "warning")}, ${count(infos, "note")}. ` +
        "Compliance: a project with no errors and an update within 10 days.",
    );
  });

  it("says when stored settings could not be used, and still refreshes", async () => {
    const fake = trackerWorkbook();
    fake.state.settings.set("PMOPulse.customTemplate", "{ not a template");
    const office = inExcel(fake);
    await office.click("refreshDashboard");
    expect(names(fake)).toEqual([...TRACKER_SHEETS, ...OWNED_SHEET_NAMES]);
    expect(shown(office)).toEqual([
      {
        page: "/message.html",
        kind: "info",
        title: "Dashboard refreshed",
        text: expect.stringMatching(/^Some settings stored in this workbook could not be used/),
      },
    ]);
    expect(office.log).toEqual(["dialog opened", "completed"]);
  });
});

describe("Validate", () => {
  it("writes only PMO Validation, links findings to their cells and shows the summary", async () => {
    const fake = trackerWorkbook();
    const tracker = trackerSnapshot(fake);
    const office = inExcel(fake);
    await office.click("validateWorkbook");
    expect(names(fake)).toEqual([...TRACKER_SHEETS, SHEET_NAMES.validation]);
    expect(activeName(fake)).toBe(SHEET_NAMES.validation);
    expect(trackerSnapshot(fake)).toEqual(tracker);
    const expected = expectedValidation();
    expect(expected.errors).toBeGreaterThan(0);
    expect(shown(office)).toEqual([
      {
        page: "/message.html",
        kind: "info",
        title: "Validation",
        text: `${count(expected.errors, "error")}, ${count(expected.warnings, "warning")} — see PMO Validation`,
      },
    ]);
    // One link per finding that has a cell, each to that cell of this workbook.
    const links = [...(sheet(fake, SHEET_NAMES.validation)?.cells.values() ?? [])].flatMap((c) =>
      c.hyperlink?.documentReference !== undefined ? [c.hyperlink.documentReference] : [],
    );
    const located = expected.findings.filter((f) => f.sheet !== "" && f.cell !== "");
    expect(links).toHaveLength(located.length);
    expect(new Set(links.map((l) => l.replace(/^'?(.*?)'?!.*$/, "$1")))).toEqual(
      new Set(located.map((f) => f.sheet)),
    );
    expect(office.log).toEqual(["dialog opened", "completed"]);
    // The user presses OK after the command completed; the dialog's handler closes it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(office.dialogs[0]?.closedByCommand).toBe(true);
  });

  it("replaces PMO Validation after a refresh and leaves the other PMO sheets in place", async () => {
    const fake = trackerWorkbook();
    const office = inExcel(fake);
    await office.click("refreshDashboard");
    const before = fake.snapshot().sheets;
    const oldValidation = sheet(fake, SHEET_NAMES.validation)?.id;
    // A stricter staleness setting changes the findings, so the new sheet must differ from the old.
    await createOfficeGateway(fake.run).saveSettings({
      settings: { ...DEFAULT_SETTINGS, asOf: AS_OF, staleDays: 10 },
      mappingJson: null,
      templateJson: null,
    });
    await office.click("validateWorkbook");
    expect(names(fake)).toEqual([...TRACKER_SHEETS, ...OWNED_SHEET_NAMES]);
    const kept = (s: { name: string }) => s.name !== SHEET_NAMES.validation;
    expect(fake.snapshot().sheets.filter(kept)).toEqual(before.filter(kept));
    const validation = sheet(fake, SHEET_NAMES.validation);
    expect(validation?.id).not.toBe(oldValidation);
    expect(validation?.cells.get("2,1")?.value).toMatch(/update within 10 days\.$/);
    expect(ownedIds(fake)).toEqual([
      ...fake.state.sheets.filter((s) => OWNED_SHEET_NAMES.includes(s.name) && kept(s)).map((s) => s.id),
      validation?.id,
    ]);
    const { errors, warnings } = expectedValidation({ ...DEFAULT_SETTINGS, staleDays: 10 });
    expect(shown(office).map((m) => m.text)).toEqual([
      `${count(errors, "error")}, ${count(warnings, "warning")} — see PMO Validation`,
    ]);
    expect(activeName(fake)).toBe(SHEET_NAMES.validation);
  });

  it("completes when the user closes the dialog with its close box", async () => {
    const fake = trackerWorkbook();
    const office = inExcel(fake, { dismissWith: "closeBox" });
    await office.click("validateWorkbook");
    expect(office.log).toEqual(["dialog opened", "completed"]);
    expect(office.dialogs[0]?.closedByCommand).toBe(false);
  });

  it("completes once the workbook is written while the message stays up (the runtime closes ~5 minutes after a click)", async () => {
    const fake = trackerWorkbook();
    const office = inExcel(fake, { dismissWith: "never" });
    await office.click("refreshDashboard");
    await office.click("validateWorkbook");
    // Refresh has no message when all is well; Validate's summary is still open when it completes.
    expect(office.log).toEqual(["completed", "dialog opened", "completed"]);
    expect(office.dialogs.every((d) => !d.closedByCommand)).toBe(true);
    expect(names(fake)).toContain(SHEET_NAMES.validation);
  });

  it("still validates and completes where Excel has no dialogs (DialogApi 1.1 missing)", async () => {
    const fake = trackerWorkbook();
    const office = inExcel(fake, { dialogApi: false });
    await office.click("validateWorkbook");
    expect(names(fake)).toEqual([...TRACKER_SHEETS, SHEET_NAMES.validation]);
    expect(office.dialogs).toEqual([]);
    expect(office.log).toEqual(["completed"]);
  });
});

describe("a failed sync", () => {
  /** Syncs of one click that come before the written sheets are committed (the last is the commit). */
  async function syncsUntilCommit(command: string): Promise<number> {
    const fake = trackerWorkbook();
    const office = inExcel(fake);
    await office.click(command);
    office.restore();
    // The commit renames the new sheets; the syncs after it (frozen panes, showing the written sheet)
    // cannot undo a complete result, so a failure there leaves it in place.
    const commits = fake.syncs.filter((s) => s.operations.includes("Worksheet.name"));
    return commits[commits.length - 1]?.index ?? 0;
  }

  it.each([
    ["refreshDashboard", "Refresh dashboard failed"],
    ["validateWorkbook", "Validate failed"],
  ])(
    "leaves the workbook unchanged and says why (%s), at every sync up to the commit",
    async (command, title) => {
      const total = await syncsUntilCommit(command);
      expect(total).toBeGreaterThanOrEqual(5);
      for (let at = 1; at <= total; at++) {
        const fake = trackerWorkbook();
        const before = fake.snapshot();
        fake.failSync(at, { code: "AccessDenied" });
        const office = inExcel(fake);
        await office.click(command);
        office.restore();
        expect(fake.snapshot()).toEqual(before);
        expect(shown(office)).toEqual([
          {
            page: "/message.html",
            kind: "error",
            title,
            text: expect.stringMatching(/failed\. The workbook or a sheet is protected or read-only\./),
          },
        ]);
        expect(office.log).toEqual(["dialog opened", "completed"]);
      }
    },
  );
});
