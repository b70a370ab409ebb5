import { basename } from "node:path";
import type { RawWorkbook } from "../core/model/raw";
import { readXlsxFile } from "../file/readXlsx";
import { WorkbookReadError } from "../file/workbookReadError";
import { CliError } from "./cliError";
import { identityOf, statOrNull } from "./fileIdentity";

/**
 * The largest tracker file read: far above any real tracker (20,000 projects and 500,000
 * allocations are about 30 MB), well below what exhausts memory while unzipping.
 */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/**
 * Only regular files of a sane size are opened: a device (`/dev/zero`) would be read forever and a
 * named pipe would block. A path that does not exist is left to the reader's own message.
 */
async function checkInputFile(path: string, seen: Map<string, string>): Promise<void> {
  const stats = await statOrNull(path);
  if (stats === null) return;
  if (stats.isDirectory()) return; // the reader says "is a folder"
  if (!stats.isFile()) {
    throw new CliError(`${path}: not a regular file (a device, pipe or socket); give a tracker .xlsx file`);
  }
  if (stats.size > MAX_INPUT_BYTES) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    throw new CliError(
      `${path}: ${mb(stats.size)} is more than a tracker can be (at most ${mb(MAX_INPUT_BYTES)})`,
    );
  }
  // The same file through a symbolic or hard link is still the same file.
  const id = identityOf(stats);
  const first = seen.get(id);
  if (first !== undefined) {
    throw new CliError(
      first === path ? `${path} is given twice` : `${path} is given twice (it is the same file as ${first})`,
    );
  }
  seen.set(id, path);
}

/** Reads every input workbook; an unreadable one stops the run with its reason (exit 2). */
export async function readInputs(paths: readonly string[]): Promise<RawWorkbook[]> {
  if (paths.length === 0) throw new CliError("no input files: give one or more tracker .xlsx files");
  const seen = new Map<string, string>();
  for (const path of paths) await checkInputFile(path, seen);
  const workbooks: RawWorkbook[] = [];
  for (const path of paths) {
    try {
      workbooks.push(await readXlsxFile(path, { fileName: basename(path) }));
    } catch (error) {
      if (error instanceof WorkbookReadError) throw new CliError(error.message);
      throw error;
    }
  }
  return workbooks;
}
