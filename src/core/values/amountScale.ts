import { headerUnit } from "./headerUnit";

/** A currency column whose header says its amounts are in thousands or millions (`Budget ($K)`). */
export interface AmountScale {
  readonly factor: number;
  readonly word: "thousands" | "millions";
}

const THOUSANDS = new Set(["k", "000", "000s", "'000", "'000s", "thousand", "thousands", "ths"]);
const MILLIONS = new Set(["m", "mm", "mn", "mio", "mill", "million", "millions"]);
/** Currency symbols, which may sit on either side of the unit (`$K`, `k€`). */
const SYMBOLS = /[$€£¥₹]/g;
/** The parts a unit is written with: a thousands mark (`'000`, `000s`) or a word. */
const UNIT_PART = /'?000s?|\p{L}+/gu;
/** A three-letter currency code (`USD`, `EUR`) or the filler `in` beside the unit. */
const FILLER = /^(?:[a-z]{3}|in)$/;

/**
 * The scale a currency header's trailing bracketed unit gives its amounts, else null:
 * `Budget ($K)`, `Actual Cost (k€)`, `Budget (USD '000)`, `Budget (in thousands)` are thousands;
 * `Budget ($M)`, `Budget (€m)`, `Budget ($MM)` millions. `Budget (USD)` and `Budget ($)` have none.
 * @example amountScaleOf("Budget ($K)") // { factor: 1000, word: "thousands" }
 */
export function amountScaleOf(header: string): AmountScale | null {
  const unit = headerUnit(header);
  if (unit === undefined) return null;
  const text = unit
    .toLowerCase()
    .replace(SYMBOLS, " ")
    .replace(/[\u2018\u2019\u0060]/g, "'");
  // Anything else in the brackets (`%`, `#`, a date) is not a scale.
  if (text.replace(UNIT_PART, "").replace(/[\s.']/g, "") !== "") return null;
  const parts = text.match(UNIT_PART) ?? [];
  const scale = parts.filter((part) => THOUSANDS.has(part) || MILLIONS.has(part));
  const rest = parts.filter((part) => !scale.includes(part) && !FILLER.test(part));
  const only = scale.length === 1 && rest.length === 0 ? scale[0] : undefined;
  if (only === undefined) return null;
  return THOUSANDS.has(only) ? { factor: 1_000, word: "thousands" } : { factor: 1_000_000, word: "millions" };
}
