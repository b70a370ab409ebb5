import type { CellSink, ColumnContext, ColumnParser } from "./types";
import { parseNumericText } from "./numericText";
import { quoteRaw } from "./formatValue";
import { isPlaceholder, placeholderFix } from "./placeholder";

/** Scale words (lower case, single spaces) → 1..5: the spec's, then a risk matrix's. */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["very low", 1],
  ["vl", 1],
  ["low", 2],
  ["l", 2],
  ["medium", 3],
  ["med", 3],
  ["m", 3],
  ["high", 4],
  ["h", 4],
  ["very high", 5],
  ["vh", 5],
  // The five-point words of ISO 31000-style risk matrices, likelihood then consequence.
  ["rare", 1],
  ["unlikely", 2],
  ["possible", 3],
  ["likely", 4],
  ["almost certain", 5],
  ["insignificant", 1],
  ["minor", 2],
  ["moderate", 3],
  ["major", 4],
  ["severe", 5],
  ["catastrophic", 5],
  // The other common five-point words: Very Unlikely … Very Likely, Negligible … Critical.
  ["very unlikely", 1],
  ["very likely", 5],
  ["negligible", 1],
  ["significant", 4],
  ["critical", 5],
]);

/** `3 - Medium`, `5: Very High`, `4) High`: a risk matrix's labelled score, number first. */
const NUMBER_THEN_WORD = /^([1-5])\s*[-–—:.)]\s*(\S.*)$/;
/** `High (4)`, `Very High [5]`: the word first. */
const WORD_THEN_NUMBER = /^(.*\S)\s*[([]\s*([1-5])\s*[)\]]$/;

function scaleWord(text: string): number | null {
  return (
    SCALE_WORDS.get(
      text
        .toLowerCase()
        .replace(/[\s_-]+/g, " ")
        .trim(),
    ) ?? null
  );
}

/**
 * A 1–5 score from a number, a word (`Very High`, `VH`, `med`) or both as risk matrices label
 * them (`3 - Medium`, `High (4)`; the two must agree), else null.
 * @example scaleOf("Very  high") // 5
 * @example scaleOf("4 - High") // 4
 */
export function scaleOf(value: string | number | boolean): number | null {
  const n =
    typeof value === "number" ? value : typeof value === "string" ? parseNumericText(value) : Number.NaN;
  if (Number.isInteger(n)) return n >= 1 && n <= 5 ? n : null;
  if (typeof value !== "string") return null;
  const word = scaleWord(value);
  if (word !== null) return word;
  const labelled = NUMBER_THEN_WORD.exec(value.trim());
  const reversed = labelled === null ? WORD_THEN_NUMBER.exec(value.trim()) : null;
  const score = Number(labelled?.[1] ?? reversed?.[2] ?? NaN);
  const text = labelled?.[2] ?? reversed?.[1];
  return text !== undefined && scaleWord(text) === score ? score : null;
}

/** Scale 1–5 columns (probability, impact). */
export function createScaleParser(ctx: ColumnContext): ColumnParser {
  const { header } = ctx;
  const required = ctx.column.required === true;
  const parse = (value: string | number | boolean, _format: string | null, sink: CellSink): number | null => {
    const score = scaleOf(value);
    if (score === null) {
      const placeholder = typeof value === "string" && isPlaceholder(value);
      sink.error(
        "invalid-scale",
        placeholder
          ? `${header} ${quoteRaw(value)} ${placeholderFix("score", required)}: 1 to 5 or Very Low, Low, Medium, High, Very High.`
          : `${header} ${quoteRaw(value)} is not a 1–5 score; enter 1 to 5 or Very Low, Low, Medium, High, Very High.`,
      );
    }
    return score;
  };
  return { parse, usesFormat: false, notices: [] };
}
