/**
 * Where Excel's documentation says real Excel differs from a naive double (issue 10, part A): each
 * test runs the adapter against the corrected double and fails on the adapter as it was.
 */
import type { DashboardPlan, SheetPlan } from "../../src/core/plan/types";
import { refreshOpenWorkbookDashboard } from "../../src/excel/entryPoints";
import { OWNED_SHEETS_SETTING } from "../../src/excel/ownership";
import { jsonBytes } from "../../src/excel/payload";
import { PENDING_SHEETS_SETTING } from "../../src/excel/refreshDashboard";
import * as requirements from "../../src/excel/requirements";
import { createFakeExcel, seedSheet } from "./support/fakeExcel";
import type { FakeExcel } from "./support/fakeExcel";
import { TEST_THEME, cell, emptySheet, projectListSheet } from "./support/planFixtures";

function plan(rows = 5): DashboardPlan {
  const dashboard: SheetPlan = {
    ...emptySheet("PMO Dashboard"),
    freeze: { rows: 2, cols: 0 },
    blocks: [{ row: 1, col: 1, cells: [[cell("Due"), cell(46023, undefined, "yyyy-mm-dd")]] }],
    print: { orientation: "landscape", fitToWidth: true, area: "A1:B1", onePage: true },
  };
  return { theme: TEST_THEME, sheets: [dashboard, projectListSheet("PMO Projects", rows)] };
}

function tracker(options: Parameters<typeof createFakeExcel>[0] = {}): FakeExcel {
  const fake = createFakeExcel({ name: "Tracker.xlsx", ...options });
  seedSheet(fake.state, { name: "Projects", values: [["Project ID"], ["P-1"]] });
  fake.state.activeSheetId = fake.state.sheets[0]?.id;
  return fake;
}

const byName = (fake: FakeExcel, name: string) => fake.state.sheets.find((s) => s.name === name);

