import { rm, writeFile } from "fs/promises";
import type { TrackerSheets } from "../core/example/trackerSheets";
import { trackerXlsxBytes } from "../xlsx/write/tracker/trackerXlsx";
import { NODE_ZIP_CODEC } from "./zip/nodeZipCodec";

/**
 * Writes a `TrackerSheets` description as a real .xlsx file (see `trackerXlsxBytes` for what
 * each cell becomes), with Node's native zlib.
 *
 * @example
 * await writeTrackerXlsx(generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: "2026-11-30" }), "demo.xlsx");
 */
export async function writeTrackerXlsx(spec: TrackerSheets, path: string): Promise<void> {
  try {
    await writeFile(path, await trackerXlsxBuffer(spec));
  } catch (cause) {
    // Leave no half-written workbook behind for someone to open.
    await rm(path, { force: true });
    throw new Error(`Cannot write ${path}: ${messageOf(cause)}`, { cause });
  }
}

/** The same workbook as a Buffer (for tests and for callers that upload rather than save). */
export async function trackerXlsxBuffer(spec: TrackerSheets): Promise<Buffer> {
  const bytes = trackerXlsxBytes(spec, { codec: NODE_ZIP_CODEC });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
