import { readdir } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { CliError } from "./cliError";

/**
 * What a folder build reads: `.xlsx`, and `.xlsm`, the same format with a macro project beside it
 * (many PMO trackers carry a macro or two; the reader never runs them). Everything else is left.
 */
const READ_EXTENSIONS: ReadonlySet<string> = new Set([".xlsx", ".xlsm"]);

/**
 * Spreadsheets a PM may have sent in another format. They are not read, but each is named on
 * stderr, so that no PM's file drops out of the month unseen.
 */
const OTHER_SPREADSHEETS: ReadonlyMap<string, string> = new Map([
  [".xls", "an Excel 97-2003 workbook"],
  [".xlsb", "a binary Excel workbook"],
  [".xltx", "an Excel template"],
  [".xltm", "an Excel template"],
  [".ods", "an OpenDocument spreadsheet"],
  [".numbers", "an Apple Numbers file"],
  [".csv", "a CSV file"],
]);

/** A spreadsheet in the folder that is not read, and what it is. */
export interface LeftOutFile {
  readonly path: string;
  readonly what: string;
}

/** "Left out north.xls (an Excel 97-2003 workbook): save it as .xlsx to include it." */
export function leftOutLine(file: LeftOutFile): string {
  return `Left out ${file.path} (${file.what}): save it as .xlsx to include it.`;
}

/**
 * Like Excel's "Get Data → From Folder": every `.xlsx` (and `.xlsm`) directly in the folder (no
 * sub-folders), without Office's `~$` lock files or the files the run writes, in name order; and
 * the spreadsheets in other formats, which are not read.
 */
export async function folderFiles(
  dir: string,
  skip: ReadonlySet<string>,
): Promise<{ files: string[]; leftOut: LeftOutFile[] }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new CliError(
      `${dir}: cannot list the folder (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  const files: string[] = [];
  const leftOut: LeftOutFile[] = [];
  // In name order, so both lists are.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith("~$")) continue;
    const path = join(dir, entry.name);
    const extension = extname(entry.name).toLowerCase();
    if (READ_EXTENSIONS.has(extension)) {
      if (!skip.has(resolve(path))) files.push(path);
      continue;
    }
    const what = OTHER_SPREADSHEETS.get(extension);
    if (what !== undefined) leftOut.push({ path, what });
  }
  if (files.length === 0) {
    const others = leftOut.length === 0 ? "" : `; ${leftOut.map(leftOutLine).join(" ")}`;
    throw new CliError(`${dir}: the folder has no .xlsx files${others}`);
  }
  return { files, leftOut };
}
