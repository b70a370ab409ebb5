import type { Stats } from "node:fs";
import { basename, resolve } from "node:path";
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
import { folderFiles, leftOutLine, type LeftOutFile } from "./folderFiles";
import type { CliIo } from "./io";
import { mapConcurrent } from "./mapConcurrent";

/**
 * The largest tracker file read: far above any real tracker (20,000 projects and 500,000
 * allocations are about 30 MB), well below what exhausts memory while unzipping.
 */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/**
 * Only regular files of a sane size are opened: a device (`/dev/zero`) would be read forever and a
 * named pipe would block. A path that does not exist is left to the reader's own message. Takes
 * the path's one stat (null when it has none; folders are expanded before) and returns it: the
 * file's size and modification time are listed on PMO Validation.
 */
function checkInputFile(path: string, stats: Stats | null, seen: Map<string, string>): Stats | null {
  if (stats === null) return null;
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
  return stats;
}

/** The workbooks read, the files listed on PMO Validation, one finding per unreadable file. */
export type Inputs = ConsolidatedFiles;

export interface ReadInputsOptions {
  /** Files a folder's listing leaves out (the --out and --previous files). */
  readonly skip?: readonly string[];
  /** Told of each spreadsheet a folder holds in a format that is not read (`.xls`, `.ods`…). */
  readonly onLeftOut?: (file: LeftOutFile) => void;
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

/** Names each left-out spreadsheet on stderr (see `onLeftOut`). */
export function sayLeftOut(io: Pick<CliIo, "err">): (file: LeftOutFile) => void {
  return (file) => io.err(`pmo-pulse: ${leftOutLine(file)}\n`);
}

/** An input file, with what its one stat told: size 0 and no time when it could not be stat'ed. */
interface InputFile {
  readonly path: string;
  readonly size: number;
  readonly modified: string | null;
}

/** The files the arguments name: files as given, folders expanded; a file named twice is a usage error. */
async function expandInputs(paths: readonly string[], options: ReadInputsOptions): Promise<InputFile[]> {
  if (paths.length === 0)
    throw new CliError("no input files: give one or more tracker .xlsx files or a folder");
  const skip = new Set((options.skip ?? []).map((p) => resolve(p)));
  const seen = new Map<string, string>();
  const files: InputFile[] = [];
  const add = (file: string, stat: Stats | null): void => {
    const stats = checkInputFile(file, stat, seen);
    files.push({
      path: file,
      size: stats?.size ?? 0,
      modified: stats === null ? null : modifiedText(stats.mtime),
    });
  };
  for (const path of paths) {
    // One stat per path: it tells a folder from a file and gives a file's size and date.
    const stat = await statOrNull(path);
    if (stat?.isDirectory() !== true) {
      add(path, stat);
      continue;
    }
    const listed = await folderFiles(path, skip);
    for (const file of listed.leftOut) options.onLeftOut?.(file);
    for (const file of listed.files) {
      const fileStat = await statOrNull(file);
      // A link in the folder to a file already listed (an alias): read once, said, never a stop.
      const same = fileStat === null ? undefined : seen.get(identityOf(fileStat));
      if (same !== undefined) {
        options.onLeftOut?.({ path: file, what: `the same file as ${same}`, fix: "it is read once" });
        continue;
      }
      add(file, fileStat);
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

/**
 * Reads every input workbook, several small files at once, the results in the files' order. With
 * one file, an unreadable file stops the run (exit 2); among several, it becomes one error finding
 * and the others are still read, so one PM's broken file never blocks the month. When no file at
 * all can be read, the run stops with the first reason.
 */
export async function readInputs(paths: readonly string[], options: ReadInputsOptions = {}): Promise<Inputs> {
  const files = await expandInputs(paths, options);
  // Two files named alike in different folders are told apart in findings (`tracker (2).xlsx`).
  const names = distinctFileNames(files.map((f) => basename(f.path)));
  const listed = files.map((f, i) => ({ ...f, file: names[i] ?? basename(f.path) }));
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