describe("Office.js fidelity of the refresh", () => {
  it("writes dates in the open workbook's date system (1904: 1,462 days less)", async () => {
    const fake = tracker({ date1904: true });
    await refreshOpenWorkbookDashboard(plan(), {}, fake.run);
    expect(byName(fake, "PMO Dashboard")?.cells.get("1,2")?.value).toBe(46023 - 1462);
    const plain = tracker();
    await refreshOpenWorkbookDashboard(plan(), {}, plain.run);
    expect(byName(plain, "PMO Dashboard")?.cells.get("1,2")?.value).toBe(46023);
  });

  it("freezes each sheet's own panes, not the sheet the user has active (office-js#3148)", async () => {
    const fake = tracker();
    await refreshOpenWorkbookDashboard(plan(), {}, fake.run);
    expect(byName(fake, "PMO Dashboard")?.freeze).toEqual({ rows: 2, cols: 0 });
    expect(byName(fake, "PMO Projects")?.freeze).toEqual({ rows: 3, cols: 0 });
    expect(byName(fake, "Projects")?.freeze).toEqual({ rows: 0, cols: 0 });
    expect(fake.state.activeSheetId).toBe(byName(fake, "PMO Dashboard")?.id);
  });

  it("keeps a committed refresh when freezing fails", async () => {
    const fake = tracker();
    fake.failOperation("WorksheetFreezePanes.freezeRows", "GeneralException", 1);
    const written = await refreshOpenWorkbookDashboard(plan(), {}, fake.run);
    expect(written.map((s) => s.name)).toEqual(["PMO Dashboard", "PMO Projects"]);
    expect(fake.state.settings.get(OWNED_SHEETS_SETTING)).toBe(JSON.stringify(written.map((s) => s.id)));
  });

  it("sets only documented page zoom: fit to one page for the one-page sheet, nothing else", async () => {
    const fake = tracker();
    await refreshOpenWorkbookDashboard(plan(), {}, fake.run);
    expect(byName(fake, "PMO Dashboard")?.pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 1,
    });
    expect(byName(fake, "PMO Projects")?.pageLayout.zoom).toBeUndefined();
  });

  it("replaces owned sheets a user made very hidden (Excel cannot delete those as they are)", async () => {
    const fake = tracker();
    await refreshOpenWorkbookDashboard(plan(), {}, fake.run);
    const hidden = byName(fake, "PMO Projects");
    if (hidden) hidden.visibility = "VeryHidden";
    const again = await refreshOpenWorkbookDashboard(plan(), {}, fake.run);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Projects", "PMO Dashboard", "PMO Projects"]);
    expect(fake.state.sheets.every((s) => s.visibility === "Visible")).toBe(true);
    expect(again.map((s) => s.id)).not.toContain(hidden?.id);
  });

  it("deletes the temporary sheets a killed run left, and only those", async () => {
    const fake = tracker();
    // A run killed mid-write (the ribbon runtime closes ~5 minutes after the click) leaves these.
    seedSheet(fake.state, { name: "PMO Pulse new 1", values: [["half"]] });
    seedSheet(fake.state, { name: "PMO Pulse new 2", values: [["written"]] });
    seedSheet(fake.state, { name: "PMO Pulse new 7", values: [["a user's own sheet"]] });
    fake.state.settings.set(PENDING_SHEETS_SETTING, JSON.stringify(["PMO Pulse new 1", "PMO Pulse new 2"]));
    await refreshOpenWorkbookDashboard(plan(), {}, fake.run);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "Projects",
      "PMO Pulse new 7",
      "PMO Dashboard",
      "PMO Projects",
    ]);
    expect(fake.state.settings.has(PENDING_SHEETS_SETTING)).toBe(false);
  });

  it("records its temporary sheets with the first write, so a run killed after it can be cleaned", async () => {
    const fake = tracker();
    // The commit and the undo both fail: what a run killed after writing leaves behind.
    fake.failSync(3);
    fake.failSync(4);
    await refreshOpenWorkbookDashboard(plan(), {}, fake.run).catch(() => undefined);
    const left = fake.state.sheets.filter((s) => s.name.startsWith("PMO Pulse new")).map((s) => s.name);
    expect(left.length).toBeGreaterThan(0);
    expect(JSON.parse(String(fake.state.settings.get(PENDING_SHEETS_SETTING)))).toEqual(left);
    await refreshOpenWorkbookDashboard(plan(), {}, fake.run);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Projects", "PMO Dashboard", "PMO Projects"]);
  });

  it("suspends screen updating once per refresh, however many batches it writes", async () => {
    const fake = tracker();
    await refreshOpenWorkbookDashboard(plan(200), { budgetBytes: 3_000 }, fake.run);
    expect(fake.syncs.length).toBeGreaterThan(5);
    expect(fake.state.screenUpdatingSuspensions).toBe(1);
  });

  it("measures payload in UTF-8 bytes: non-ASCII text stays under the 5 MB request limit", async () => {
    // 1.3 M characters of three-byte text: under 4 MB as a string length, about 4 MB × 3 as bytes.
    const wide = "項目名".repeat(20);
    const rows = Array.from({ length: 22_000 }, (_, i) => [cell(`${wide}${i}`)]);
    const big: DashboardPlan = {
      theme: TEST_THEME,
      sheets: [{ ...emptySheet("PMO Projects"), blocks: [{ row: 1, col: 1, cells: rows }] }],
    };
    expect(jsonBytes(rows.map((r) => r[0]?.value))).toBeGreaterThan(3 * 1_300_000);
    const fake = tracker();
    await refreshOpenWorkbookDashboard(big, {}, fake.run);
    expect(fake.syncs.every((s) => !s.failed)).toBe(true);
    expect(byName(fake, "PMO Projects")?.cells.get("22000,1")?.value).toBe(`${wide}21999`);
  });

  it("splits a write batch Excel rejects as too large and sends the halves", async () => {
    const fake = tracker({ limits: { maxRequestBytes: 4_000, maxResponseBytes: 5 * 1024 * 1024 } });
    // 400 one-cell blocks: small steps that the 60 kB estimate packs together, past the host's 4 kB.
    const blocks = Array.from({ length: 400 }, (_, i) => ({
      row: i + 1,
      col: 1,
      cells: [[cell(`note ${i + 1}`)]],
    }));
    const many: DashboardPlan = { theme: TEST_THEME, sheets: [{ ...emptySheet("PMO Projects"), blocks }] };
    await refreshOpenWorkbookDashboard(many, { budgetBytes: 60_000 }, fake.run);
    expect(fake.syncs.some((s) => s.failed && s.errorCode === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(byName(fake, "PMO Projects")?.cells.get("400,1")?.value).toBe("note 400");
  });

  it("writes text through valuesAsJson where ExcelApi 1.16 is supported", async () => {
    const fake = tracker({ excelApiMinor: 16 });
    const untrusted: DashboardPlan = {
      theme: TEST_THEME,
      sheets: [
        { ...emptySheet("PMO Dashboard"), blocks: [{ row: 1, col: 1, cells: [[cell("=1+1"), cell("-2")]] }] },
      ],
    };
    await refreshOpenWorkbookDashboard(untrusted, { typedText: true }, fake.run);
    const sheet = byName(fake, "PMO Dashboard");
    expect(sheet?.cells.get("1,1")).toMatchObject({ value: "=1+1" });
    expect(sheet?.cells.get("1,1")?.formula).toBeUndefined();
    expect(sheet?.cells.get("1,2")?.value).toBe("-2");
  });

  it("keeps no dead requirement check: the manifest's minimum is the only export", () => {
    expect(Object.keys(requirements)).toEqual(["MINIMUM_REQUIREMENT_SET"]);
  });
});
