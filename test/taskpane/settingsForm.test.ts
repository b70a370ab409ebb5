import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { parseStoredSettings } from "../../src/excel/settings";
import { draftFromSettings, settingsFromDraft } from "../../src/taskpane/settingsForm";

describe("settings form", () => {
  it("round-trips the settings, and what it produces is what the workbook reader accepts", () => {
    const draft = {
      ...draftFromSettings(DEFAULT_SETTINGS),
      currency: " eur ",
      projectId: " P-7 ",
      dateOrder: "DMY" as const,
    };
    const result = settingsFromDraft(draft);
    const expected = { ...DEFAULT_SETTINGS, currency: "EUR", projectId: "P-7", dateOrder: "DMY" };
    expect(result).toEqual({ settings: expected });
    expect(parseStoredSettings(JSON.stringify({ ...expected, asOf: "2026-10-31" })).problems).toEqual([]);
  });

  it("names each invalid field", () => {
    const draft = {
      ...draftFromSettings(DEFAULT_SETTINGS),
      currency: "Euro",
      ragGreen: "0.8",
      ragAmber: "0.9",
      staleDays: "3.5",
      minGroupSize: "0",
      hoursPerYear: "",
      historyPeriods: "0",
    };
    expect(settingsFromDraft(draft)).toEqual({
      errors: {
        currency: "Use a three-letter ISO code such as USD or EUR.",
        ragAmber: "Amber must not be above Green.",
        staleDays: "Enter a whole number.",
        minGroupSize: "Enter a number from 1 to 1000.",
        hoursPerYear: "Enter a number.",
        historyPeriods: "Enter a number from 1 to 120.",
      },
    });
  });

  it("leaves out an empty project ID", () => {
    const result = settingsFromDraft(draftFromSettings({ ...DEFAULT_SETTINGS, projectId: "P-1" }));
    expect(result).toEqual({ settings: { ...DEFAULT_SETTINGS, projectId: "P-1" } });
    expect(settingsFromDraft({ ...draftFromSettings(DEFAULT_SETTINGS), projectId: "  " })).toEqual({
      settings: DEFAULT_SETTINGS,
    });
  });
});
