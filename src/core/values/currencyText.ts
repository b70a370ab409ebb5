/** A currency symbol (any Unicode currency sign) or a 3-letter code before or after the amount. */
const CURRENCY_AFFIX = /^(?:\p{Sc}|[A-Za-z]{3}(?![A-Za-z]))\s*|\s*(?:\p{Sc}|(?<![A-Za-z])[A-Za-z]{3})$/gu;

/**
 * Strips one leading and/or one trailing currency sign or code, keeping a leading minus sign
 * (`-$1,200`, `$-1,200`, `USD 1,200`, `1200 €`). Returns the input unchanged when there is none.
 */
export function stripCurrency(text: string): string {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const stripped = body.replace(CURRENCY_AFFIX, "");
  if (stripped === body) return text;
  return (negative ? "-" : "") + stripped.trim();
}

/** The currency signs and codes `stripCurrency` strips from `text` (`-€1,200` → `["€"]`). */
export function currencyMarks(text: string): string[] {
  const body = text.startsWith("-") ? text.slice(1) : text;
  return [...body.matchAll(CURRENCY_AFFIX)].map((m) => m[0].trim());
}
