import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { createOfficeGateway } from "../../src/workflow/gateway";
import { openNewTracker, writeTrackerBytes } from "../../src/workflow/trackerStructure";
import { readXlsxBytes } from "../../src/xlsx";
import { createFakeExcel, seedSheet } from "../excel/support/fakeExcel";

const PREFS = { settings: {}, mapping: { sheets: {} }, templateText: null } as never;
const VALIDATOR = join(__dirname, "../../../shared/tools/ooxml-check/validate-xlsx.sh");

describe("New tracker through the Office gateway and the pane's own writer", () => {
  it("opens a schema-valid single-project tracker and leaves the open workbook as it was", async () => {
    const fake = createFakeExcel();
    seedSheet(fake.state, { name: "Notes", values: [["keep me"]] });
    const before = fake.snapshot();
    const gateway = createOfficeGateway(fake.run, fake.createWorkbook);
    const sheets = await openNewTracker(gateway, PREFS, "PRJ-9", writeTrackerBytes);
    expect(sheets.slice(0, 2)).toEqual(["Instructions", "Projects"]);
    expect(fake.snapshot()).toEqual(before);
    const bytes = Buffer.from(fake.state.createdWorkbooks[0] ?? "", "base64");
    const read = readXlsxBytes(bytes, "tracker.xlsx");
    if (!read.ok) throw new Error(read.reason);
    expect(read.workbook.sheets.find((s) => s.name === "Projects")?.values[1]?.[0]).toBe("PRJ-9");
    if (!existsSync(VALIDATOR)) {
      console.warn(`skipped the schema check: ${VALIDATOR} is missing`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "pmo-new-tracker-"));
    try {
      writeFileSync(join(dir, "tracker.xlsx"), bytes);
      expect(execFileSync(VALIDATOR, ["-a", join(dir, "tracker.xlsx")], { encoding: "utf8" })).toMatch(
        /(\d+)\/\1 parts valid/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

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
