import type { Finding } from "../model/finding";
import type { RawSheet } from "../model/raw";
import type { ColumnDef, EnumDef, TableDef } from "../template/types";
import { cellAddress as a1 } from "../model/a1";
import { headerKey } from "../model/names";
import { PHASE, RAG_STATUS } from "../template/keys";
import { enumReader } from "../values/enumValue";
import { textOf } from "../values/parseText";
import { inTemplateOrder, type BoundColumn, type HeaderMatch } from "./findHeader";
import { sheetFinding } from "./findings";
import { fitOf, mostlyFits, namesColumn } from "./fittingColumns";

/**
 * The life-cycle words third-party trackers write in a project's `Status` column (Smartsheet's,
 * Vertex42's and most template sites' project trackers), as the template's phases. Only read so in
 * a status column the sheet's missing Phase is taken from; a Phase column itself keeps the
 * template's values (see docs/template.md).
 */
const LIFE_CYCLE_WORDS: Readonly<Record<string, string>> = {
  "not started": "Initiation",
  "not yet started": "Initiation",
  proposed: "Initiation",
  pipeline: "Initiation",
  // The not-started words of task tools (Jira, ClickUp, Airtable) and monday.com's Working on it.
  "to do": "Initiation",
  todo: "Initiation",
  backlog: "Initiation",
  planned: "Planning",
  "in planning": "Planning",
  "in progress": "Execution",
  "work in progress": "Execution",
  wip: "Execution",
  active: "Execution",
  ongoing: "Execution",
  underway: "Execution",
  "in flight": "Execution",
  started: "Execution",
  "working on it": "Execution",
  // monday.com's Stuck and the task tools' Blocked: still being delivered, its RAG says how well.
  stuck: "Execution",
  blocked: "Execution",
  complete: "Closed",
  completed: "Closed",
  done: "Closed",
  finished: "Closed",
  delivered: "Closed",
  paused: "On Hold",
  deferred: "On Hold",
  suspended: "On Hold",
  abandoned: "Cancelled",
};

/** Distinct words listed in the finding: enough to show the translation, short enough to read. */
const WORDS_SHOWN = 6;
/** Filled cells a status column beside a Phase column needs before it is left unread as a whole. */
const MIN_UNREAD_CELLS = 3;
/** Data rows looked at for those words (the fit itself samples as `fitOf` does). */
const SAMPLE_ROWS = 500;

/** A status column read as the Phase. */
export interface LifecycleRead {
  readonly column: BoundColumn;
  /** True when the header had bound it to the RAG Status, which it now no longer is. */
  readonly wasStatus: boolean;
  /** The column the RAG Status is read from (`Health` beside the life-cycle `Status`), if any. */
  readonly status: BoundColumn | null;
  /** A few distinct values as written, each with the phase it reads as. */
  readonly words: readonly (readonly [string, string])[];
  /**
   * The sheet's own Phase column when it has one: the status column of life-cycle words is then
   * left unread (the Phase is read from there) instead of read as the Phase.
   */
  readonly phase: BoundColumn | null;
}

/** The Phase's values with the life-cycle words the template's phases can take, as synonyms. */
function lifecycleEnum(phase: EnumDef): EnumDef {
  const words = Object.entries(LIFE_CYCLE_WORDS).filter(([, value]) => phase.values.includes(value));
  return { values: phase.values, synonyms: { ...Object.fromEntries(words), ...(phase.synonyms ?? {}) } };
}

/**
 * How a status value is told apart, for a status column and a form's status field alike: as a
 * rating of the RAG Status, or as a life-cycle word and the phase it reads as. `phaseDef` is the
 * Phase column taking the life-cycle words. Null for a table without both list columns.
 */
export function statusWords(table: TableDef): {
  phaseDef: ColumnDef;
  rating: (text: string) => string | null;
  phase: (text: string) => string | null;
} | null {
  const phaseDef = table.columns.find((c) => c.key === PHASE);
  const statusDef = table.columns.find((c) => c.key === RAG_STATUS);
  if (phaseDef?.enum === undefined || statusDef?.enum === undefined) return null;
  const phaseEnum = lifecycleEnum(phaseDef.enum);
  return {
    phaseDef: { ...phaseDef, enum: phaseEnum },
    rating: enumReader(statusDef.enum),
    phase: enumReader(phaseEnum),
  };
}

/** The table as this sheet is read: its Phase taking the life-cycle words too. */
export function withLifecycleWords(table: TableDef): TableDef {
  return {
    ...table,
    columns: table.columns.map((column): ColumnDef =>
      column.key === PHASE && column.enum !== undefined
        ? { ...column, enum: lifecycleEnum(column.enum) }
        : column,
    ),
  };
}

function wordsOf(
  sheet: RawSheet,
  match: HeaderMatch,
  column: BoundColumn,
  read: (text: string) => string | null,
): [string, string][] {
  const words: [string, string][] = [];
  const seen = new Set<string>();
  const end = Math.min(match.dataEnd, match.dataStart + SAMPLE_ROWS);
  for (let r = match.dataStart; r < end && words.length < WORDS_SHOWN; r++) {
    const value = sheet.cells.value(r, column.index);
    const text = value === null ? "" : textOf(value).trim();
    const phase = text === "" ? null : read(text);
    if (phase === null || seen.has(headerKey(text))) continue;
    seen.add(headerKey(text));
    words.push([text, phase]);
  }
  return words;
}

