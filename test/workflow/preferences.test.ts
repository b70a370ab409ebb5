import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { templateToJson } from "../../src/core/template/templateToJson";
import {
  preferencesFromStored,
  resolveTemplate,
  settingsFor,
  withColumnHeader,
  withSheetTable,
} from "../../src/workflow/preferences";
import { generatedAtText } from "../../src/core/plan/generatedAtText";
import { defaultAsOf } from "../../src/workflow/runDates";

const EMPTY = { settings: {}, mappingJson: null, templateJson: null, problems: [] };

describe("preferencesFromStored", () => {
  it("uses the defaults for a workbook that stored nothing", () => {
    expect(preferencesFromStored(EMPTY)).toEqual({
      prefs: { settings: DEFAULT_SETTINGS, mapping: { sheets: {} }, templateText: null },
      problems: [],
    });
  });

  it("keeps stored settings but not the stored as-of date", () => {
    const { prefs } = preferencesFromStored({ ...EMPTY, settings: { currency: "EUR", asOf: "2020-01-31" } });
    expect(prefs.settings).toEqual({ ...DEFAULT_SETTINGS, currency: "EUR" });
    expect(settingsFor(prefs, "2026-10-31")).toEqual({
      ...DEFAULT_SETTINGS,
      currency: "EUR",
      asOf: "2026-10-31",
    });
  });

  it("checks a stored mapping against the template", () => {
    const good = preferencesFromStored({
      ...EMPTY,
      mappingJson: '{"sheets": {"Proj": {"table": "projects"}}}',
    });
    expect(good.prefs.mapping).toEqual({ sheets: { Proj: { table: "projects" } } });
    const bad = preferencesFromStored({
      ...EMPTY,
      mappingJson: '{"sheets": {"Proj": {"table": "projcts"}}}',
    });
    expect(bad.prefs.mapping).toEqual({ sheets: {} });
    expect(bad.problems[0]).toContain('Stored sheet mapping: sheet "Proj": unknown table "projcts"');
  });

  it("falls back to the standard template with the reasons when the stored one is invalid", () => {
    const { prefs, problems } = preferencesFromStored({ ...EMPTY, templateJson: "{not json" });
    expect(prefs.templateText).toBeNull();
    expect(problems[0]).toContain("not valid; the PMO Standard Tracker is used");
    expect(problems[1]).toContain("Custom template: is not valid JSON");
  });

  it("passes the settings reader's problems through", () => {
    expect(preferencesFromStored({ ...EMPTY, problems: ["Stored setting x"] }).problems).toEqual([
      "Stored setting x",
    ]);
  });
});

describe("resolveTemplate", () => {
  it("parses a custom template and reports its errors by JSON path", () => {
    const custom = JSON.parse(templateToJson(STANDARD_TEMPLATE)) as { name: string };
    custom.name = "Our PMO";
    expect(resolveTemplate(JSON.stringify(custom)).template.name).toBe("Our PMO");
    const broken = resolveTemplate('{"name": "x", "version": "1", "tables": [{"key": "projects"}]}');
    expect(broken.template).toBe(STANDARD_TEMPLATE);
    expect(broken.errors.length).toBeGreaterThan(0);
    expect(broken.errors.every((e) => e.startsWith("Custom template: "))).toBe(true);
  });
});

describe("mapping edits", () => {
  it("maps a sheet to a table and back", () => {
    const mapped = withSheetTable({ sheets: {} }, "Proj list", "projects");
    expect(mapped).toEqual({ sheets: { "Proj list": { table: "projects" } } });
    expect(withSheetTable(mapped, "Proj list", null)).toEqual({ sheets: {} });
  });

  it("maps one header per column, replacing an earlier choice", () => {
    let m = withColumnHeader({ sheets: {} }, "Projects", "projects", "baselineFinish", "Planned End");
    m = withColumnHeader(m, "Projects", "projects", "baselineFinish", "Target Date");
    expect(m.sheets.Projects).toEqual({ table: "projects", columns: { "Target Date": "baselineFinish" } });
    m = withColumnHeader(m, "Projects", "projects", "baselineFinish", null);
    expect(m.sheets.Projects).toEqual({ table: "projects", columns: {} });
  });
});

describe("dates", () => {
  it("defaults the as-of date to the end of the previous month", () => {
    expect(defaultAsOf(new Date(2026, 10, 29, 9, 0))).toBe("2026-10-31");
    expect(defaultAsOf(new Date(2026, 2, 1, 0, 5))).toBe("2026-02-28");
    expect(defaultAsOf(new Date(2028, 2, 15))).toBe("2028-02-29");
    expect(defaultAsOf(new Date(2027, 0, 10))).toBe("2026-12-31");
  });

  it("writes the generated-at time in UTC", () => {
    expect(generatedAtText(new Date(Date.UTC(2026, 10, 29, 8, 15, 42)))).toBe("2026-11-29 08:15 UTC");
  });
});
