import { decodeEntities } from "../xml/entities";
import { referenceColumn, unsignedInteger } from "./cellReference";
import { INLINE_ITEM, PlainItem, readPlainItem } from "./plainItem";
import { isXmlSpace } from "./plainRow";

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const AMPERSAND = 38;
const LETTER_C = 99;
const LETTER_F = 102;
const LETTER_R = 114;
const LETTER_S = 115;
const LETTER_T = 116;
const LETTER_V = 118;

// Every read below is checked against the text's length first, though a read past the end would
// give NaN and compare false all the same: V8 throws away its optimised code at each place such a
// read first happens (a chunk ends inside a cell), and compiling it again took about 0.1 s of the
// 5,000-project tracker's 0.7 s read.

/** The end tag of a one-letter element, `</c>` or `</f>`, at `p` (code by code: it runs for every cell). */
function isEndTag(s: string, p: number, letter: number): boolean {
  return (
    p + 3 < s.length &&
    s.charCodeAt(p) === LT &&
    s.charCodeAt(p + 1) === SLASH &&
    s.charCodeAt(p + 2) === letter &&
    s.charCodeAt(p + 3) === GT
  );
}

function isCellEnd(s: string, p: number): boolean {
  return isEndTag(s, p, LETTER_C);
}

/**
 * Skips a whole `<f …>formula</f>` or `<f …/>` at `lt` (a formula's text is not kept: a cell with a
 * cached value is read as that value, as Office.js gives it). Any attributes in `name="value"` form
 * (`t="shared" ref="H2:H900" si="0"`, `ca="1"`…); the text may hold entities but no element, comment
 * or CDATA section. Returns the position after it, or -1 for any other shape, a text longer than
 * `maxTextChars`, or the chunk ending inside it.
 */
function skipFormula(s: string, lt: number, maxTextChars: number): number {
  const n = s.length;
  if (lt + 2 >= n || s.charCodeAt(lt) !== LT || s.charCodeAt(lt + 1) !== LETTER_F) return -1;
  let p = lt + 2;
  let c = s.charCodeAt(p);
  if (!isXmlSpace(c) && c !== GT && c !== SLASH) return -1;
  for (;;) {
    while (p < n && isXmlSpace(s.charCodeAt(p))) p++;
    if (p >= n) return -1;
    c = s.charCodeAt(p);
    if (c === GT || c === SLASH) break;
    // `name="value"`: letters, digits and the name characters Excel uses, then `=` and a quote.
    const nameStart = p;
    while (p < n) {
      const d = s.charCodeAt(p);
      if (
        d === EQUALS ||
        isXmlSpace(d) ||
        d === GT ||
        d === SLASH ||
        d === LT ||
        d === QUOTE ||
        d === APOSTROPHE
      )
        break;
      p++;
    }
    if (p === nameStart || p + 1 >= n || s.charCodeAt(p) !== EQUALS) return -1;
    // A namespace declaration changes how the rest reads: the general path handles it.
    if (s.startsWith("xmlns", nameStart)) return -1;
    const quote = s.charCodeAt(p + 1);
    if (quote !== QUOTE && quote !== APOSTROPHE) return -1;
    const close = s.indexOf(quote === QUOTE ? '"' : "'", p + 2);
    if (close < 0) return -1;
    // An entity in a value is the general path's to check (it fails on an undefined one).
    for (let i = p + 2; i < close; i++) if (s.charCodeAt(i) === AMPERSAND) return -1;
    p = close + 1;
  }
  if (c === SLASH) return p + 1 < n && s.charCodeAt(p + 1) === GT ? p + 2 : -1;
  const from = p + 1;
  const to = s.indexOf("<", from);
  if (to < 0 || to - from > maxTextChars || !isEndTag(s, to, LETTER_F)) return -1;
  // `&` joins text in formulas (`A2&"-"&B2`): entities are checked as the general path decodes them.
  if (!entitiesDecode(s, from, to)) return -1;
  return to + 4;
}

/** Whether `s[from, to)` decodes (no undefined entity, no bad character reference). */
function entitiesDecode(s: string, from: number, to: number): boolean {
  const amp = s.indexOf("&", from);
  if (amp < 0 || amp >= to) return true;
  try {
    decodeEntities(s.slice(amp, to));
    return true;
  } catch {
    return false;
  }
}

/** `<v>` at `p`, or with `close`, `</v>`. */
function isValueTag(s: string, p: number, close: boolean): boolean {
  if (p + 3 + (close ? 1 : 0) > s.length || s.charCodeAt(p) !== LT) return false;
  if (close && s.charCodeAt(++p) !== SLASH) return false;
  return s.charCodeAt(p + 1) === LETTER_V && s.charCodeAt(p + 2) === GT;
}

/** The cell types a plain cell may have, as the literals `cellValueOf` compares against. */
function plainType(s: string, start: number, end: number): string | null | undefined {
  switch (end - start) {
    case 1:
      switch (s.charCodeAt(start)) {
        case LETTER_S:
          return "s";
        case 110:
          return "n";
        case 98:
          return "b";
        case 101:
          return "e";
        case 100:
          return "d";
      }
      return undefined;
    case 3:
      return s.startsWith("str", start) ? "str" : undefined;
    case 9:
      return s.startsWith("inlineStr", start) ? "inlineStr" : undefined;
  }
  return undefined;
}

