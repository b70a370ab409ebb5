import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import type { FileRead } from "../core/read/consolidateFiles";
import {
  consolidateReads,
  distinctFileNames,
  modifiedText,
  type ConsolidatedFiles,
} from "../core/read/consolidateFiles";
import { readXlsxFile } from "../file/readXlsx";
import { WorkbookReadError } from "../file/workbookReadError";
import { CliError } from "./cliError";
import { identityOf, statOrNull } from "./fileIdentity";
import { mapConcurrent } from "./mapConcurrent";

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

/** The workbooks read, the files listed on PMO Validation, one finding per unreadable file. */
export type Inputs = ConsolidatedFiles;

export interface ReadInputsOptions {
  /** Files a folder's listing leaves out (the --out and --previous files). */
  readonly skip?: readonly string[];
  /** Told how many files are read so far, at the start (0) and as each read ends. */
  readonly onRead?: (done: number, total: number) => void;
}

/** Options that show the reads as a status line ("Reading tracker files: 12 of 40…") through `progress`. */
export function showingReads(
  options: ReadInputsOptions,
  progress: ((text: string) => void) | undefined,
): ReadInputsOptions {
  if (progress === undefined) return options;
  return {
    ...options,
    onRead: (done, total) =>
      progress(total === 1 ? "Reading the tracker file…" : `Reading tracker files: ${done} of ${total}…`),
  };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Like Excel's "Get Data → From Folder": every `.xlsx` directly in the folder (no sub-folders),
 * without Office's `~$` lock files or the files the run writes, in name order.
 */
async function folderFiles(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new CliError(
      `${dir}: cannot list the folder (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  const files = entries
    .filter((e) => e.isFile() && extname(e.name).toLowerCase() === ".xlsx" && !e.name.startsWith("~$"))
    .map((e) => join(dir, e.name))
    .filter((path) => !skip.has(resolve(path)))
    .sort();
  if (files.length === 0) throw new CliError(`${dir}: the folder has no .xlsx files`);
  return files;
}

/** The files the arguments name: files as given, folders expanded; a file named twice is a usage error. */
export async function expandInputs(
  paths: readonly string[],
  options: ReadInputsOptions = {},
): Promise<string[]> {
  if (paths.length === 0)
    throw new CliError("no input files: give one or more tracker .xlsx files or a folder");
  const skip = new Set((options.skip ?? []).map((p) => resolve(p)));
  const seen = new Map<string, string>();
  const files: string[] = [];
  for (const path of paths) {
    const expanded = (await isDirectory(path)) ? await folderFiles(path, skip) : [path];
    for (const file of expanded) {
      await checkInputFile(file, seen);
      files.push(file);
    }
  }
  return files;
}

/**
 * Files read at once, within a budget of their bytes: a small file's read is mostly waits (the
 * disk, each part's inflation on the thread pool) that the next file's parsing fills. The budget
 * is 1 MB of files together, so the reads at once can never inflate to more than one 1 MB file
 * alone could (deflate packs at most about 1,000:1; a zip bomb among the PM files costs no more
 * than read alone), and a larger file is read alone. Measured on 40 typical PM files
 * (docs/architecture.md): the whole build 0.90×.
 */
const CONCURRENT_READS = 4;
const CONCURRENT_READ_BYTES = 1024 * 1024;

/** The file's size and modification time; a file that cannot be stat'ed is left to the reader's message. */
async function fileFacts(path: string): Promise<{ size: number; modified: string | null }> {
  try {
    const info = await stat(path);
    return { size: info.size, modified: modifiedText(info.mtime) };
  } catch {
    return { size: 0, modified: null };
  }
}

/**
 * Reads every input workbook, several small files at once, the results in the files' order. With
 * one file, an unreadable file stops the run (exit 2); among several, it becomes one error finding
 * and the others are still read, so one PM's broken file never blocks the month. When no file at
 * all can be read, the run stops with the first reason.
 */
export async function readInputs(paths: readonly string[], options: ReadInputsOptions = {}): Promise<Inputs> {
  const files = await expandInputs(paths, options);
  // Two files named alike in different folders are told apart in findings (`tracker (2).xlsx`).
  const names = distinctFileNames(files.map((path) => basename(path)));
  const listed = await Promise.all(
    files.map(async (path, i) => ({ path, file: names[i] ?? basename(path), ...(await fileFacts(path)) })),
  );
  let done = 0;
  options.onRead?.(done, files.length);
  const outcomes = await mapConcurrent(
    listed,
    { limit: CONCURRENT_READS, budget: CONCURRENT_READ_BYTES, weight: (f) => f.size },
    async ({ path, file, modified }): Promise<{ read: FileRead; error?: string }> => {
      try {
        return { read: { file, modified, workbook: await readXlsxFile(path, { fileName: file }) } };
      } catch (error) {
        if (!(error instanceof WorkbookReadError)) throw error;
        return { read: { file, modified, reason: error.reason }, error: error.message };
      } finally {
        options.onRead?.(++done, files.length);
      }
    },
  );
  const reads = outcomes.map((o) => o.read);
  const firstError = outcomes.find((o) => o.error !== undefined)?.error;
  const inputs = consolidateReads(reads);
  if (firstError !== undefined && (files.length === 1 || inputs.workbooks.length === 0))
    throw new CliError(firstError);
  return inputs;
}