/**
 * A Projects sheet without a Phase column whose `Status` holds life-cycle words (In Progress, Not
 * Started, Complete, On Hold) rather than a RAG rating: that column is read as the Phase, with the
 * life-cycle words as phases, and the RAG Status from another column that names it (`Health`,
 * `RAG`) if the sheet has one, else it is missing. Before, every one of its cells was an
 * `invalid-enum` error and the Phase was missing too. Beside a Phase column the status column is
 * left unread instead (one warning, and the RAG Status missing once, rather than an error a cell). The column bound to the Status is tried
 * first, then any unknown column whose header says `status`; columns the PMO mapped by hand are
 * never second-guessed. Returns null when nothing changes.
 */
export function readLifecycleAsPhase(
  sheet: RawSheet,
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
): { match: HeaderMatch; read: LifecycleRead } | null {
  const words = statusWords(table);
  const statusDef = table.columns.find((c) => c.key === RAG_STATUS);
  if (words === null || statusDef === undefined) return null;
  if (mapped.has(PHASE) || mapped.has(RAG_STATUS)) return null;
  const phase = match.columns.get(PHASE) ?? null;
  const bound = match.columns.get(RAG_STATUS);
  // With a Phase column, only the column the header bound to the Status is in question.
  const candidates = [
    ...(bound === undefined ? [] : [bound]),
    ...(phase !== null ? [] : match.unknown.filter((u) => headerKey(u.header).includes("status"))),
  ];
  const readRag = words.rating;
  const readPhase = words.phase;
  // Beside a Phase column a few stray words stay errors at their cells, as any bad value does.
  const fewest = phase === null ? 1 : MIN_UNREAD_CELLS;
  const column = candidates.find((c) => {
    const fit = fitOf(sheet, match, c, readPhase);
    return fit.filled >= fewest && mostlyFits(fit) && !mostlyFits(fitOf(sheet, match, c, readRag));
  });
  if (column === undefined) return null;
  const wasStatus = column === bound;
  const columns = new Map(match.columns);
  if (phase === null) columns.set(PHASE, column);
  // Left unread beside a Phase column: listed with the sheet's other unknown columns.
  let unknown = match.unknown.filter((u) => u !== column);
  let status: BoundColumn | null = wasStatus ? null : (bound ?? null);
  if (wasStatus) {
    columns.delete(RAG_STATUS);
    // Another column named as the RAG Status (`Health` beside the life-cycle `Status`) is it.
    status = unknown.find((u) => namesColumn(statusDef, u.header)) ?? null;
    if (status !== null) {
      columns.set(RAG_STATUS, status);
      unknown = unknown.filter((u) => u !== status);
    }
  }
  // Left unread beside a Phase column, it is not listed as unknown: its own warning says why.
  return {
    match: { ...match, columns: inTemplateOrder(table, columns), unknown },
    read: { column, wasStatus, status, words: wordsOf(sheet, match, column, readPhase), phase },
  };
}

/** The warning at the status column's header cell: what it is read as, word by word. */
export function lifecycleFinding(
  file: string,
  sheet: RawSheet,
  table: TableDef,
  headerRow: number,
  read: LifecycleRead,
): Finding {
  const phase = table.columns.find((c) => c.key === PHASE)?.header ?? "Phase";
  const status = table.columns.find((c) => c.key === RAG_STATUS)?.header ?? "Status";
  const cell = a1(headerRow, sheet.left + read.column.index);
  const words = read.words.map(([text, value]) => `${text} → ${value}`).join(", ");
  const rag =
    read.status !== null
      ? ` The ${status} (Green, Amber, Red) is read from "${read.status.header}" ` +
        `(${a1(headerRow, sheet.left + read.status.index)}).`
      : "";
  if (read.phase !== null) {
    const phaseCell = a1(headerRow, sheet.left + read.phase.index);
    return sheetFinding(
      file,
      sheet.name,
      "warning",
      "status-holds-life-cycle",
      `Sheet "${sheet.name}" has a "${read.column.header}" column (${cell}) of life-cycle words (` +
        `${read.words.map(([text]) => text).join(", ")}), not a RAG rating, and its ${phase} is read from ` +
        `"${read.phase.header}" (${phaseCell}): the column is left unread.${rag} Map "${read.column.header}" ` +
        `if it is the RAG rating after all.`,
      { cell, row: headerRow, column: read.column.header },
    );
  }
  return sheetFinding(
    file,
    sheet.name,
    "warning",
    "status-read-as-phase",
    `Sheet "${sheet.name}" has no ${phase} column, and its "${read.column.header}" column (${cell}) holds ` +
      `life-cycle words, not a RAG rating: it is read as the ${phase} (${words}).${rag} Add a ${phase} ` +
      `column, or map "${read.column.header}", if this is wrong.`,
    { cell, row: headerRow, column: read.column.header },
  );
}
