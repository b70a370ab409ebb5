import type { CellSink, ColumnContext, ColumnParser } from "./types";
import { parseNumericText } from "./numericText";
import { quoteRaw } from "./formatValue";

/** Scale words (lower case, single spaces) → 1..5. */
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
]);

/**
 * A 1–5 score from a number or a word (`Very High`, `VH`, `med`), else null.
 * @example scaleOf("Very  high") // 5
 */
export function scaleOf(value: string | number | boolean): number | null {
  const n =
    typeof value === "number" ? value : typeof value === "string" ? parseNumericText(value) : Number.NaN;
  if (Number.isInteger(n)) return n >= 1 && n <= 5 ? n : null;
  if (typeof value !== "string") return null;
  return SCALE_WORDS.get(value.toLowerCase().replace(/[\s_-]+/g, " ")) ?? null;
}

/** Scale 1–5 columns (probability, impact). */
export function createScaleParser(ctx: ColumnContext): ColumnParser {
  const { header } = ctx;
  const parse = (value: string | number | boolean, _format: string | null, sink: CellSink): number | null => {
    const score = scaleOf(value);
    if (score === null) {
      sink.error(
        "invalid-scale",
        `${header} ${quoteRaw(value)} is not a 1–5 score; enter 1 to 5 or Very Low, Low, Medium, High, Very High.`,
      );
    }
    return score;
  };
  return { parse, usesFormat: false, notices: [] };
}
