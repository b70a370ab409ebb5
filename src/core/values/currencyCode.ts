/**
 * Which currency an amount's symbol or code, or a header's unit, names: what tells a tracker in
 * euros from the report in dollars. Only the symbols and ISO codes trackers use are known, so a
 * three-letter word (`Est`, `hrs`) names none.
 */

import { headerUnit } from "./headerUnit";

/** Symbols, each the currency it names; `$` and `¥` name several (see `sameCurrency`). */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["€", "EUR"],
  ["£", "GBP"],
  ["₹", "INR"],
  ["₩", "KRW"],
  ["₺", "TRY"],
  ["₪", "ILS"],
  ["₽", "RUB"],
  ["₱", "PHP"],
  ["₫", "VND"],
  ["฿", "THB"],
  ["$", "$"],
  ["¥", "¥"],
]);

/** The ISO 4217 codes a tracker's amounts come in. */
const CODES: ReadonlySet<string> = new Set(
  (
    "USD EUR GBP JPY CNY INR CAD AUD NZD CHF SEK NOK DKK ISK PLN CZK HUF RON BGN ZAR BRL MXN ARS CLP COP " +
    "PEN SGD HKD TWD KRW THB MYR IDR PHP VND TRY ILS AED SAR QAR KWD EGP NGN KES MAD RUB UAH"
  ).split(" "),
);

/** Codes whose currency is written `$`, and `¥`. */
const DOLLARS: ReadonlySet<string> = new Set("USD CAD AUD NZD SGD HKD TWD MXN ARS CLP COP".split(" "));
const YENS: ReadonlySet<string> = new Set(["JPY", "CNY"]);

/** The currency a symbol or code names (`€` → EUR, `usd` → USD, `$` → "$"), else null. */
export function currencyOfMark(mark: string): string | null {
  const trimmed = mark.trim();
  const symbol = SYMBOLS.get(trimmed);
  if (symbol !== undefined) return symbol;
  const code = trimmed.toUpperCase();
  return CODES.has(code) ? code : null;
}

/** Whether two currencies (codes, or `$` / `¥`) may be one: `$` is a dollar of any country. */
export function sameCurrency(a: string, b: string): boolean {
  if (a === b) return true;
  const loose = (mark: string, code: string): boolean =>
    (mark === "$" && DOLLARS.has(code)) || (mark === "¥" && YENS.has(code));
  return loose(a, b) || loose(b, a);
}

/** How a currency is named in a message: its code, or the symbol that stands for several. */
export function currencyName(currency: string): string {
  return currency === "$" ? "dollars" : currency === "¥" ? "yen or yuan" : currency;
}

/** A symbol (any of the known ones) or a word in a header's bracketed unit. */
const UNIT_MARK = /[€£₹₩₺₪₽₱₫฿$¥]|\p{L}+/gu;

/**
 * The currency a header's trailing bracketed unit names (`Budget (EUR)`, `Actual Cost (€)`,
 * `Budget ($K)`, `Budget (GBP '000)`), else null. Two different currencies name none.
 */
export function headerCurrency(header: string): string | null {
  const unit = headerUnit(header);
  if (unit === undefined) return null;
  const found = new Set<string>();
  for (const mark of unit.match(UNIT_MARK) ?? []) {
    const currency = currencyOfMark(mark);
    if (currency !== null) found.add(currency);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** `[$€-2]`, `[$EUR]`, `[$USD-409]`: a number format's currency-and-locale code (the symbol before any `-`). */
const FORMAT_LOCALE_SYMBOL = /\[\$([^\]-]*)/g;
/** Literal text in a number format: quoted, or one character escaped with a backslash. */
const FORMAT_LITERAL = /"([^"]*)"|\\(.)/g;
/** A colour or condition in brackets (`[Red]`, `[<0]`), which holds no currency. */
const FORMAT_BRACKETS = /\[[^\]]*\]/g;

/**
 * The currency a cell's number format shows (`"£"#,##0.00`, `[$€-2] #,##0`, `#,##0 [$€-x-euro2]`,
 * `#,##0 "EUR"`, `$#,##0`), else null; two different currencies show none.
 */
export function formatCurrency(format: string): string | null {
  const found = new Set<string>();
  const add = (text: string): void => {
    for (const mark of text.match(UNIT_MARK) ?? []) {
      const currency = currencyOfMark(mark);
      if (currency !== null) found.add(currency);
    }
  };
  for (const m of format.matchAll(FORMAT_LOCALE_SYMBOL)) add(m[1] ?? "");
  for (const m of format.matchAll(FORMAT_LITERAL)) add(m[1] ?? m[2] ?? "");
  // Symbols written bare (`$#,##0`, `€ #,##0`), outside brackets and quotes.
  const bare = format.replace(FORMAT_LITERAL, " ").replace(FORMAT_BRACKETS, " ");
  for (const symbol of bare.match(/\p{Sc}/gu) ?? []) add(symbol);
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
