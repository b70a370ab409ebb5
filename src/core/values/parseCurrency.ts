import type { CellSink, ColumnContext, ColumnParser, NoteDescriber } from "./types";
import { hasThousandsSeparator, parseNumericText } from "./numericText";
import { thousandsNote } from "./parseNumber";
import { quoteRaw } from "./formatValue";
import { notANumber } from "./notANumber";
import { currencyMarks, stripCurrency } from "./currencyText";
import { currencyName, currencyOfMark, formatCurrency, headerCurrency, sameCurrency } from "./currencyCode";
import { amountScaleOf } from "./amountScale";
import {
  decimalCommaEvidence,
  DOT_THREE_DECIMALS,
  isCommaDecimal,
  parseDecimalCommaText,
} from "./decimalComma";

/**
 * Currency columns: numbers; a currency symbol or code in text is stripped with a (per column)
 * warning, another when it names another currency than the column's (its header's, else the
 * report's). A header in thousands or millions (`Budget ($K)`) scales every amount to full units,
 * rounded to the cent, so it adds up with other trackers' full amounts. A column whose text amounts
 * are written with a decimal comma (`1.234,56`, `980,0`) and none with a decimal point reads every
 * text amount so (`decimalComma.ts`), with one warning; otherwise text such as `65.958`, which a
 * decimal-comma writer means as 65,958, is read as written with a warning per column.
 */
export function createCurrencyParser(ctx: ColumnContext): ColumnParser {
  const { header } = ctx;
  const required = ctx.column.required === true;
  const thousands = thousandsNote(header);
  const factor = amountScaleOf(header)?.factor ?? 1;
  const full =
    factor === 1 ? (n: number): number => n : (n: number): number => Math.round(n * factor * 100) / 100;
  const symbol: NoteDescriber = (count, cells) =>
    `${header} has ${count === 1 ? "1 amount" : `${count} amounts`} stored as text with a currency ` +
    `symbol or code (${cells}); the symbol was ignored. Enter plain numbers formatted as currency.`;
  // What the column's amounts are in: its header's unit, else the report's currency.
  const columnCurrency = headerCurrency(header) ?? ctx.currency;
  const otherCurrency: NoteDescriber = (count, cells) =>
    `${header} has ${count === 1 ? "1 amount" : `${count} amounts`} marked in another currency than ` +
    `${currencyName(columnCurrency)} (${cells}); ${count === 1 ? "it was" : "they were"} read as ` +
    `${currencyName(columnCurrency)}, unconverted. Convert ${count === 1 ? "it" : "them"} to ` +
    `${currencyName(columnCurrency)}.`;
  const differs = (value: string): boolean =>
    currencyMarks(value).some((mark) => {
      const currency = currencyOfMark(mark);
      return currency !== null && !sameCurrency(currency, columnCurrency);
    });
  const ambiguous: NoteDescriber = (count, cells) =>
    `${header} has ${count === 1 ? "1 amount" : `${count} amounts`} stored as text with three digits after a ` +
    `point (${cells}); ${count === 1 ? "it was" : "they were"} read with the point as the decimal mark ` +
    `(65.958 as 65.958, not 65,958). If the point separates thousands, enter plain numbers.`;
  const commaAt = decimalCommaEvidence(ctx);
  const commaAmounts: NoteDescriber = (count, cells) =>
    `${header} has ${count === 1 ? "1 amount" : `${count} amounts`} stored as text with a decimal comma or ` +
    `points between thousands (${cells}); ${count === 1 ? "it was" : "they were"} read so (1.452.000 as ` +
    `1,452,000). Enter plain numbers formatted as currency.`;
  const notices =
    commaAt < 0
      ? []
      : [
          {
            severity: "warning" as const,
            rule: "decimal-comma",
            index: commaAt,
            message:
              `${header} ${quoteRaw(ctx.cells.value(commaAt) ?? "")} is written with a decimal comma, so every amount ` +
              `stored as text in this column was read so (1.234,56 as 1,234.56; 1.200 as 1,200). Enter plain ` +
              `numbers formatted as currency to avoid any doubt.`,
          },
        ];
  const parseText = (text: string): number =>
    commaAt < 0 ? parseNumericText(text) : parseDecimalCommaText(text);
  // A number formatted in another currency (`[$€-2] #,##0` under a dollar column) is read as the
  // column's currency too, with the same note: the format is all that tells.
  const formats = new Map<string, boolean>();
  const formatDiffers = (format: string): boolean => {
    let differs = formats.get(format);
    if (differs === undefined) {
      const currency = formatCurrency(format);
      differs = currency !== null && !sameCurrency(currency, columnCurrency);
      formats.set(format, differs);
    }
    return differs;
  };
  const parse = (value: string | number | boolean, format: string | null, sink: CellSink): number | null => {
    if (typeof value === "number") {
      if (format !== null && formatDiffers(format)) sink.note("currency-differs", otherCurrency);
      return full(value);
    }
    if (typeof value === "string") {
      let n = parseText(value);
      if (!Number.isNaN(n)) {
        if (commaAt < 0 && hasThousandsSeparator(value)) sink.note("thousands-separator", thousands);
        if (commaAt < 0 && DOT_THREE_DECIMALS.test(value.trim())) sink.note("ambiguous-decimal", ambiguous);
        return full(n);
      }
      const bare = stripCurrency(value);
      const marked = bare !== value;
      n = marked ? parseText(bare) : NaN;
      // In a column of decimal points, an amount only a decimal-comma writer gives (`1.452.000`,
      // `€ 1.002.713,00`) is read so on its own: it cannot mean anything else.
      const comma = Number.isNaN(n) && commaAt < 0 && isCommaDecimal(bare);
      if (comma) n = parseDecimalCommaText(bare);
      if (!Number.isNaN(n)) {
        if (comma) sink.note("decimal-comma", commaAmounts);
        else if (commaAt < 0 && DOT_THREE_DECIMALS.test(bare.trim()))
          sink.note("ambiguous-decimal", ambiguous);
        // One finding for the cell: another currency says more than a symbol ignored.
        if (marked) {
          if (differs(value)) sink.note("currency-differs", otherCurrency);
          else sink.note("currency-symbol", symbol);
        }
        return full(n);
      }
    }
    // `1.2M` and `TBD` get their own fix; anything else, what an amount looks like.
    const what = typeof value === "string" ? notANumber(value, "amount", required) : null;
    sink.error(
      "invalid-number",
      `${header} ${quoteRaw(value)} ${what ?? "is not an amount; enter a number such as 125000"}.`,
    );
    return null;
  };
  return { parse, usesFormat: true, notices, fromColumn: commaAt >= 0 };
}
