import { basename, resolve } from "node:path";
import type { RawWorkbook } from "../core/model/raw";
import { readXlsxFile } from "../file/readXlsx";
import { WorkbookReadError } from "../file/workbookReadError";
import { CliError } from "./cliError";

/** Reads every input workbook; an unreadable one stops the run with its reason (exit 2). */
export async function readInputs(paths: readonly string[]): Promise<RawWorkbook[]> {
  if (paths.length === 0) throw new CliError("no input files: give one or more tracker .xlsx files");
  const seen = new Set<string>();
  const workbooks: RawWorkbook[] = [];
  for (const path of paths) {
    const full = resolve(path);
    if (seen.has(full)) throw new CliError(`${path} is given twice`);
    seen.add(full);
    try {
      workbooks.push(await readXlsxFile(path, { fileName: basename(path) }));
    } catch (error) {
      if (error instanceof WorkbookReadError) throw new CliError(error.message);
      throw error;
    }
  }
  return workbooks;
}
