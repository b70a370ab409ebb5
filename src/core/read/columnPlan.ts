import type { RawScalar } from "../model/raw";
import type { ColumnDef } from "../template/types";
import type { CellParser, ColumnNotice, NoteDescriber } from "../values/types";
import { enumReader } from "../values/enumValue";
import { ragOfColour } from "../values/ragColour";
import { createColumnParser } from "../values/columnParser";
import { cellAddress as a1, columnLetters, parseCellAddress as parseA1 } from "../model/a1";
import { isPayColumn } from "../model/payColumns";
import type { BoundColumn } from "./findHeader";
import type { TableReadInput } from "./tableReadInput";
import { PROJECT_ID } from "../template/keys";
import { AMOUNT_TYPES } from "../template/amountTypes";
import { rangeSide, type RangeSide } from "./dateRanges";

/** Everything decided once per template column before the row loop. */
export interface ColumnPlan {
  readonly key: string;
  readonly def: ColumnDef;
  /** 0-based index into a row, or -1 when the sheet has no such column. */
  readonly index: number;
  readonly header: string;
  readonly letters: string;
  readonly parse: CellParser | null;
  readonly usesFormat: boolean;
  /** Values of vertically merged cells by data row index (the merge's top value applies to every row). */
  readonly fill: ReadonlyMap<number, RawScalar> | null;
  /** Row indexes of formula cells without a computed value. */
  readonly uncalculated: ReadonlySet<number> | null;
  readonly notices: readonly ColumnNotice[];
  /** The parser's reading was decided from the column's values (`ColumnParser.fromColumn`). */
  readonly fromColumn: boolean;
  /** A person's pay (salary, rate): findings never repeat the cell's value. */
  readonly pay: boolean;
  /** A count or amount column, whose numbers are bounded by 10^15 (`MAX_NUMBER`). */
  readonly bounded: boolean;
  /**
   * A RAG column's cells that hold no text but a red, amber or green fill, by grid row: the value
   * their colour stands for (`ragColours`), and the column's one warning about them; null when
   * there are none.
   */
  readonly colours: { readonly byRow: ReadonlyMap<number, string>; readonly note: NoteDescriber } | null;
  /** A range column's side this plan reads (`input.dateRange`): the cell's first or second date; null: the whole cell. */
  readonly side: RangeSide | null;
}

/** The one warning per column for RAG cells read by their colour. */
function colourNote(header: string): NoteDescriber {
  return (count, cells) =>
    `${header} has ${count === 1 ? "1 cell" : `${count} cells`} with a colour and no text (${cells}); ` +
    `${count === 1 ? "it was" : "they were"} read by the colour (green as Green, amber or yellow as Amber, red ` +
    `as Red). Type the rating: a colour alone is lost in filters, exports and screen readers.`;
}

/**
 * The RAG column's valueless cells with a rating's fill colour, by grid row (`RawSheet.fills`):
 * only for a list column that takes Green, Amber and Red (the project's RAG Status).
 */
function ragColours(
  input: TableReadInput,
  def: ColumnDef,
  header: string,
  sheetCol: number,
): ColumnPlan["colours"] {
  const { sheet, match } = input;
  if (sheet.fills === undefined || sheet.fills.length === 0 || def.enum === undefined) return null;
  const read = enumReader(def.enum);
  if (read("Green") === null || read("Amber") === null || read("Red") === null) return null;
  const colours = new Map<number, string>();
  for (const fill of sheet.fills) {
    const r = fill.row - sheet.top;
    if (fill.col !== sheetCol || r < match.dataStart || r >= match.dataEnd) continue;
    const rag = ragOfColour(fill.rgb);
    const value = rag === null ? null : read(rag);
    if (value !== null) colours.set(r, value);
  }
  return colours.size > 0 ? { byRow: colours, note: colourNote(header) } : null;
}

export function isBlankText(text: string): boolean {
  return text.length === 0 || text.trim().length === 0;
}

/** A template column the sheet does not have (and the base of a form field's plan). */
export function absentColumn(def: ColumnDef): ColumnPlan {
  return {
    key: def.key,
    def,
    index: -1,
    header: def.header,
    letters: "",
    parse: null,
    usesFormat: false,
    fill: null,
    uncalculated: null,
    notices: [],
    fromColumn: false,
    pay: isPayColumn(def.key),
    bounded: AMOUNT_TYPES.has(def.type),
    colours: null,
    side: null,
  };
}

