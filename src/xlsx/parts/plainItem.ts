import { decodeEntities, decodeExcelEscapes } from "../xml/entities";

/** The two openings of a plain string item (Excel writes the second when the text has edge spaces) and its end. */
export interface PlainItemTags {
  readonly plain: string;
  readonly preserved: string;
  readonly end: string;
}

/** An item of the shared-string table. */
export const SHARED_ITEM: PlainItemTags = {
  plain: "<si><t>",
  preserved: '<si><t xml:space="preserve">',
  end: "</t></si>",
};

/** A cell's inline string, as exporters that stream rows (Apache POI's, among others) write every text cell. */
export const INLINE_ITEM: PlainItemTags = {
  plain: "<is><t>",
  preserved: '<is><t xml:space="preserve">',
  end: "</t></is>",
};

/** What `readPlainItem` found; one object reused for every item. */
export class PlainItem {
  /** The item's text, decoded. */
  text = "";
  /** Position just after the item's end tag. */
  end = -1;
}

/**
 * A whole plain string item at `at` (`<si><t>text</t></si>`, or `<is>…</is>` in a cell), read with
 * a few string searches: nearly every item of a tracker has that shape, and reading it element by
 * element costs far more while the code is still cold. The text is decoded as `StringItemText`
 * decodes it (entities, then `_xHHHH_` escapes). False for any other shape (rich runs, phonetic
 * text, whitespace between the elements), a text longer than `maxTextChars`, or the chunk ending
 * inside it: the general path reads it then.
 */
export function readPlainItem(
  s: string,
  at: number,
  tags: PlainItemTags,
  maxTextChars: number,
  out: PlainItem,
): boolean {
  let from: number;
  if (s.startsWith(tags.plain, at)) from = at + tags.plain.length;
  else if (s.startsWith(tags.preserved, at)) from = at + tags.preserved.length;
  else return false;
  const to = s.indexOf("<", from);
  if (to < 0 || to - from > maxTextChars || !s.startsWith(tags.end, to)) return false;
  out.text = decodeExcelEscapes(decodeEntities(s.slice(from, to)));
  out.end = to + tags.end.length;
  return true;
}
