import { open, stat, type FileHandle } from "node:fs/promises";
import { basename } from "node:path";
import type { RawWorkbook } from "../core/model/raw";
import { formatBytes } from "../xlsx/limits";
import type { XlsxLimits } from "../xlsx/limits";
import { readXlsxBytesAsync, type XlsxReadOptions } from "../xlsx/readXlsxBytes";
import { WorkbookReadError } from "./workbookReadError";
import { NODE_READ_CODEC } from "./zip/nodeReadCodec";

/**
 * Largest file the CLI reads. A 20,000-project tracker is about 30 MB (the CLI checks the same bound first); a file far above that is
 * not a tracker, and reading it whole would only cost memory.
 */
export const MAX_XLSX_FILE_BYTES = 200 * 1024 ** 2;

function fileSystemReason(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  switch (code) {
    case "ENOENT":
      return "file not found";
    case "EISDIR":
      return "is a folder, not a workbook file";
    case "EACCES":
    case "EPERM":
      return "permission denied when opening the file";
    case "EBUSY":
      return "the file is locked by another program; close it and try again";
    default:
      return "the file could not be opened";
  }
}

/** From this size on, a file is read as two halves at once. */
const SPLIT_READ_BYTES = 4 * 1024 * 1024;

/** Reads `data[from, to)` from the file at the same offsets; returns where the bytes stopped. */
async function readRange(handle: FileHandle, data: Uint8Array, from: number, to: number): Promise<number> {
  let at = from;
  while (at < to) {
    const { bytesRead } = await handle.read(data, at, to - at, at);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
  return at;
}

/**
 * The file's bytes, from regular files only: a folder, a device such as /dev/zero or a named pipe
 * (which would block or never end) is refused before it is opened, and so is a file above the size
 * bound. The size is checked again on the open handle and the read never goes past it.
 */
export async function readRegularFile(path: string, fileName: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookReadError(fileName, "is a folder, not a workbook file");
    if (!info.isFile()) {
      throw new WorkbookReadError(
        fileName,
        "is not a regular file (a device, pipe or socket); give a saved .xlsx file",
      );
    }
    size = info.size;
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(fileName, fileSystemReason(error), error);
  }
  const tooLarge = (): WorkbookReadError =>
    new WorkbookReadError(
      fileName,
      `the file is larger than ${formatBytes(maxBytes)}, far more than a tracker holds; it is not read`,
    );
  if (size > maxBytes) throw tooLarge();
  try {
    const handle = await open(path, "r");
    try {
      const current = await handle.stat();
      if (!current.isFile())
        throw new WorkbookReadError(fileName, "is not a regular file; give a saved .xlsx file");
      if (current.size > maxBytes) throw tooLarge();
      const data = new Uint8Array(current.size);
      // Two halves read at once: most of a read's time is the kernel filling fresh memory pages,
      // which two pool threads do side by side (the 29 MB 20,000-project tracker: 103-109 ms in
      // one read, 59-68 ms in two).
      const half = data.length >= SPLIT_READ_BYTES ? data.length >>> 1 : data.length;
      const [first, second] = await Promise.all([
        readRange(handle, data, 0, half),
        readRange(handle, data, half, data.length),
      ]);
      // A file that shrank while it was read: what was read up to the first gap.
      const filled = first < half ? first : second;
      return filled === data.length ? data : data.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(fileName, fileSystemReason(error), error);
  }
}

/**
 * Reads an .xlsx workbook file into a RawWorkbook with the portable reader (src/xlsx). Throws
 * WorkbookReadError (one-line message naming the file) when the file is missing, not a regular
 * file, too large, or not a readable .xlsx.
 *
 * @example const workbook = await readXlsxFile("trackers/alpha.xlsx"); // workbook.file === "alpha.xlsx"
 */
export async function readXlsxFile(
  path: string,
  options: {
    fileName?: string;
    maxFileBytes?: number;
    limits?: XlsxLimits;
    onlySheets?: readonly string[];
  } = {},
): Promise<RawWorkbook> {
  const fileName = options.fileName ?? basename(path);
  const data = await readRegularFile(path, fileName, options.maxFileBytes ?? MAX_XLSX_FILE_BYTES);
  return readXlsxBuffer(
    data,
    fileName,
    options.limits,
    options.onlySheets === undefined ? {} : { onlySheets: options.onlySheets },
  );
}

/** Reads .xlsx bytes already in memory; throws WorkbookReadError when they are not a readable workbook. */
export async function readXlsxBuffer(
  data: Uint8Array,
  fileName: string,
  limits?: XlsxLimits,
  options: XlsxReadOptions = {},
): Promise<RawWorkbook> {
  const result = await readXlsxBytesAsync(data, fileName, NODE_READ_CODEC, limits, options);
  if (!result.ok) throw new WorkbookReadError(fileName, result.reason, result.cause);
  return result.workbook;
}
