import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createOfficeGateway } from "../../src/workflow/gateway";
import { openNewTracker, writeTrackerBytes } from "../../src/workflow/trackerStructure";
import { readXlsxBytes } from "../../src/xlsx";
import { createFakeExcel, seedSheet } from "../excel/support/fakeExcel";
import { validateXlsx, validatorMissing } from "../support/ooxmlValidator";
import { rowOf } from "../support/rawGrid";

const PREFS = { settings: {}, mapping: { sheets: {} }, templateText: null } as never;

describe("New tracker through the Office gateway and the pane's own writer", () => {
  async function newTrackerPackage(): Promise<Buffer> {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Notes", values: [["keep me"]] });
    const before = fake.snapshot();
    const gateway = createOfficeGateway(fake.run, fake.createWorkbook);
    const sheets = await openNewTracker(gateway, PREFS, "PRJ-9", writeTrackerBytes);
    expect(sheets.slice(0, 2)).toEqual(["Instructions", "Projects"]);
    expect(fake.snapshot()).toEqual(before);
    return Buffer.from(fake.state.createdWorkbooks[0] ?? "", "base64");
  }

  it("opens a single-project tracker and leaves the open workbook as it was", async () => {
    const read = readXlsxBytes(await newTrackerPackage(), "tracker.xlsx");
    if (!read.ok) throw new Error(read.reason);
    expect(
      rowOf(
        read.workbook.sheets.find((s) => s.name === "Projects"),
        1,
      )[0],
    ).toBe("PRJ-9");
  });

  (validatorMissing === null ? it : it.skip)(
    `the package it opens passes validate-xlsx.sh -a${validatorMissing === null ? "" : ` — SKIPPED: ${validatorMissing}`}`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "pmo-new-tracker-"));
      try {
        writeFileSync(join(dir, "tracker.xlsx"), await newTrackerPackage());
        const { code, output } = await validateXlsx(join(dir, "tracker.xlsx"));
        expect(output).toMatch(/(\d+)\/\1 parts valid/);
        expect(code).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it("says what failed when Excel cannot open the new workbook, and changes nothing", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Notes", values: [["keep me"]] });
    const before = fake.snapshot();
    const refuse = () => Promise.reject(Object.assign(new Error("not supported"), { code: "ApiNotFound" }));
    const gateway = createOfficeGateway(fake.run, refuse);
    await expect(openNewTracker(gateway, PREFS, "", writeTrackerBytes)).rejects.toThrow("not supported");
    expect(fake.snapshot()).toEqual(before);
    expect(fake.state.createdWorkbooks).toEqual([]);
  });
});
