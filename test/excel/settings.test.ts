import type { Settings } from "../../src/core/model/settings";
import { loadWorkbookSettings, saveWorkbookSettings } from "../../src/excel/entryPoints";
import { SETTINGS_KEY, parseStoredSettings } from "../../src/excel/settings";
import { createFakeExcel } from "./support/fakeExcel";

const settings: Settings = {
  asOf: "2026-03-31",
  currency: "EUR",
  ragGreen: 0.95,
  ragAmber: 0.85,
  staleDays: 35,
  minGroupSize: 3,
  dateOrder: "DMY",
  hoursPerYear: 2080,
  historyPeriods: 24,
  projectId: "P-7",
};

describe("workbook settings", () => {
  it("saves and loads the settings with one sync each", async () => {
    const fake = createFakeExcel();
    await saveWorkbookSettings(settings, fake.run);
    expect(fake.state.settings.get(SETTINGS_KEY)).toBe(JSON.stringify(settings));
    const loaded = await loadWorkbookSettings(fake.run);
    expect(loaded).toEqual({ settings, problems: [] });
    expect(fake.syncs).toHaveLength(2);
  });

  it("loads nothing from a workbook that never stored settings", async () => {
    const fake = createFakeExcel();
    await expect(loadWorkbookSettings(fake.run)).resolves.toEqual({ settings: {}, problems: [] });
  });

  it("keeps the valid fields and names each invalid one", () => {
    const loaded = parseStoredSettings(
      JSON.stringify({
        currency: "euro",
        staleDays: 10,
        minGroupSize: 0,
        dateOrder: "YMD",
        asOf: "2026-02-30x",
      }),
    );
    expect(loaded.settings).toEqual({ staleDays: 10 });
    expect(loaded.problems).toEqual([
      'Stored setting "asOf" has an invalid value "2026-02-30x"; the default is used.',
      'Stored setting "currency" has an invalid value "euro"; the default is used.',
      'Stored setting "minGroupSize" has an invalid value 0; the default is used.',
      'Stored setting "dateOrder" has an invalid value "YMD"; the default is used.',
    ]);
  });

  it("drops RAG thresholds in the wrong order and survives text that is not JSON", () => {
    expect(parseStoredSettings({ ragGreen: 0.8, ragAmber: 0.9 }).settings).toEqual({});
    expect(parseStoredSettings("{oops").problems).toEqual([
      `The stored settings (${SETTINGS_KEY}) are not valid JSON; defaults are used.`,
    ]);
    expect(parseStoredSettings("[1]").settings).toEqual({});
  });

  it("reports a failed save as an AppError", async () => {
    const fake = createFakeExcel();
    fake.failOperation("SettingCollection.add", "AccessDenied");
    await expect(saveWorkbookSettings(settings, fake.run)).rejects.toMatchObject({ code: "access-denied" });
  });
});
