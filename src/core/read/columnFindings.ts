/**
 * Findings about a table's columns as a sheet has them, at their header cells: required ones
 * missing (with what may stand for them), unknown ones, and the column-wide readings (months
 * across, periods, amounts in thousands, another currency).
 */
import type { Finding } from "../model/finding";
import type { ColumnDef } from "../template/types";
import { currencyName, headerCurrency, sameCurrency } from "../values/currencyCode";
import { amountScaleOf } from "../values/amountScale";
import { cellAddress as a1 } from "../model/a1";
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
import { PROJECT_ID, RAG_STATUS } from "../template/keys";
import type { TableReadInput } from "./tableReadInput";
import type { PeriodRead } from "./allocationPeriods";
import { missingRequired, unreadColumns, type ColumnPlan } from "./columnPlan";

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
      ? `each month's weeks were added up as the ${across.value.header} of that month (a week spanning two ` +
        `months is split between them by its working days, leaving out its days in a month the plan does not ` +
        `otherwise cover), one ${table.name} row per month filled`
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
