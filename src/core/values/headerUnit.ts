/** The longest header looked at for a unit: a unit sits in a short header (and no regex runs on a paragraph). */
const MAX_HEADER_LENGTH = 120;

/**
 * The text of a header's trailing bracketed unit (`Budget ($K)` → `$K`, `Cost [EUR]` → `EUR`),
 * else undefined. The unit follows a name: a header that is only `(k)` names no column.
 */
export function headerUnit(header: string): string | undefined {
  if (header.length > MAX_HEADER_LENGTH) return undefined;
  return /\S\s*[([]([^()[\]]*)[)\]]\s*$/.exec(header)?.[1];
}
