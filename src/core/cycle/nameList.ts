/** Names shown in one sentence before "and N more" (monthly-cycle.md "The narrative"). */
export const NAMES_PER_SENTENCE = 3;

/**
 * Up to three names joined as English prose, then "and N more".
 * @example nameList(["A", "B", "C", "D", "E"]) // "A, B, C and 2 more"
 */
export function nameList(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_PER_SENTENCE);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1] ?? ""}`;
}
