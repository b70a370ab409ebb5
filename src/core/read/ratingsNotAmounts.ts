import type { Finding } from "../model/finding";
import type { RawSheet } from "../model/raw";
import { cellAddress as a1 } from "../model/a1";
import { PROJECTS_TABLE, RAG_STATUS } from "../template/keys";
import type { TableDef } from "../template/types";
import { enumReader } from "../values/enumValue";
import type { BoundColumn, HeaderMatch } from "./findHeader";
import { fitOf, mostlyFits, namesColumn } from "./fittingColumns";
import { quotedList, sheetFinding } from "./findings";

/** An amount column whose cells hold RAG ratings: a status report's Budget dimension. */
export interface RatingColumn {
  readonly key: string;
  readonly column: BoundColumn;
  /** The column read as the amount instead (another of the same name holding amounts), if any. */
  readonly instead: BoundColumn | null;
  /** A few of its ratings, as written. */
  readonly ratings: readonly string[];
}

/** Whether a cell's text reads as a number (an amount with its symbol or grouping is close enough). */
function amountLike(text: string): string | null {
  return /\d/.test(text) ? text : null;
}

/**
 * A status report rates each project on several dimensions (`Schedule | Budget | Scope`), each a
 * RAG rating: its `Budget` is a rating, not the budget. Read as an amount, every project had an
 * `invalid-number` error and was left out. An amount column (not mapped by the PMO) whose filled
 * cells are mostly ratings of the table's RAG column is not read as that amount: another column
 * of the same name holding amounts is read instead, else the table lacks the column (its own
 * error says so). A decision where the spec is silent.
 */
export function ratingsNotAmounts(
  sheet: RawSheet,
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
): { match: HeaderMatch; ratings: RatingColumn[] } | null {
  // The project list's RAG: another table's Status (a risk's Open, Closed) is no rating of this kind.
  if (table.key !== PROJECTS_TABLE) return null;
  const rag = table.columns.find((c) => c.key === RAG_STATUS)?.enum;
  if (rag === undefined) return null;
  const readRating = enumReader(rag);
  const ratings: RatingColumn[] = [];
  let columns: Map<string, BoundColumn> | null = null;
  let unknown = match.unknown;
  for (const def of table.columns) {
    const bound = match.columns.get(def.key);
    if (def.type !== "currency" || bound === undefined || mapped.has(def.key)) continue;
    const fit = fitOf(sheet, match, bound, readRating);
    if (!mostlyFits(fit)) continue;
    const instead =
      unknown.find((u) => namesColumn(def, u.header) && mostlyFits(fitOf(sheet, match, u, amountLike))) ??
      null;
    columns ??= new Map(match.columns);
    if (instead === null) columns.delete(def.key);
    else columns.set(def.key, instead);
    // Not an unknown column either: its own finding names it, and no hint should offer it as the amount.
    unknown = unknown.filter((u) => u !== instead);
    ratings.push({
      key: def.key,
      column: bound,
      instead,
      ratings: ratingSample(sheet, match, bound, fit.filled),
    });
  }
  if (columns === null) return null;
  return { match: { ...match, columns, unknown }, ratings };
}

/** Up to three distinct ratings of the column, as written. */
function ratingSample(sheet: RawSheet, match: HeaderMatch, column: BoundColumn, filled: number): string[] {
  const seen: string[] = [];
  const end = Math.min(match.dataEnd, match.dataStart + Math.max(filled, 1) + 50);
  for (let r = match.dataStart; r < end && seen.length < 3; r++) {
    const v = sheet.cells.value(r, column.index);
    const text = typeof v === "string" ? v.trim() : "";
    if (text !== "" && !seen.includes(text)) seen.push(text);
  }
  return seen;
}

/** One info per amount column holding ratings, at its header cell. */
export function ratingsFindings(
  file: string,
  sheet: RawSheet,
  table: TableDef,
  headerRow: number,
  ratings: readonly RatingColumn[],
): Finding[] {
  return ratings.map(({ key, column, instead, ratings: shown }) => {
    const name = table.columns.find((c) => c.key === key)?.header ?? key;
    const cell = (c: BoundColumn): string => a1(headerRow, sheet.left + c.index);
    const then =
      instead === null
        ? `The sheet has no other ${name} column: add one with the amounts, or map yours to ${name}.`
        : `${name} is read from "${instead.header}" (${cell(instead)}).`;
    return sheetFinding(
      file,
      sheet.name,
      "info",
      "column-read-by-values",
      `"${column.header}" (${cell(column)}) holds RAG ratings (${quotedList(shown)}), not amounts: it was ` +
        `not read as the ${name}. ${then}`,
      { cell: cell(column), row: headerRow, column: column.header },
    );
  });
}
