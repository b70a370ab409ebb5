/**
 * Reads the .xlsx files the PMO picked in the task pane, in the pane, with the CLI's portable
 * reader (src/xlsx): no upload anywhere. One file at a time, pausing between files so the pane can
 * show progress and hear Cancel; a file that cannot be read is a reason, never an exception, so one
 * PM's broken file never blocks the other 39.
 */
import type { FileRead } from "../core/read/consolidateFiles";
import { distinctFileNames, modifiedText } from "../core/read/consolidateFiles";
import type { XlsxLimits } from "../xlsx";
import { readXlsxBytes } from "../xlsx";
import { formatBytes } from "../xlsx/limits";

/** What is used of a picked file: a DOM `File` has all of it. */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  /** Milliseconds since 1970, as `File.lastModified`. */
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** "Reading 12 of 40: north.xlsx" (index is 1-based). */
export interface FileProgress {
  readonly index: number;
  readonly total: number;
  readonly file: string;
}

/** The largest file read, as in the CLI: a 20,000-project tracker is about 30 MB. */
export const MAX_PICKED_FILE_BYTES = 200 * 1024 * 1024;

export interface ReadPickedOptions {
  /** Told before each file is read. */
  readonly onFile?: (progress: FileProgress) => void;
  /** Checked before each file: true stops the reading (the result is then null). */
  readonly isCancelled?: () => boolean;
  /** Lets the pane repaint and handle a click between files; by default a zero timeout. */
  readonly pause?: () => Promise<void>;
  /** Names the files may not take (the open workbook's, when it is read too). */
  readonly taken?: readonly string[];
  readonly maxFileBytes?: number;
  readonly limits?: XlsxLimits;
}

/** Resolves in a new task, so the pane can repaint and handle a click first. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const GONE =
  "the file could not be opened (it may have been moved, renamed or deleted since it was chosen); choose it again";
const NOT_READ = "the file could not be read as an .xlsx workbook; open it in Excel and save it again";

async function readOne(picked: PickedFile, file: string, options: ReadPickedOptions): Promise<FileRead> {
  const modified = modifiedText(new Date(picked.lastModified));
  const maxBytes = options.maxFileBytes ?? MAX_PICKED_FILE_BYTES;
  if (picked.size > maxBytes) {
    const reason = `the file is larger than ${formatBytes(maxBytes)}, far more than a tracker holds; it is not read`;
    return { file, modified, reason };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await picked.arrayBuffer());
  } catch {
    return { file, modified, reason: GONE };
  }
  try {
    const result = readXlsxBytes(bytes, file, options.limits);
    return result.ok
      ? { file, modified, workbook: result.workbook }
      : { file, modified, reason: result.reason };
  } catch {
    // The reader reports every bad file as a reason; anything else is still only this file's problem.
    return { file, modified, reason: NOT_READ };
  }
}

/**
 * Every picked file, read or with the reason it could not be, in the order picked; null when
 * cancelled (between two files: a file being read is finished first). Files sharing a name are
 * told apart as `tracker (2).xlsx`, so each finding names one file.
 */
export async function readPickedFiles(
  files: readonly PickedFile[],
  options: ReadPickedOptions = {},
): Promise<FileRead[] | null> {
  const names = distinctFileNames(
    files.map((f) => f.name),
    options.taken ?? [],
  );
  const pause = options.pause ?? nextTask;
  const reads: FileRead[] = [];
  for (const [i, picked] of files.entries()) {
    const file = names[i] ?? picked.name;
    if (options.isCancelled?.() === true) return null;
    options.onFile?.({ index: i + 1, total: files.length, file });
    await pause();
    if (options.isCancelled?.() === true) return null;
    reads.push(await readOne(picked, file, options));
  }
  return reads;
}
