import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { SHEET_NAMES } from "../../src/core/model/ownedSheets";
import { SETTINGS_KEY } from "../../src/excel/settings";
import { MAPPING_KEY, TEMPLATE_KEY, createOfficeGateway } from "../../src/workflow/gateway";
import { createFakeExcel, seedSheet } from "../excel/support/fakeExcel";
import type { DashboardPlan } from "../../src/core/plan/types";
import { TEST_THEME, cell, emptySheet } from "../excel/support/planFixtures";

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

  it("refuses a template too large to store safely, with a clear message, and keeps the stored one", async () => {
    const fake = createFakeExcel();
    fake.state.settings.set(TEMPLATE_KEY, '{"name": "kept"}');
    const gateway = createOfficeGateway(fake.run);
    // 600 KB: under the double's 1 MB store limit (office-js#621, #3957 report failures from ~1 MB),
    // above the bound PMO Pulse keeps to.
    const huge = JSON.stringify({ name: "big", aliases: "x".repeat(600 * 1024) });
    const error = await gateway
      .saveSettings({
        settings: { ...DEFAULT_SETTINGS, asOf: "2026-10-31" },
        mappingJson: null,
        templateJson: huge,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "invalid-settings" });
    expect((error as Error).message).toMatch(
      /^The custom template is 601 KB; a workbook can safely store at most 256 KB/,
    );
    expect(fake.state.settings.get(TEMPLATE_KEY)).toBe('{"name": "kept"}');
  });

  it("writes text as typed values only where Office says ExcelApi 1.16 is supported", async () => {
    for (const minor of [9, 16]) {
      const fake = createFakeExcel({ excelApiMinor: minor });
      seedSheet(fake.state, { name: "Projects", values: [["Project ID"]] });
      const gateway = createOfficeGateway(
        fake.run,
        () => Promise.resolve(),
        (name, version) => name === "ExcelApi" && minor >= Number(version.split(".")[1]),
      );
      const sheet = {
        ...emptySheet(SHEET_NAMES.dashboard),
        blocks: [{ row: 1, col: 1, cells: [[cell("=1+1")]] }],
      };
      await gateway.writeDashboard({ theme: TEST_THEME, sheets: [sheet] });
      expect(fake.state.sheets[1]?.cells.get("1,1")?.formula).toBeUndefined();
      const ops = fake.syncs.flatMap((s) => s.operations);
      expect(ops.includes("Range.valuesAsJson")).toBe(minor === 16);
    }
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
