import type { CellSink, ColumnContext, ColumnParser, NoteDescriber } from "./types";
import { hasThousandsSeparator, parseNumericText } from "./numericText";
import { thousandsNote } from "./parseNumber";
import { quoteRaw } from "./formatValue";
import { notANumber } from "./notANumber";
import { currencyMarks, stripCurrency } from "./currencyText";
import { currencyName, currencyOfMark, headerCurrency, sameCurrency } from "./currencyCode";
import { amountScaleOf } from "./amountScale";

/**
 * Currency columns: numbers; a currency symbol or code in text is stripped with a (per column)
 * warning, another when it names another currency than the column's (its header's, else the
 * report's). A header in thousands or millions (`Budget ($K)`) scales every amount to full units,
 * rounded to the cent, so it adds up with other trackers' full amounts.
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
  const parse = (value: string | number | boolean, _format: string | null, sink: CellSink): number | null => {
    if (typeof value === "number") return full(value);
    if (typeof value === "string") {
      let n = parseNumericText(value);
      if (!Number.isNaN(n)) {
        if (hasThousandsSeparator(value)) sink.note("thousands-separator", thousands);
        return full(n);
      }
      const bare = stripCurrency(value);
      n = bare === value ? NaN : parseNumericText(bare);
      if (!Number.isNaN(n)) {
        // One finding for the cell: another currency says more than a symbol ignored.
        if (differs(value)) sink.note("currency-differs", otherCurrency);
        else sink.note("currency-symbol", symbol);
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
  return { parse, usesFormat: false, notices: [] };
}
