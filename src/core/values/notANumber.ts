import { stripCurrency } from "./currencyText";
import { formatNumber } from "./formatValue";
import { parseNumericText } from "./numericText";
import { isPlaceholder, placeholderFix } from "./placeholder";

/** `1.2M`, `$250k`, `3bn`: a number with a multiplier letter, as status reports abbreviate. */
const MULTIPLIED = /^(.*?\d)\s*(k|m|mn|bn)$/i;
const MULTIPLIERS: Readonly<Record<string, { factor: number; word: string }>> = {
  k: { factor: 1e3, word: "thousand" },
  m: { factor: 1e6, word: "million" },
  mn: { factor: 1e6, word: "million" },
  bn: { factor: 1e9, word: "billion" },
};

/**
 * What a text that is not a number is, and how to fix it, when it is one of the things PMs write
 * in a number or amount column: an abbreviated figure (`1.2M`, `$250k`), read out in full in the
 * message but never guessed into the figures (an `M` means a thousand in some ledgers), or a
 * placeholder (`TBD`, `-`). Null for anything else. `noun` names the value: "amount", "number".
 * @example notANumber("$1.2M", "amount", true) // "is abbreviated; enter the full amount (1,200,000 if M means million)"
 */
export function notANumber(text: string, noun: string, required: boolean): string | null {
  const trimmed = text.trim();
  const multiplied = MULTIPLIED.exec(trimmed);
  if (multiplied) {
    const multiplier = MULTIPLIERS[(multiplied[2] ?? "").toLowerCase()];
    const base = parseNumericText(stripCurrency(multiplied[1] ?? ""));
    if (multiplier !== undefined && Number.isFinite(base)) {
      const full = formatNumber(Math.round(base * multiplier.factor * 100) / 100);
      return (
        `is abbreviated; enter the full ${noun} (${full} if ${(multiplied[2] ?? "").toUpperCase()} means ` +
        `${multiplier.word})`
      );
    }
  }
  return isPlaceholder(trimmed) ? placeholderFix(noun, required) : null;
}
