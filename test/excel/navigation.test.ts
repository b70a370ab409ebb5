import { activateSheet, selectCell } from "../../src/excel/navigation";
import { createFakeExcel, seedSheet } from "./support/fakeExcel";

function twoSheets() {
  const fake = createFakeExcel();
  seedSheet(fake.state, { name: "Projects", values: [["Project ID"], ["P-1"]] });
  seedSheet(fake.state, { name: "Risk Register", values: [["Risk ID"], ["R-1"]] });
  return fake;
}

describe("navigation", () => {
  it("selects a finding's cell on its sheet in one sync, changing no content", async () => {
    const fake = twoSheets();
    const cells = fake.snapshot().sheets;
    await fake.run((context) => selectCell(context, "Risk Register", "A2"));
    expect(fake.state.selection?.address).toBe("'Risk Register'!A2");
    expect(fake.state.activeSheetId).toBe(fake.state.sheets[1]?.id);
    expect(fake.syncs).toHaveLength(1);
    expect(fake.snapshot().sheets).toEqual(cells);
  });

  it("activates a sheet by name, case-insensitively as Excel does", async () => {
    const fake = twoSheets();
    await fake.run((context) => activateSheet(context, "projects"));
    expect(fake.state.activeSheetId).toBe(fake.state.sheets[0]?.id);
  });

  it("names the sheet when it no longer exists", async () => {
    const fake = twoSheets();
    await expect(fake.run((context) => activateSheet(context, "PMO Risks"))).rejects.toMatchObject({
      name: "AppError",
      code: "item-not-found",
      message: expect.stringContaining('Showing the sheet "PMO Risks" failed'),
    });
  });

  it("refuses an address that is not one cell without calling Excel", async () => {
    const fake = twoSheets();
    await expect(fake.run((context) => selectCell(context, "Projects", "A1:B2"))).rejects.toMatchObject({
      code: "invalid-argument",
      message: expect.stringContaining('"A1:B2" is not a cell address'),
    });
    expect(fake.syncs).toHaveLength(0);
  });
});
