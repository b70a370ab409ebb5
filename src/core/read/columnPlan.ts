import type { Finding } from "../model/finding";
import type { RawScalar } from "../model/raw";
import type { ColumnDef } from "../template/types";
import type { CellParser, ColumnNotice, NoteDescriber } from "../values/types";
import { enumReader } from "../values/enumValue";
import { ragOfColour } from "../values/ragColour";
import { createColumnParser } from "../values/columnParser";
import { currencyName, headerCurrency, sameCurrency } from "../values/currencyCode";
import { amountScaleOf } from "../values/amountScale";
import { cellAddress as a1, columnLetters, parseCellAddress as parseA1 } from "../model/a1";
import { isPayColumn } from "../model/payColumns";
import { quotedList, sheetFinding } from "./findings";
import { likelyHeader } from "./likelyHeader";
import {
  headerLabel,
  monthsAcross,
  monthsHoldFractions,
  type MonthHeader,
  type MonthsAcrossRead,
} from "./monthsAcross";
import type { BoundColumn } from "./findHeader";
import type { TableReadInput } from "./tableReadInput";
import type { PeriodRead } from "./allocationPeriods";
import { PROJECT_ID, RAG_STATUS } from "../template/keys";
import { AMOUNT_TYPES } from "../template/amountTypes";

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
    pay: isPayColumn(def.key),
    bounded: AMOUNT_TYPES.has(def.type),
    colours: null,
  };
}

