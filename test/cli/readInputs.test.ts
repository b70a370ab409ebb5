import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../../src/cli/readInputs";
import { CliError } from "../../src/cli/cliError";
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";
import { pmTrackerSpec } from "../../scripts/bench/consolidateBench";

// Several small files are read at once: what the run gets must not depend on which read ends first.
describe("readInputs over many files", () => {
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "pmo-pulse-inputs-"));
    for (let pm = 1; pm <= 9; pm++) {
      // Files of different sizes, so their reads end in another order than they start.
      const bytes = await trackerXlsxBuffer(pmTrackerSpec(pm, "2026-10-31"));
      writeFileSync(join(folder, `pm-${pm}.xlsx`), bytes);
    }
    writeFileSync(join(folder, "pm-4b-broken.xlsx"), "Project ID,Name\n");
    writeFileSync(join(folder, "pm-7b-broken.xlsx"), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("keeps the files' order, and each broken file is one finding in its place", async () => {
    const inputs = await readInputs([folder]);
    expect(inputs.workbooks.map((w) => w.file)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((pm) => `pm-${pm}.xlsx`),
    );
    expect(inputs.sources.map((s) => s.file)).toEqual([
      "pm-1.xlsx",
      "pm-2.xlsx",
      "pm-3.xlsx",
      "pm-4.xlsx",
      "pm-4b-broken.xlsx",
      "pm-5.xlsx",
      "pm-6.xlsx",
      "pm-7.xlsx",
      "pm-7b-broken.xlsx",
      "pm-8.xlsx",
      "pm-9.xlsx",
    ]);
    expect(inputs.unreadable.map((f) => f.file)).toEqual(["pm-4b-broken.xlsx", "pm-7b-broken.xlsx"]);
    // Every PM's projects were read whole: 7 per file.
    const projects = inputs.workbooks.map((w) => w.sheets.find((s) => s.name === "Projects")?.cells.height);
    expect(new Set(projects).size).toBe(1);
    expect(projects[0]).toBeGreaterThan(7);
  });

  it("when no file can be read, stops with the first file's reason, not the first read to fail", async () => {
    const broken = mkdtempSync(join(tmpdir(), "pmo-pulse-broken-"));
    try {
      // The first file is larger, so a read that ends first would be the second's.
      writeFileSync(join(broken, "a.xlsx"), new Uint8Array(64 * 1024).fill(7));
      writeFileSync(join(broken, "b.xlsx"), "Project ID,Name\n");
      const failure = await readInputs([broken]).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(CliError);
      expect((failure as CliError).message).toMatch(/^a\.xlsx: /);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
