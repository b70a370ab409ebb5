/**
 * The Office.js side of the pane's "Remove PMO sheets", "Add the example tracker" and remembered
 * build choices, against the Excel test double.
 */
import { insertSheets } from "../../src/excel/insertSheets";
import { OWNED_SHEETS_SETTING } from "../../src/excel/ownership";
import { removeOwnedSheets } from "../../src/excel/removeOwnedSheets";
import { RUN_CHOICES_KEY, loadRunChoices, parseRunChoices, saveRunChoices } from "../../src/excel/runChoices";
import { createFakeExcel, seedSheet } from "./support/fakeExcel";

function workbookWithPmoSheets() {
  const fake = createFakeExcel();
  seedSheet(fake.state, { name: "Projects", values: [["Project ID"], ["P-1"]] });
  const dashboard = seedSheet(fake.state, { name: "PMO Dashboard", values: [["KPIs"]] });
  const risks = seedSheet(fake.state, { name: "PMO Risks", values: [["Risks"]] });
  // The user's own sheet that happens to have a PMO name is not ours.
  seedSheet(fake.state, { name: "PMO Validation", values: [["my notes"]] });
  fake.state.settings.set(OWNED_SHEETS_SETTING, JSON.stringify([dashboard.id, risks.id]));
  return fake;
}

describe("removeOwnedSheets", () => {
  it("deletes exactly the owned sheets and empties the marker, in one sync after the read", async () => {
    const fake = workbookWithPmoSheets();
    const removed = await fake.run((context) => removeOwnedSheets(context, OWNED_SHEETS_SETTING));
    expect(removed).toEqual(["PMO Dashboard", "PMO Risks"]);
    expect(fake.state.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual([
      "Projects",
      "PMO Validation",
    ]);
    expect(fake.state.settings.get(OWNED_SHEETS_SETTING)).toBe("[]");
    expect(fake.syncs).toHaveLength(2);
  });

  it("removes nothing when the workbook has no PMO sheets", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "PMO Dashboard", values: [["mine"]] });
    expect(await fake.run((context) => removeOwnedSheets(context, OWNED_SHEETS_SETTING))).toEqual([]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["PMO Dashboard"]);
  });

  it("fails as a whole, with a sentence, when Excel refuses a delete", async () => {
    const fake = workbookWithPmoSheets();
    fake.failOperation("Worksheet.delete", "AccessDenied", 2);
    await expect(
      fake.run((context) => removeOwnedSheets(context, OWNED_SHEETS_SETTING)),
    ).rejects.toMatchObject({
      code: "access-denied",
      message: expect.stringMatching(
        /^Removing the PMO sheets failed\. The workbook or a sheet is protected/,
      ),
    });
  });
});

describe("insertSheets", () => {
  it("adds the sheets with free names, text stored as text, numbers with their format, and shows the first", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Projects", values: [["something else"]] });
    const names = await fake.run((context) =>
      insertSheets(context, [
        {
          name: "Projects",
          values: [
            ["Project ID", "Budget", "Start"],
            ['=HYPERLINK("x")', 1000, 46000],
          ],
          formats: [
            ["", "", ""],
            ["", "#,##0", "yyyy-mm-dd"],
          ],
        },
      ]),
    );
    expect(names).toEqual(["Projects (2)"]);
    const sheet = fake.state.sheets.find((s) => s.name === "Projects (2)");
    if (sheet === undefined) throw new Error("not added");
    const cell = (r: number, c: number) => sheet.cells.get(`${r},${c}`);
    expect(cell(2, 1)).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: "@" });
    expect(cell(2, 1)?.formula).toBeUndefined();
    expect(cell(2, 2)).toMatchObject({ value: 1000, numberFormat: "#,##0" });
    expect(cell(2, 3)).toMatchObject({ value: 46000, numberFormat: "yyyy-mm-dd" });
    expect(fake.state.activeSheetId).toBe(sheet.id);
  });
});

describe("run choices", () => {
  it("saves and loads the as-of date and portfolio name", async () => {
    const fake = createFakeExcel();
    await fake.run((context) => saveRunChoices(context, { asOf: "2026-11-30", portfolioName: "Q4" }));
    expect(fake.state.settings.get(RUN_CHOICES_KEY)).toBe('{"asOf":"2026-11-30","portfolioName":"Q4"}');
    expect(await fake.run((context) => loadRunChoices(context))).toEqual({
      asOf: "2026-11-30",
      portfolioName: "Q4",
    });
  });

  it("ignores what it cannot use", async () => {
    expect(parseRunChoices("{oops")).toEqual({ asOf: null, portfolioName: "" });
    expect(parseRunChoices('{"asOf":"30/11/2026","portfolioName":7}')).toEqual({
      asOf: null,
      portfolioName: "",
    });
    expect(await createFakeExcel().run((context) => loadRunChoices(context))).toEqual({
      asOf: null,
      portfolioName: "",
    });
  });
});
