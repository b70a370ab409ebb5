import type { CellValue } from "../model/portfolio";

/** Numbers within this distance are equal (a 100 % read from 0.99999999999 text is still 100 %). */
const EPSILON = 1e-9;

/**
 * Tests a cell against a rule's list of values: text case-insensitively (custom templates may list
 * plain text columns), numbers with a tolerance. Built once per rule.
 */
export class ValueMatcher {
  private readonly texts: ReadonlySet<string>;
  private readonly numbers: readonly number[];

  constructor(values: readonly (string | number)[]) {
    this.texts = new Set(
      values.filter((v): v is string => typeof v === "string").map((v) => v.toLowerCase()),
    );
    this.numbers = values.filter((v): v is number => typeof v === "number");
  }

  matches(value: CellValue): boolean {
    if (typeof value === "string") return this.texts.has(value.toLowerCase());
    if (typeof value === "number") {
      for (const n of this.numbers) if (Math.abs(n - value) < EPSILON) return true;
    }
    return false;
  }
}