/** `s[start, end)` as a number when it is 1 to 15 decimal digits (exact in a double); else -1. */
function decimalDigits(s: string, start: number, end: number): number {
  if (end === start) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * What `scanPlainCell` found. One object is reused for every cell of a sheet (nothing is allocated
 * per cell but the value text).
 */
export class PlainCell {
  /** Column from `r`: -1 when absent, 0 when not a plain A1 reference (as `referenceColumn` says). */
  col = -1;
  /** `s`: -1 when absent or not a number. */
  style = -1;
  type: string | null = null;
  /**
   * The `<v>` text, entities decoded (an inline string's text, final); null for a cell without
   * `<v>` or when `digits` holds it.
   */
  value: string | null = null;
  /**
   * For a number or shared string (`t` absent, `n` or `s`), the `<v>` text's value when it is 1 to
   * 15 decimal digits and nothing else (an index, a date serial, a whole number: most cells), read
   * without slicing it; else -1.
   */
  digits = -1;
  /** Position just after `</c>` (or `/>`). */
  end = -1;
  /** Whether the cell has a formula (`<f>` before its value): without a value it is uncalculated. */
  formula = false;
  /** Scratch for an inline string's item. */
  readonly inline = new PlainItem();
}

/**
 * Reads a whole `<c>` element at `lt` when it has the plain shape nearly every cell of a tracker
 * has: attributes among `r`, `s`, `t`, then nothing, or a formula (`skipFormula`), or one `<v>`
 * with text, or a formula then a `<v>`; or, for `t="inlineStr"`, one plain inline item
 * (`readPlainItem`). Anything else (a rich or phonetic inline string, another attribute, a
 * namespace prefix, whitespace between the elements, the chunk ending inside it) returns false,
 * and the general XML scanner reads the cell instead, so both paths give the same cell. A
 * filled-down formula column is in most trackers a PM builds: read by the general path, it had
 * doubled the whole read.
 */
export function scanPlainCell(s: string, lt: number, maxTextChars: number, out: PlainCell): boolean {
  const n = s.length;
  if (lt + 2 >= n || s.charCodeAt(lt + 1) !== LETTER_C) return false;
  let p = lt + 2;
  let c = s.charCodeAt(p);
  if (!isXmlSpace(c) && c !== GT && c !== SLASH) return false;
  let col = -1;
  let style = -1;
  let type: string | null | undefined = null;
  let seen = 0; // bits: 1 = r, 2 = s, 4 = t (the first of a repeated attribute counts, as in XmlAttributes)
  for (;;) {
    while (p < n && isXmlSpace(s.charCodeAt(p))) p++;
    if (p >= n) return false;
    c = s.charCodeAt(p);
    if (c === GT || c === SLASH) break;
    const name = c;
    // Only the one-letter attributes r, s and t, written `x="…"` (or with apostrophes).
    if (p + 2 >= n || s.charCodeAt(p + 1) !== EQUALS) return false;
    const quote = s.charCodeAt(p + 2);
    if (quote !== QUOTE && quote !== APOSTROPHE) return false;
    const start = p + 3;
    const close = s.indexOf(quote === QUOTE ? '"' : "'", start);
    if (close < 0) return false;
    if (name === LETTER_R) {
      if ((seen & 1) === 0) col = referenceColumn(s, start, close);
      seen |= 1;
    } else if (name === LETTER_S) {
      if ((seen & 2) === 0) style = unsignedInteger(s, start, close);
      seen |= 2;
    } else if (name === LETTER_T) {
      if ((seen & 4) === 0) type = plainType(s, start, close);
      if (type === undefined) return false;
      seen |= 4;
    } else {
      return false;
    }
    p = close + 1;
  }
  let value: string | null = null;
  let digits = -1;
  let formula = false;
  if (c === SLASH) {
    // `<c t="inlineStr"/>` is the general path's (it keeps no value).
    if (p + 1 >= n || s.charCodeAt(p + 1) !== GT || type === "inlineStr") return false;
    p += 2;
  } else if (type === "inlineStr") {
    // `<is><t>text</t></is></c>`; the text itself, final: `SheetHandler.plainCell` keeps it as it is.
    const item = out.inline;
    if (!readPlainItem(s, p + 1, INLINE_ITEM, maxTextChars, item) || !isCellEnd(s, item.end)) return false;
    value = item.text;
    p = item.end + 4;
  } else {
    p += 1;
    if (p + 1 < n && s.charCodeAt(p) === LT && s.charCodeAt(p + 1) === LETTER_F) {
      p = skipFormula(s, p, maxTextChars);
      if (p < 0) return false;
      formula = true;
    }
    if (isCellEnd(s, p)) {
      p += 4;
    } else {
      // `<v>text</v></c>`
      if (!isValueTag(s, p, false)) return false;
      const from = p + 3;
      const to = s.indexOf("<", from);
      if (to < 0 || to - from > maxTextChars) return false;
      if (!isValueTag(s, to, true) || !isCellEnd(s, to + 4)) return false;
      // Only numbers and shared-string indexes: other types keep their text as written ("007").
      if ((type === null || type === "n" || type === "s") && to - from <= 15)
        digits = decimalDigits(s, from, to);
      if (digits < 0) value = to === from ? "" : decodeEntities(s.slice(from, to));
      p = to + 8;
    }
  }
  out.col = col;
  out.style = style;
  out.type = type;
  out.value = value;
  out.digits = digits;
  out.end = p;
  out.formula = formula;
  return true;
}
