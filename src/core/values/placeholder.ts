/** What PMs type while a value is not known yet: `TBD`, `TBC`, `n/a`, `-`, `?`. */
const PLACEHOLDER = /^(?:tbd|tbc|tba|n\/?a|none|unknown|pending|later|[-–—?.]+)$/i;

/** Whether a text is a placeholder for a value not known yet. */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/**
 * How to fix a placeholder where a value belongs (`noun`: "date", "amount", "number"); a required
 * column reports a blank cell too, so it is not offered as the fix there.
 * @example placeholderFix("amount", false) // "is a placeholder, not an amount; enter the amount, or leave the cell blank until it is known"
 */
export function placeholderFix(noun: string, required: boolean): string {
  const article = /^[aeiou]/.test(noun) ? "an" : "a";
  const fix = required
    ? `enter the ${noun} (the column is required, so a blank cell is reported too)`
    : `enter the ${noun}, or leave the cell blank until it is known`;
  return `is a placeholder, not ${article} ${noun}; ${fix}`;
}
