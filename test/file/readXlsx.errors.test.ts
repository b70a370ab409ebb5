import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { readRegularFile, readXlsxBuffer, readXlsxFile } from "../../src/file/readXlsx";
import { WorkbookReadError } from "../../src/file/workbookReadError";
import { valuesOf } from "../support/rawGrid";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pmo-read-errors-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readError(read: () => Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await read();
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error("expected a WorkbookReadError");
}

async function fileError(name: string, content: Buffer | string): Promise<WorkbookReadError> {
  const path = join(dir, name);
  await writeFile(path, content);
  return readError(() => readXlsxFile(path));
}

/** The first bytes of a Compound File (old .xls and encrypted OOXML are both this container). */
function compoundFile(streamName: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([header, Buffer.from(streamName, "utf16le"), Buffer.alloc(64)]);
}

async function validXlsx(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.addWorksheet("Projects").getCell("A1").value = "Project ID";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("files that are not readable .xlsx workbooks", () => {
  test("a missing file", async () => {
    const error = await readError(() => readXlsxFile(join(dir, "budget.xlsx")));
    expect(error.file).toBe("budget.xlsx");
    expect(error.message).toBe("budget.xlsx: file not found");
  });

  test("a folder", async () => {
    const error = await readError(() => readXlsxFile(dir, { fileName: "trackers" }));
    expect(error.message).toBe("trackers: is a folder, not a workbook file");
  });

  test("an empty file", async () => {
    const error = await fileError("empty.xlsx", Buffer.alloc(0));
    expect(error.message).toBe("empty.xlsx: the file is empty (0 bytes)");
  });

  test("a CSV file renamed .xlsx", async () => {
    const error = await fileError("budget.xlsx", "Project ID,Budget\nP-1,1200\n");
    expect(error.file).toBe("budget.xlsx");
    expect(error.message).toBe(
      "budget.xlsx: not an .xlsx workbook (it looks like a text or CSV file); save it as .xlsx",
    );
  });

  test("an old .xls file renamed .xlsx", async () => {
    const error = await fileError("old.xlsx", compoundFile("Workbook"));
    expect(error.message).toBe(
      "old.xlsx: not an .xlsx workbook (it looks like an old .xls file); save it as .xlsx",
    );
  });

  test("a password-protected workbook", async () => {
    const error = await fileError("locked.xlsx", compoundFile("EncryptedPackage"));
    expect(error.message).toBe(
      "locked.xlsx: the workbook is password-protected; remove the password in Excel and save it again",
    );
  });

  test("an unknown binary file", async () => {
    const error = await fileError("photo.xlsx", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    expect(error.message).toBe("photo.xlsx: not an .xlsx workbook; save it as .xlsx");
  });

  test("a truncated (corrupt) .xlsx", async () => {
    const whole = await validXlsx();
    const error = await fileError("cut.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
    expect(error.message).toBe(
      "cut.xlsx: the file is damaged or not a valid .xlsx workbook; open it in Excel and save it again",
    );
    expect(error.cause).toBeDefined();
  });

  test("a zip archive that holds no workbook, and a Word document", async () => {
    const plain = new JSZip();
    plain.file("readme.txt", "hello");
    const plainError = await readError(async () =>
      readXlsxBuffer(await plain.generateAsync({ type: "nodebuffer" }), "archive.xlsx"),
    );
    expect(plainError.message).toBe(
      "archive.xlsx: not an .xlsx workbook (it is a zip archive without a workbook inside)",
    );
    const word = new JSZip();
    word.file("word/document.xml", "<w:document/>");
    const wordError = await readError(async () =>
      readXlsxBuffer(await word.generateAsync({ type: "nodebuffer" }), "report.xlsx"),
    );
    expect(wordError.message).toBe("report.xlsx: not an .xlsx workbook (it looks like a Word document)");
  });

  test("a workbook part that is not well-formed XML", async () => {
    const zip = await JSZip.loadAsync(await validXlsx());
    zip.file("xl/workbook.xml", '<workbook><sheets><sheet name="A & B"</sheets>');
    const data = await zip.generateAsync({ type: "nodebuffer" });
    const error = await readError(() => readXlsxBuffer(data, "broken.xlsx"));
    expect(error.message).toBe(
      "broken.xlsx: the file is damaged or not a valid .xlsx workbook; open it in Excel and save it again",
    );
  });

  test("a device such as /dev/zero is refused without reading it", async () => {
    if (!existsSync("/dev/zero")) return;
    const error = await readError(() => readXlsxFile("/dev/zero", { fileName: "zero.xlsx" }));
    expect(error.message).toBe(
      "zero.xlsx: is not a regular file (a device, pipe or socket); give a saved .xlsx file",
    );
  });

  test("a named pipe is refused instead of waiting for a writer", async () => {
    const pipe = join(dir, "pipe.xlsx");
    try {
      execFileSync("mkfifo", [pipe]);
    } catch {
      console.warn("skipped: mkfifo is not available here");
      return;
    }
    const error = await readError(() => readXlsxFile(pipe));
    expect(error.message).toBe(
      "pipe.xlsx: is not a regular file (a device, pipe or socket); give a saved .xlsx file",
    );
  });

  test("a file above the size bound is not read", async () => {
    const path = join(dir, "big.xlsx");
    await writeFile(path, await validXlsx());
    const error = await readError(() => readXlsxFile(path, { maxFileBytes: 100 }));
    expect(error.message).toBe(
      "big.xlsx: the file is larger than 100 bytes, far more than a tracker holds; it is not read",
    );
  });

  test("bytes in front of a zip are named as such, not as a text file", async () => {
    const error = await fileError("glued.xlsx", Buffer.concat([Buffer.from("MZ junk"), await validXlsx()]));
    expect(error.message).toBe(
      "glued.xlsx: the file has 7 bytes of other data in front of the workbook, so it is damaged or was altered; " +
        "open the original in Excel and save it again",
    );
  });

  test("the same bytes read fine once they are a real workbook", async () => {
    const book = await readXlsxBuffer(await validXlsx(), "ok.xlsx");
    expect(valuesOf(book.sheets[0])).toEqual([["Project ID"]]);
  });
});

describe("reading the file's bytes", () => {
  it("gives every byte of a file read as two halves at once, and of a small one read whole", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pmo-read-"));
    try {
      for (const size of [5 * 1024 * 1024 + 7, 4 * 1024 * 1024, 1000, 0]) {
        // A pattern that differs at every offset, so a half read into the wrong place shows.
        const bytes = new Uint8Array(size);
        for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >>> 12)) & 0xff;
        const path = join(dir, `f${size}.bin`);
        await writeFile(path, bytes);
        const read = await readRegularFile(path, `f${size}.bin`, 200 * 1024 * 1024);
        expect(read.length).toBe(size);
        expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
