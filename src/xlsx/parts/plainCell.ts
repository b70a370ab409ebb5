import { decodeEntities } from "../xml/entities";
import { referenceColumn, unsignedInteger } from "./cellReference";

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const LETTER_C = 99;
const LETTER_R = 114;
const LETTER_S = 115;
const LETTER_T = 116;
const LETTER_V = 118;

// Every read below is checked against the text's length first, though a read past the end would
// give NaN and compare false all the same: V8 throws away its optimised code at each place such a
// read first happens (a chunk ends inside a cell), and compiling it again took about 0.1 s of the
// 5,000-project tracker's 0.7 s read.

/** `</c>` at `p` (compared code by code: it runs for every cell). */
function isCellEnd(s: string, p: number): boolean {
  return (
    p + 3 < s.length &&
    s.charCodeAt(p) === LT &&
    s.charCodeAt(p + 1) === SLASH &&
    s.charCodeAt(p + 2) === LETTER_C &&
    s.charCodeAt(p + 3) === GT
  );
}

/** `<v>` at `p`, or with `close`, `</v>`. */
function isValueTag(s: string, p: number, close: boolean): boolean {
  if (p + 3 + (close ? 1 : 0) > s.length || s.charCodeAt(p) !== LT) return false;
  if (close && s.charCodeAt(++p) !== SLASH) return false;
  return s.charCodeAt(p + 1) === LETTER_V && s.charCodeAt(p + 2) === GT;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
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
  /** The `<v>` text, entities decoded; null for a cell without `<v>` or when `digits` holds it. */
  value: string | null = null;
  /**
   * For a number or shared string (`t` absent, `n` or `s`), the `<v>` text's value when it is 1 to
   * 15 decimal digits and nothing else (an index, a date serial, a whole number: most cells), read
   * without slicing it; else -1.
   */
  digits = -1;
  /** Position just after `</c>` (or `/>`). */
  end = -1;
}

/**
 * Reads a whole `<c>` element at `lt` when it has the plain shape nearly every cell of a tracker
 * has: attributes among `r`, `s`, `t` (a type other than inline string), then nothing, or one
 * `<v>` with text. Anything else (a formula, an inline string, another attribute, a namespace
 * prefix, whitespace between the elements, the chunk ending inside it) returns false, and the
 * general XML scanner reads the cell instead, so both paths give the same cell.
 */
export function scanPlainCell(s: string, lt: number, maxTextChars: number, out: PlainCell): boolean {
  const n = s.length;
  if (lt + 2 >= n || s.charCodeAt(lt + 1) !== LETTER_C) return false;
  let p = lt + 2;
  let c = s.charCodeAt(p);
  if (!isSpace(c) && c !== GT && c !== SLASH) return false;
  let col = -1;
  let style = -1;
  let type: string | null | undefined = null;
  let seen = 0; // bits: 1 = r, 2 = s, 4 = t (the first of a repeated attribute counts, as in XmlAttributes)
  for (;;) {
    while (p < n && isSpace(s.charCodeAt(p))) p++;
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
  if (c === SLASH) {
    if (p + 1 >= n || s.charCodeAt(p + 1) !== GT) return false;
    p += 2;
  } else if (isCellEnd(s, p + 1)) {
    p += 5;
  } else {
    // `><v>text</v></c>`
    if (!isValueTag(s, p + 1, false)) return false;
    const from = p + 4;
    const to = s.indexOf("<", from);
    if (to < 0 || to - from > maxTextChars) return false;
    if (!isValueTag(s, to, true) || !isCellEnd(s, to + 4)) return false;
    // Only numbers and shared-string indexes: other types keep their text as written ("007").
    if ((type === null || type === "n" || type === "s") && to - from <= 15)
      digits = decimalDigits(s, from, to);
    if (digits < 0) value = to === from ? "" : decodeEntities(s.slice(from, to));
    p = to + 8;
  }
  out.col = col;
  out.style = style;
  out.type = type;
  out.value = value;
  out.digits = digits;
  out.end = p;
  return true;
}
