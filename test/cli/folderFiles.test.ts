/**
 * What a folder build reads: .xlsx and macro-enabled .xlsm trackers; the PMs' files in other
 * spreadsheet formats are named on stderr rather than dropped unseen.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { CliError } from "../../src/cli/cliError";
import { readInputs } from "../../src/cli/readInputs";
import { leftOutLine, type LeftOutFile } from "../../src/cli/folderFiles";
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";
import { pmTrackerSpec } from "../../scripts/bench/consolidateBench";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A PM tracker saved as Excel saves a macro-enabled workbook: its own main content type and a VBA project. */
async function macroEnabledTracker(pm: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await trackerXlsxBuffer(pmTrackerSpec(pm, "2026-10-31")));
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const macroTypes = types
    .replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    .replace(
      "</Types>",
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    );
  expect(macroTypes).toContain("macroEnabled.main+xml");
  zip.file("[Content_Types].xml", macroTypes);
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  zip.file("xl/vbaProject.bin", new Uint8Array([...OLE_SIGNATURE, ...new Array<number>(504).fill(0)]));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("a folder of PM files in several formats", () => {
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "pmo-pulse-formats-"));
    writeFileSync(join(folder, "a-north.xlsx"), await trackerXlsxBuffer(pmTrackerSpec(1, "2026-10-31")));
    writeFileSync(join(folder, "b-south.xlsm"), await macroEnabledTracker(2));
    writeFileSync(join(folder, "c-east.XLS"), new Uint8Array([...OLE_SIGNATURE, 0, 0]));
    writeFileSync(join(folder, "d-west.ods"), "PK");
    writeFileSync(join(folder, "e-export.csv"), "Project ID,Project Name\n");
    writeFileSync(join(folder, "notes.txt"), "minutes");
    writeFileSync(join(folder, "~$a-north.xlsx"), "lock");
    writeFileSync(join(folder, "~$c-east.xls"), "lock");
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads the .xlsx and the macro-enabled .xlsm, and names every other spreadsheet it leaves out", async () => {
    const leftOut: LeftOutFile[] = [];
    const inputs = await readInputs([folder], { onLeftOut: (file) => leftOut.push(file) });
    expect(inputs.workbooks.map((w) => w.file)).toEqual(["a-north.xlsx", "b-south.xlsm"]);
    expect(inputs.unreadable).toEqual([]);
    // The macro workbook's projects are read like any tracker's.
    const projectRows = inputs.workbooks.map(
      (w) => w.sheets.find((s) => s.name === "Projects")?.cells.height,
    );
    expect(projectRows[1]).toBe(projectRows[0]);
    expect(leftOut).toEqual([
      { path: join(folder, "c-east.XLS"), what: "an Excel 97-2003 workbook" },
      { path: join(folder, "d-west.ods"), what: "an OpenDocument spreadsheet" },
      { path: join(folder, "e-export.csv"), what: "a CSV file" },
    ]);
  });

  it("says each left-out file on stderr, without changing the run's outcome", async () => {
    let err = "";
    let out = "";
    const code = await runCli(["validate", folder, "--as-of", "2026-10-31"], {
      out: (text) => (out += text),
      err: (text) => (err += text),
      now: () => new Date("2026-11-02T08:15:00Z"),
    });
    expect(code).toBe(0);
    expect(err.split("\n")).toEqual([
      `pmo-pulse: Left out ${join(folder, "c-east.XLS")} (an Excel 97-2003 workbook): save it as .xlsx to include it.`,
      `pmo-pulse: Left out ${join(folder, "d-west.ods")} (an OpenDocument spreadsheet): save it as .xlsx to include it.`,
      `pmo-pulse: Left out ${join(folder, "e-export.csv")} (a CSV file): save it as .xlsx to include it.`,
      "",
    ]);
    expect(out).toMatch(/in 2 files \(as of 2026-10-31\)\.\n$/);
  });

  it("a folder with no tracker at all names what it does hold", async () => {
    const old = mkdtempSync(join(tmpdir(), "pmo-pulse-old-"));
    try {
      writeFileSync(join(old, "tracker.xls"), new Uint8Array(OLE_SIGNATURE));
      const failure = await readInputs([old]).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(CliError);
      expect((failure as CliError).message).toBe(
        `${old}: the folder has no .xlsx files; Left out ${join(old, "tracker.xls")} (an Excel 97-2003 workbook): save it as .xlsx to include it.`,
      );
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });
});

describe("a shared folder's links and sub-folders", () => {
  it("reads a tracker linked into the folder, and names a sub-folder holding trackers", async () => {
    const folder = mkdtempSync(join(tmpdir(), "pmo-pulse-links-"));
    const elsewhere = mkdtempSync(join(tmpdir(), "pmo-pulse-elsewhere-"));
    try {
      writeFileSync(join(folder, "a-north.xlsx"), await trackerXlsxBuffer(pmTrackerSpec(1, "2026-10-31")));
      writeFileSync(join(elsewhere, "south.xlsx"), await trackerXlsxBuffer(pmTrackerSpec(2, "2026-10-31")));
      symlinkSync(join(elsewhere, "south.xlsx"), join(folder, "b-south.xlsx"));
      // A dangling link: nothing to read, but said. An alias of a file already listed: read once, said.
      symlinkSync(join(elsewhere, "gone.xlsx"), join(folder, "c-gone.xlsx"));
      symlinkSync(join(folder, "a-north.xlsx"), join(folder, "d-north-alias.xlsx"));
      mkdirSync(join(folder, "late"));
      writeFileSync(
        join(folder, "late", "east.xlsx"),
        await trackerXlsxBuffer(pmTrackerSpec(3, "2026-10-31")),
      );
      mkdirSync(join(folder, "archive"));
      writeFileSync(join(folder, "archive", "notes.txt"), "old");
      const leftOut: LeftOutFile[] = [];
      const inputs = await readInputs([folder], { onLeftOut: (file) => leftOut.push(file) });
      // Before, the link was skipped without a word: the PM's projects went "Not reported".
      expect(inputs.workbooks.map((w) => w.file)).toEqual(["a-north.xlsx", "b-south.xlsx"]);
      expect(leftOut.map(leftOutLine)).toEqual([
        `Left out ${join(folder, "c-gone.xlsx")} (a link to a file that is not there): restore the file, or ` +
          "remove the link.",
        `Left out ${join(folder, "late")} (a sub-folder with 1 tracker): sub-folders are not read; move the files ` +
          "up, or give the sub-folder too.",
        `Left out ${join(folder, "d-north-alias.xlsx")} (the same file as ${join(folder, "a-north.xlsx")}): it is ` +
          "read once.",
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
