import type { CellSink, ColumnContext, ColumnParser, NoteDescriber } from "./types";
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

/** Upper bounds of the 1–5 bands a probability in percent falls in (≤ 10 % is 1 … above 70 % is 5). */
const PROBABILITY_BANDS = [0.1, 0.3, 0.5, 0.7];

/** A likelihood column (its template header or the header as written says so). */
const LIKELIHOOD = /probab|likelihood/i;

/**
 * A probability written as a percentage, as a fraction 0..1, else null: `70%` text, a number in a
 * %-formatted cell, a plain fraction (0.7), or, in a column written in percent, a number above 5
 * and up to 100 (70: no score is that). A whole number 1–5 stays a score whatever the header says
 * (`1` is score 1, not 100 %); a 7 in a column of scores stays an error.
 */
function probabilityOf(
  value: string | number | boolean,
  format: string | null,
  percentColumn: boolean,
): number | null {
  if (typeof value === "string") {
    const text = value.trim();
    if (!text.endsWith("%")) return null;
    const n = parseNumericText(text.slice(0, -1).trimEnd());
    return Number.isNaN(n) ? null : n / 100;
  }
  if (typeof value !== "number") return null;
  if (format !== null && format.includes("%")) return value;
  if (value > 0 && value < 1) return value;
  return percentColumn && value > 5 && value <= 100 ? value / 100 : null;
}

/** Whether a likelihood column is written in percent: its header says so, or a cell does (`70%`, a % format, 0.7). */
function isPercentColumn(ctx: ColumnContext): boolean {
  if (ctx.header.includes("%")) return true;
  for (let i = 0; i < ctx.cells.length; i++) {
    const v = ctx.cells.value(i);
    if (typeof v === "string" && v.trim().endsWith("%")) return true;
    if (typeof v === "number" && ((v > 0 && v < 1) || (ctx.cells.format(i) ?? "").includes("%"))) return true;
  }
  return false;
}

/** Scale 1–5 columns (probability, impact). */
export function createScaleParser(ctx: ColumnContext): ColumnParser {
  const { header } = ctx;
  const required = ctx.column.required === true;
  // A risk register's probability in percent (70 %): read into the 1–5 scale by bands, with one
  // note per column. A decision where the spec is silent (it takes scores and words): read as
  // errors, every risk of such a register was unscored and the heat map empty.
  const likelihood = LIKELIHOOD.test(ctx.column.header) || LIKELIHOOD.test(header);
  const percentColumn = likelihood && isPercentColumn(ctx);
  const banded: NoteDescriber = (count, cells) =>
    `${header} has ${count === 1 ? "1 probability" : `${count} probabilities`} in percent (${cells}); ` +
    `${count === 1 ? "it was" : "they were"} read as 1–5 scores by bands: up to 10 % is 1, up to 30 % is 2, ` +
    `up to 50 % is 3, up to 70 % is 4, above 70 % is 5. Enter scores (1–5) to choose them yourself.`;
  const parse = (value: string | number | boolean, format: string | null, sink: CellSink): number | null => {
    const probability = likelihood ? probabilityOf(value, format, percentColumn) : null;
    if (probability !== null && probability >= 0 && probability <= 1) {
      sink.note("probability-as-percent", banded);
      const band = PROBABILITY_BANDS.findIndex((upper) => probability <= upper);
      return band < 0 ? 5 : band + 1;
    }
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
  return { parse, usesFormat: likelihood, notices: [] };
}