/** A template column at its sheet column: its parser, merged cells and formulas without a value. */
function boundColumn(input: TableReadInput, def: ColumnDef, bound: BoundColumn, key = def.key): ColumnPlan {
  const { sheet, match, date1904, dateOrder, currency } = input;
  const { dataStart, dataEnd } = match;
  const { index, header } = bound;
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
    return v === null ? (fill.get(r) ?? null) : v;
  };
  const parser = createColumnParser({
    column: def,
    header,
    dateOrder,
    date1904,
    currency,
    addressOf: (i) => a1(sheet.top + dataStart + i, sheetCol),
    cells: {
      length: dataEnd - dataStart,
      value: (i) => (uncalculated.has(dataStart + i) ? null : rawAt(dataStart + i)),
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
    pay: isPayColumn(def.key),
    bounded: AMOUNT_TYPES.has(def.type),
    colours: ragColours(input, def, header, sheetCol),
  };
}

/** Decides per template column where it sits, how it parses and which merged or formula cells it has. */
export function planColumns(input: TableReadInput): ColumnPlan[] {
  return input.table.columns.map((def): ColumnPlan => {
    const bound = input.match.columns.get(def.key);
    return bound === undefined ? absentColumn(def) : boundColumn(input, def, bound);
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
 * What may stand for a missing required column: months laid across columns where the table wants
 * a Month column (a wide resource plan), else an unknown header whose name is close (`Project`).
 */
function missingColumnHint(def: ColumnDef, input: TableReadInput, cellOf: (index: number) => string): string {
  const { match, table } = input;
  const across = def.type === "month" ? monthsAcross(match.unknown, input.date1904, input.dateOrder) : null;
  const first = across?.headers[0];
  const last = across?.headers[across.headers.length - 1];
  if (across !== null && first !== undefined && last !== undefined) {
    const unit = across.kind === "weeks" ? "week" : "month";
    return (
      ` Its ${unit}s run across columns ("${first.label}" in ${cellOf(first.column.index)} to "${last.label}" in ` +
      `${cellOf(last.column.index)}): the ${table.name} table takes one row per month, with the month in the ` +
      `"${def.header}" column and the hours beside it. Unpivot the ${unit} columns (in Excel, Power Query's ` +
      `Unpivot Columns does it).` +
      (monthsHoldFractions(input.sheet, match, across.headers)
        ? ` Its ${unit} cells hold fractions of a person's time (0.5, 50 %), not hours: enter the hours of each ${unit}.`
        : "")
    );
  }
  const likely = likelyHeader(def, match.unknown);
  return likely === null ? "" : ` The column "${likely.header}" (${cellOf(likely.index)}) may be it.`;
}

/** The info that a sheet's months were read across: which columns, and what each cell became. */
function acrossFinding(input: TableReadInput, across: MonthsAcrossRead): Finding {
  const { file, sheet, table, match } = input;
  const headerRow = sheet.top + match.headerIndex;
  const first = across.months[0] as MonthHeader;
  const last = across.months[across.months.length - 1] as MonthHeader;
  const cellOf = (m: MonthHeader) => a1(headerRow, sheet.left + m.column.index);
  const what =
    across.kind === "weeks"
      ? `each month's weeks were added up as the ${across.value.header} of that month (a week counts in the ` +
        `month that holds most of its days), one ${table.name} row per month filled`
      : across.shares
        ? `its cells are shares of a person's time (FTE), each read as that share of the person's capacity in ` +
          `the month (Weekly Capacity on the Resources sheet, else 40 hours × FTE, × the month's working days / 5) ` +
          `as the ${across.value.header} of that month, one ${table.name} row per cell: 50 % of a full-time ` +
          `person in a month of 22 working days is 88 hours`
        : `each filled month cell was read as the ${across.value.header} of that month, one ${table.name} row per cell`;
  return sheetFinding(
    file,
    sheet.name,
    "info",
    "months-across",
    `Sheet "${sheet.name}" lays its ${across.kind} across columns ("${first.label}" in ${cellOf(first)} to ` +
      `"${last.label}" in ${cellOf(last)}): ${what}.`,
    { cell: cellOf(first), row: headerRow, column: first.column.header },
  );
}

/** The info that a sheet's allocations were spread from periods over the months they cover. */
function periodFinding(input: TableReadInput, period: PeriodRead): Finding {
  const { file, sheet, table, match } = input;
  const headerRow = sheet.top + match.headerIndex;
  const cellOf = (column: BoundColumn): string => a1(headerRow, sheet.left + column.index);
  const spread =
    period.kind === "share"
      ? `that share of the person's capacity (Weekly Capacity on the Resources sheet, else 40 hours × FTE) on ` +
        `the period's working days in each month`
      : `those hours a week on the period's working days in each month`;
  return sheetFinding(
    file,
    sheet.name,
    "info",
    "allocation-periods",
    `Sheet "${sheet.name}" gives each allocation as a period ("${period.start.header}" in ${cellOf(period.start)} ` +
      `to "${period.end.header}" in ${cellOf(period.end)}) and ${period.kind === "share" ? "a share of the person's time" : "hours a week"} ` +
      `("${period.amount.header}" in ${cellOf(period.amount)}): each was spread over the months it covers, ` +
      `${spread} as the ${period.value.header}, one ${table.name} row per month.`,
    { cell: cellOf(period.start), row: headerRow, column: period.start.header },
  );
}

/**
 * An amount column whose header names another currency than the report's (`Budget (EUR)` in a
 * report in USD): its amounts are added to the other trackers' unconverted, so one warning at the
 * header says so (there are no exchange rates to convert with).
 */
function currencyFindings(input: TableReadInput, plans: readonly ColumnPlan[]): Finding[] {
  const { file, sheet, match, currency } = input;
  const headerRow = sheet.top + match.headerIndex;
  return plans.flatMap((plan) => {
    if (plan.def.type !== "currency" || plan.index < 0) return [];
    const named = headerCurrency(plan.header);
    if (named === null || sameCurrency(named, currency)) return [];
    const cell = a1(headerRow, sheet.left + plan.index);
    return [
      sheetFinding(
        file,
        sheet.name,
        "warning",
        "currency-differs",
        `The header "${plan.header}" says its amounts are in ${currencyName(named)}, but the report is in ` +
          `${currency}: they are added to the other trackers' unconverted. Convert them to ${currency}, or make ` +
          `${currencyName(named)} the report's currency if every tracker is in it.`,
        { cell, row: headerRow, column: plan.header },
      ),
    ];
  });
}

/**
 * One info per amount column whose header gives its unit (`Budget ($K)`): read as full amounts.
 * When another amount column of the sheet gives none (`Actual` beside `Budget ($K)`), the info says
 * it is read as written: a PM who labelled one column only may mean thousands in both, and the
 * figures (CPI, cost) would then be a thousand times off.
 */
function scaledAmountFindings(input: TableReadInput, plans: readonly ColumnPlan[]): Finding[] {
  const { file, sheet, match } = input;
  const headerRow = sheet.top + match.headerIndex;
  const amounts = plans
    .filter((plan) => plan.def.type === "currency" && plan.index >= 0)
    .map((plan) => ({ plan, scale: amountScaleOf(plan.header) }));
  const plain = amounts.filter((a) => a.scale === null).map((a) => a.plan);
  const cellOf = (plan: ColumnPlan) => a1(headerRow, sheet.left + plan.index);
  return amounts.flatMap(({ plan, scale }) => {
    if (scale === null) return [];
    const unscaled =
      plain.length === 0
        ? ""
        : ` ${plain.map((p) => `"${p.header}" (${cellOf(p)})`).join(", ")} ${plain.length === 1 ? "gives" : "give"} ` +
          `no unit and ${plain.length === 1 ? "is" : "are"} read as written: if ${plain.length === 1 ? "it is" : "they are"} ` +
          `in ${scale.word} too, say so in the header as "${plan.header}" does.`;
    return [
      sheetFinding(
        file,
        sheet.name,
        "info",
        "amounts-scaled",
        `The header "${plan.header}" says its amounts are in ${scale.word}: they are read as full amounts ` +
          `(× ${scale.factor.toLocaleString("en-US")}), so they add up with other trackers.${unscaled}`,
        { cell: cellOf(plan), row: headerRow, column: plan.header },
      ),
    ];
  });
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

/** Findings about the table's columns: required ones missing, unknown ones, and column-wide notices. */
export function reportColumns(
  input: TableReadInput,
  plans: readonly ColumnPlan[],
  findings: Finding[],
): void {
  const { file, sheet, table, match } = input;
  const sheetName = sheet.name;
  const headerRow = sheet.top + match.headerIndex;
  // Missing columns are reported at the first header cell of the header row.
  const headerIndexes = [
    ...[...match.columns.values()].map((b) => b.index),
    ...match.unknown.map((u) => u.index),
  ];
  const firstCol = sheet.left + (headerIndexes.length > 0 ? Math.min(...headerIndexes) : match.colStart);
  const cellOf = (index: number): string => a1(headerRow, sheet.left + index);
  for (const def of missingRequired(input)) {
    const lifecycle = def.key === RAG_STATUS && input.lifecycle?.wasStatus === true ? input.lifecycle : null;
    const names = def.key === PROJECT_ID ? (input.namesAsIds ?? null) : null;
    findings.push(
      sheetFinding(
        file,
        sheetName,
        "error",
        "required-column-missing",
        names !== null
          ? `Sheet "${sheetName}" has no "${def.header}" column, which the ${table.name} table requires ` +
              `(the header row is row ${headerRow}): each project is identified by its name in ` +
              `"${names.header}" (${cellOf(names.index)}) instead, so no two projects may share a name, and a ` +
              `renamed project starts a new history. Add a ${def.header} column with the PMO's IDs.`
          : lifecycle === null
            ? `Sheet "${sheetName}" has no "${def.header}" column, which the ${table.name} table requires ` +
              `(the header row is row ${headerRow}). Add the column or map your header to it.` +
              missingColumnHint(def, input, cellOf)
            : `Sheet "${sheetName}" has no RAG rating, which the ${table.name} table requires as its ` +
              `"${def.header}": its "${lifecycle.column.header}" column (${cellOf(lifecycle.column.index)}) holds ` +
              `life-cycle words${lifecycle.phase === null ? " and is read as the Phase" : ", not ratings"}. Add a column headed "${def.aliases?.[0] ?? def.header}" ` +
              `with each project's rating (${def.enum?.values.join(", ") ?? ""}).`,
        { cell: a1(headerRow, firstCol), row: headerRow, column: def.header },
      ),
    );
  }
  if (input.across) findings.push(acrossFinding(input, input.across));
  if (input.period) findings.push(periodFinding(input, input.period));
  const unknown = unreadColumns(input);
  const first = unknown[0];
  if (first !== undefined) {
    const headers = unknown.map((u) => headerLabel(u.header, input.date1904));
    findings.push(
      sheetFinding(
        file,
        sheetName,
        "warning",
        "unknown-columns",
        `Sheet "${sheetName}" has ${headers.length === 1 ? "a column" : "columns"} the ${table.name} table does not ` +
          `use: ${quotedList(headers)}. ${headers.length === 1 ? "It is" : "They are"} kept and ignored; map ` +
          `${headers.length === 1 ? "it" : "them"} to a template column if ${headers.length === 1 ? "it holds" : "they hold"} ` +
          `template data.`,
        { cell: a1(headerRow, sheet.left + first.index), row: headerRow, column: null },
      ),
    );
  }
  findings.push(...scaledAmountFindings(input, plans));
  findings.push(...currencyFindings(input, plans));
  for (const plan of plans) {
    for (const n of plan.notices) {
      const row = sheet.top + match.dataStart + n.index;
      findings.push(
        sheetFinding(file, sheetName, n.severity, n.rule, n.message, {
          cell: plan.letters + row,
          row,
          column: plan.header,
        }),
      );
    }
  }
}
