/** Number wording for the narrative: the same words for the same inputs, independent of locale. */

function grouped(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Money in a sentence: currency code, millions with one decimal or thousands.
 * @example money(-412_000, "USD") // "-USD 412K"
 */
export function money(value: number, currency: string): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return `${sign}${currency} ${(abs / 1_000_000).toFixed(1)}M`;
  if (abs >= 10_000) return `${sign}${currency} ${grouped(Math.round(abs / 1000))}K`;
  return `${sign}${currency} ${grouped(Math.round(abs))}`;
}

export function percent(share: number | null): string {
  return share === null ? "n/a" : `${Math.round(share * 100)}%`;
}

/** "1 project", "3 projects" (plural by adding s). */
export function count(n: number, noun: string): string {
  return `${grouped(n)} ${noun}${n === 1 ? "" : "s"}`;
}

/** "is" or "are" for a count. */
export function verb(n: number): string {
  return n === 1 ? "is" : "are";
}

/** A tracker's free text, on one line, shortened to keep a sentence readable. */
export function quote(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  return `“${line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line}”`;
}
