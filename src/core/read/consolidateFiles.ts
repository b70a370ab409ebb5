/**
 * Several PM tracker files into one portfolio's inputs, the same way for the CLI (a folder or a
 * list of paths) and the task pane (files picked in the browser): each file read or not, in the
 * order given; the workbooks go to `analyseWorkbooks` together (which reads them as one portfolio,
 * so a Project ID used in two files is a duplicate naming both), a file that could not be read
 * becomes one error finding naming it, and every file is listed with its modification date for
 * PMO Validation's "Files read".
 */
import { UNREADABLE_FILE_RULE } from "../model/ruleIds";
import type { Finding } from "../model/finding";
import type { RawWorkbook } from "../model/raw";
import type { SourceFile } from "../plan/input";

/** One file as an adapter tried to read it. `modified` is already text (see `modifiedText`). */
export type FileRead =
  | { readonly file: string; readonly modified: string | null; readonly workbook: RawWorkbook }
  | { readonly file: string; readonly modified: string | null; readonly reason: string };

export interface ConsolidatedFiles {
  /** The workbooks read, in the order given. */
  readonly workbooks: RawWorkbook[];
  /** Every file read or tried, with its modification date (listed on PMO Validation). */
  readonly sources: SourceFile[];
  /** One error finding per file that could not be read; the others are read without it. */
  readonly unreadable: Finding[];
}

export { UNREADABLE_FILE_RULE };

/**
 * `2026-10-31 17:05 UTC`: a file's modification time as PMO Validation shows it. UTC, not the
 * machine's zone, so the same files give the same sheet wherever the dashboard is built (the
 * coordinator's laptop, a colleague's Excel on the web, a CI job).
 */
export function modifiedText(date: Date): string | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** The finding for a file that is no workbook at all (not a zip, encrypted, an .xls renamed, cut short). */
export function unreadableFileFinding(file: string, reason: string): Finding {
  const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
  return {
    file,
    sheet: "",
    cell: "",
    row: null,
    column: null,
    severity: "error",
    rule: UNREADABLE_FILE_RULE,
    message: `${file}: ${sentence} The other files were read without it.`,
  };
}

/** The reads of several files as one portfolio's inputs: workbooks, the files listed, and a finding per unreadable file. */
export function consolidateReads(reads: readonly FileRead[]): ConsolidatedFiles {
  const workbooks: RawWorkbook[] = [];
  const sources: SourceFile[] = [];
  const unreadable: Finding[] = [];
  for (const read of reads) {
    sources.push({ file: read.file, modified: read.modified });
    if ("workbook" in read) workbooks.push(read.workbook);
    else unreadable.push(unreadableFileFinding(read.file, read.reason));
  }
  return { workbooks, sources, unreadable };
}

/**
 * Names that tell the files apart in findings: two picked files may share a name (`tracker.xlsx`
 * from two PMs' folders), or share the open workbook's name. A repeat becomes `tracker (2).xlsx`,
 * `tracker (3).xlsx`, … (the extension kept last, as Windows names copies), never one of `taken`.
 */
export function distinctFileNames(names: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return names.map((name) => {
    let candidate = name;
    const dot = name.lastIndexOf(".");
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
