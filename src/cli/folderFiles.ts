import { readdir, stat } from "node:fs/promises";
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
  /** What to do to include it; default: save it as .xlsx. */
  readonly fix?: string;
}

/** "Left out north.xls (an Excel 97-2003 workbook): save it as .xlsx to include it." */
export function leftOutLine(file: LeftOutFile): string {
  return `Left out ${file.path} (${file.what}): ${file.fix ?? "save it as .xlsx to include it"}.`;
}

/** What a folder entry is, a link followed (a synced or shared folder's): a file, a folder, a broken link, or other. */
async function entryKind(
  entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean },
  path: string,
): Promise<"file" | "folder" | "broken-link" | "other"> {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "folder";
  if (!entry.isSymbolicLink()) return "other";
  const target = await stat(path).catch(() => null);
  if (target === null) return "broken-link";
  return target.isFile() ? "file" : target.isDirectory() ? "folder" : "other";
}

/** How many trackers a sub-folder holds directly (0 when it cannot be listed): it is not read, but said. */
async function trackersIn(dir: string): Promise<number> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  return entries.filter((name) => !name.startsWith("~$") && READ_EXTENSIONS.has(extname(name).toLowerCase()))
    .length;
}

/**
 * Like Excel's "Get Data → From Folder": every `.xlsx` (and `.xlsm`) directly in the folder (no
 * sub-folders), or linked there, without Office's `~$` lock files or the files the run writes, in
 * name order; and the spreadsheets in other formats and the sub-folders holding trackers, which are
 * not read but named.
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
    if (entry.name.startsWith("~$")) continue;
    const path = join(dir, entry.name);
    const kind = await entryKind(entry, path);
    if (kind === "folder") {
      // Like Get Data → From Folder without sub-folders; a PM's tracker filed one level down is named.
      const count = await trackersIn(path);
      if (count > 0)
        leftOut.push({
          path,
          what: `a sub-folder with ${count} tracker${count === 1 ? "" : "s"}`,
          fix: "sub-folders are not read; move the files up, or give the sub-folder too",
        });
      continue;
    }
    const extension = extname(entry.name).toLowerCase();
    if (kind === "broken-link" && READ_EXTENSIONS.has(extension)) {
      leftOut.push({
        path,
        what: "a link to a file that is not there",
        fix: "restore the file, or remove the link",
      });
      continue;
    }
    if (kind !== "file") continue;
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
