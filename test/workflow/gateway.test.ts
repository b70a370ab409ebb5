import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { SHEET_NAMES } from "../../src/core/plan/sheetNames";
import { SETTINGS_KEY } from "../../src/excel/settings";
import { MAPPING_KEY, TEMPLATE_KEY, createOfficeGateway } from "../../src/workflow/gateway";
import { createFakeExcel, seedSheet } from "../excel/support/fakeExcel";
import type { DashboardPlan } from "../../src/core/plan/types";
import { TEST_THEME, emptySheet } from "../excel/support/planFixtures";

function planWithSheets(names: readonly string[]): DashboardPlan {
  return { theme: TEST_THEME, sheets: names.map((n) => emptySheet(n)) };
}

describe("createOfficeGateway over the Excel test double", () => {
  it("saves settings, mapping and template in the workbook and loads them back", async () => {
    const fake = createFakeExcel();
    const gateway = createOfficeGateway(fake.run);
    const mappingJson = JSON.stringify({ sheets: { Proj: { table: "projects" } } });
    await gateway.saveSettings({
      settings: { ...DEFAULT_SETTINGS, asOf: "2026-10-31", currency: "EUR" },
      mappingJson,
      templateJson: '{"name": "x"}',
    });
    expect(fake.state.settings.get(MAPPING_KEY)).toBe(mappingJson);
    expect(fake.state.settings.has(SETTINGS_KEY)).toBe(true);
    await expect(gateway.loadSettings()).resolves.toEqual({
      settings: { ...DEFAULT_SETTINGS, asOf: "2026-10-31", currency: "EUR" },
      problems: [],
      mappingJson,
      templateJson: '{"name": "x"}',
    });
  });

  it("removes a stored mapping and template when they are cleared", async () => {
    const fake = createFakeExcel();
    fake.state.settings.set(MAPPING_KEY, "{}");
    fake.state.settings.set(TEMPLATE_KEY, "{}");
    const gateway = createOfficeGateway(fake.run);
    await gateway.saveSettings({
      settings: { ...DEFAULT_SETTINGS, asOf: "2026-10-31" },
      mappingJson: null,
      templateJson: null,
    });
    expect(fake.state.settings.has(MAPPING_KEY)).toBe(false);
    expect(fake.state.settings.has(TEMPLATE_KEY)).toBe(false);
    await expect(gateway.loadSettings()).resolves.toMatchObject({ mappingJson: null, templateJson: null });
  });

  it("reads the open workbook and writes the dashboard, reporting steps and showing the first sheet", async () => {
    const fake = createFakeExcel({ name: "Tracker.xlsx" });
    seedSheet(fake.state, { name: "Projects", values: [["Project ID"], ["P-1"]] });
    const gateway = createOfficeGateway(fake.run);
    const raw = await gateway.readWorkbook();
    expect(raw.file).toBe("Tracker.xlsx");
    expect(raw.sheets.map((s) => s.name)).toEqual(["Projects"]);
    const steps: string[] = [];
    const written = await gateway.writeDashboard(
      planWithSheets([SHEET_NAMES.dashboard, SHEET_NAMES.risks]),
      (s) => steps.push(s),
    );
    expect(written).toEqual({ sheets: [SHEET_NAMES.dashboard, SHEET_NAMES.risks] });
    expect(steps).toEqual(["Writing 2 sheets", `Showing ${SHEET_NAMES.dashboard}`]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "Projects",
      SHEET_NAMES.dashboard,
      SHEET_NAMES.risks,
    ]);
    expect(fake.state.activeSheetId).toBe(fake.state.sheets[1]?.id);
  });
});
