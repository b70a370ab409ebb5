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

/**
 * The names of one sentence, which may list several groups (stale trackers, then trackers not
 * updated, then excluded projects): up to three names in all, each group's rest as "and N more",
 * and a group after the third name is given by its count alone. A group the spec says to name in
 * full (a `rag-worse`, `new-watermelon` or `new-high-risk` kind of 3 or fewer) is named whole.
 */
export class SentenceNames {
  private left = NAMES_PER_SENTENCE;

  /** The group's names as prose, or null when the sentence has named its three already. */
  list(names: readonly string[], whole = false): string | null {
    if (whole && names.length <= NAMES_PER_SENTENCE) {
      this.left = Math.max(0, this.left - names.length);
      return nameList(names);
    }
    if (this.left === 0) return null;
    const shown = names.slice(0, this.left);
    this.left -= shown.length;
    const more = names.length - shown.length;
    return more > 0 ? `${shown.join(", ")} and ${more} more` : nameList(shown);
  }
}
