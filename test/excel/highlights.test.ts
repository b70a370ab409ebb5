import {
  HIGHLIGHT_FILLS,
  HIGHLIGHT_FORMULA,
  MAX_HIGHLIGHTS,
  clearHighlights,
  highlightCells,
} from "../../src/excel/highlights";
import { createFakeExcel, seedSheet } from "./support/fakeExcel";
import type { FakeExcel } from "./support/fakeExcel";

/** A tracker sheet where the PM filled B2 yellow and has their own conditional format on C2:C3. */
function trackerWithUserFormatting(): FakeExcel {
  const fake = createFakeExcel();
  const sheet = seedSheet(fake.state, {
    name: "Projects",
    values: [
      ["Project ID", "Budget", "% Complete"],
      ["P-1", 1000, 0.5],
      ["P-1", -5, 2],
    ],
  });
  const b2 = sheet.cells.get("2,2");
  if (b2 === undefined) throw new Error("seed");
  b2.format.fill = "#FFFF00";
  sheet.conditionalFormats.push({
    type: "CellValue",
    sheet,
    bounds: { top: 2, left: 3, bottom: 3, right: 3 },
    settings: { "cellValue.rule": { operator: "GreaterThan", formula1: "1" } },
  });
  seedSheet(fake.state, { name: "Risks", values: [["Risk ID"], ["R-1"]] });
  return fake;
}

describe("highlightCells / clearHighlights", () => {
  it("adds one marked conditional format per cell with the severity's fill, leaving the cells' own formats alone", async () => {
    const fake = trackerWithUserFormatting();
    const cellsBefore = JSON.stringify(fake.snapshot().sheets.map((s) => s.cells));
    const result = await fake.run((context) =>
      highlightCells(context, [
        { sheet: "Projects", cell: "B2", severity: "warning" },
        { sheet: "Projects", cell: "B2", severity: "error" },
        { sheet: "Projects", cell: "A3", severity: "info" },
        { sheet: "Gone", cell: "A1", severity: "error" },
      ]),
    );
    expect(result).toEqual({ highlighted: 2, skipped: 1 });
    const projects = fake.state.sheets[0];
    const ours = projects?.conditionalFormats.filter((cf) => cf.type === "Custom") ?? [];
    expect(ours.map((cf) => [cf.bounds, cf.settings])).toEqual([
      [
        { top: 2, left: 2, bottom: 2, right: 2 },
        { "custom.rule.formula": HIGHLIGHT_FORMULA, "custom.format.fill.color": HIGHLIGHT_FILLS.error },
      ],
      [
        { top: 3, left: 1, bottom: 3, right: 1 },
        { "custom.rule.formula": HIGHLIGHT_FORMULA, "custom.format.fill.color": HIGHLIGHT_FILLS.info },
      ],
    ]);
    expect(JSON.stringify(fake.snapshot().sheets.map((s) => s.cells))).toBe(cellsBefore);
  });

  it("restores the workbook exactly: the user's fill and conditional format survive highlight + clear", async () => {
    const fake = trackerWithUserFormatting();
    const before = fake.snapshot();
    await fake.run((context) =>
      highlightCells(context, [
        { sheet: "Projects", cell: "B2", severity: "error" },
        { sheet: "Projects", cell: "C3", severity: "warning" },
        { sheet: "Risks", cell: "A2", severity: "info" },
      ]),
    );
    expect(fake.snapshot()).not.toEqual(before);
    const removed = await fake.run((context) => clearHighlights(context));
    expect(removed).toBe(3);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.state.sheets[0]?.cells.get("2,2")?.format.fill).toBe("#FFFF00");
  });

  it("replaces earlier highlights instead of stacking them", async () => {
    const fake = trackerWithUserFormatting();
    const cells = [{ sheet: "Projects", cell: "A2", severity: "error" as const }];
    await fake.run((context) => highlightCells(context, cells));
    await fake.run((context) => highlightCells(context, cells));
    expect(fake.state.sheets[0]?.conditionalFormats.filter((cf) => cf.type === "Custom")).toHaveLength(1);
  });

  it("highlights at most MAX_HIGHLIGHTS cells, errors first", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Big", values: [["x"]] });
    const many = Array.from({ length: MAX_HIGHLIGHTS + 20 }, (_, i) => ({
      sheet: "Big",
      cell: `A${i + 1}`,
      severity: i < 20 ? ("info" as const) : ("error" as const),
    }));
    const result = await fake.run((context) => highlightCells(context, many));
    expect(result).toEqual({ highlighted: MAX_HIGHLIGHTS, skipped: 20 });
    const fills = fake.state.sheets[0]?.conditionalFormats.map(
      (cf) => cf.settings["custom.format.fill.color"],
    );
    expect(new Set(fills)).toEqual(new Set([HIGHLIGHT_FILLS.error]));
  });

  it("clears nothing (and no sync to delete) when there are no highlights", async () => {
    const fake = trackerWithUserFormatting();
    const before = fake.snapshot();
    await expect(fake.run((context) => clearHighlights(context))).resolves.toBe(0);
    expect(fake.snapshot()).toEqual(before);
  });

  it("reports a failed sync as an AppError naming the action", async () => {
    const fake = trackerWithUserFormatting();
    fake.failSync(1, { code: "AccessDenied" });
    await expect(fake.run((context) => clearHighlights(context))).rejects.toMatchObject({
      name: "AppError",
      code: "access-denied",
      message: expect.stringContaining("Clearing the highlights failed"),
    });
  });
});