/** A template column at its sheet column: its parser, merged cells and formulas without a value. */
function boundColumn(
  input: TableReadInput,
  def: ColumnDef,
  bound: BoundColumn,
  key = def.key,
  side: RangeSide | null = null,
): ColumnPlan {
  const { sheet, match, date1904, dateOrder, currency } = input;
  const { dataStart, dataEnd } = match;
  const { index } = bound;
  // A range's side is named as such in findings: `Dates (end) is blank in row 5`.
  const header = side === null ? bound.header : `${bound.header} (${side})`;
  const sheetCol = sheet.left + index;
  const fill = new Map<number, RawScalar>();
  for (const m of sheet.merges ?? []) {
    const top = m.top - sheet.top;
    if (m.left !== sheetCol || m.bottom <= m.top || top < dataStart) continue;
    const value = sheet.cells.value(top, index);
    if (value === null || (typeof value === "string" && isBlankText(value))) continue;
    for (let r = top + 1; r <= Math.min(m.bottom - sheet.top, dataEnd - 1); r++) fill.set(r, value);
  }
  const uncalculated = new Set<number>();
  for (const cell of (sheet.uncalculated ?? []).map(parseA1)) {
    if (cell !== null && cell.col === sheetCol) uncalculated.add(cell.row - sheet.top);
  }
  const rawAt = (r: number): RawScalar => {
    const v = sheet.cells.value(r, index);
    return sided(v === null ? (fill.get(r) ?? null) : v, side);
  };
  const parser = createColumnParser({
    column: def,
    // The notes of a range's two sides are one (`TableSink.note`), under the header as written.
    header: bound.header,
    dateOrder,
    date1904,
    currency,
    addressOf: (i) => a1(sheet.top + dataStart + i, sheetCol),
    cells: {
      length: dataEnd - dataStart,
      // Rows that are not data (input.notData: totals, examples…) take no part in the column's decisions.
      value: (i) =>
        uncalculated.has(dataStart + i) || input.notData?.has(dataStart + i) === true
          ? null
          : rawAt(dataStart + i),
      format: (i) => sheet.cells.format(dataStart + i, index),
    },
  });
  return {
    key,
    def,
    index,
    header,
    letters: columnLetters(sheetCol),
    parse: parser.parse,
    usesFormat: parser.usesFormat,
    fill: fill.size > 0 ? fill : null,
    uncalculated: uncalculated.size > 0 ? uncalculated : null,
    notices: parser.notices,
    fromColumn: parser.fromColumn === true,
    pay: isPayColumn(def.key),
    bounded: AMOUNT_TYPES.has(def.type),
    colours: ragColours(input, def, header, sheetCol),
    side,
  };
}

/**
 * A cell as the plan reading one side of a range takes it: that side's text; a date cell (a number)
 * is the range's start only.
 */
export function sided(raw: RawScalar, side: RangeSide | null): RawScalar {
  if (side === null || raw === null) return raw;
  if (typeof raw !== "string") return side === "start" ? raw : null;
  return rangeSide(raw.trim(), side);
}

/** Decides per template column where it sits, how it parses and which merged or formula cells it has. */
export function planColumns(input: TableReadInput): ColumnPlan[] {
  const range = input.dateRange ?? null;
  return input.table.columns.map((def): ColumnPlan => {
    const bound = input.match.columns.get(def.key);
    if (bound === undefined) return absentColumn(def);
    const side = range === null ? -1 : range.keys.indexOf(def.key);
    return side < 0
      ? boundColumn(input, def, bound)
      : boundColumn(input, def, bound, def.key, side === 0 ? "start" : "end");
  });
}

/**
 * With the months across (`input.across`): one plan per month column, each parsing its cells as the
 * amount column they fill (its own key, so each month's column-wide notes stay its own).
 */
export function planAcrossColumns(input: TableReadInput): ColumnPlan[] {
  const across = input.across;
  if (across === undefined || across === null) return [];
  // Shares of a person's time parse as FTE fractions (50 %, 0.5, `50%` text); hours as the amount.
  const def: ColumnDef = across.shares ? { ...across.value, type: "fraction" } : across.value;
  return across.months.map((m) => boundColumn(input, def, m.column, `${across.value.key}@${m.column.index}`));
}

/** With allocations given as periods (`input.period`): the start, end and amount columns' plans, in that order. */
export function planPeriodColumns(input: TableReadInput): ColumnPlan[] {
  const period = input.period;
  if (period === undefined || period === null) return [];
  const key = period.value.key;
  const date = (header: string): ColumnDef => ({ key, header, type: "date" });
  const amount: ColumnDef =
    period.kind === "share"
      ? { key, header: period.amount.header, type: "fraction" }
      : { key, header: period.amount.header, type: "number", min: 0 };
  return [
    boundColumn(input, date(period.start.header), period.start, `${key}@start`),
    boundColumn(input, date(period.end.header), period.end, `${key}@end`),
    boundColumn(input, amount, period.amount, `${key}@amount`),
  ];
}

/**
 * The required template columns the sheet lacks: not a Project ID the rows take from a
 * single-project workbook, nor the month and amount a resource plan holds across its columns.
 */
export function missingRequired(input: TableReadInput): ColumnDef[] {
  const { table, match, defaultProjectId } = input;
  const across = input.across ?? null;
  const period = input.period ?? null;
  const namesAsIds = (input.namesAsIds ?? null) !== null;
  return table.columns.filter(
    (def) =>
      (def.key === PROJECT_ID && namesAsIds) ||
      (def.required === true &&
        !match.columns.has(def.key) &&
        !(def.key === PROJECT_ID && defaultProjectId !== null) &&
        !(across !== null && (def.key === across.month.key || def.key === across.value.key)) &&
        !(period !== null && (def.key === period.month.key || def.key === period.value.key))),
  );
}

/** The sheet's columns no template column took, but the months a resource plan holds across. */
export function unreadColumns(input: TableReadInput): BoundColumn[] {
  const period = input.period ?? null;
  const read = new Set([
    ...(input.across?.months.map((m) => m.column.index) ?? []),
    ...(period === null ? [] : [period.start.index, period.end.index, period.amount.index]),
  ]);
  return input.match.unknown.filter((u) => !read.has(u.index));
}
