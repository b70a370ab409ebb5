import { unsignedInteger } from "./cellReference";

const GT = 62; // >
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const LT = 60;
const LETTER_R = 114;
const LETTER_O = 111;
const LETTER_W = 119;
const LETTER_X = 120;

/** XML's whitespace: space, line feed, tab, carriage return. */
export function isXmlSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** What `scanRowStart` found; one object reused for every row of a sheet. */
export class PlainRow {
  /** `r` as written: -1 when absent, else its digits' value. */
  r = -1;
  /** Position after the start tag. */
  end = -1;
  /** `<row …/>`: a row without cells. */
  selfClosing = false;
}

/**
 * Reads a `<row …>` start tag at `lt` when its attributes are plain (`name="value"`, any names but
 * namespace declarations, `r` absent or decimal digits). False for anything else, and when the
 * chunk ends inside the tag: the general scanner then reads the row.
 */
export function scanRowStart(s: string, lt: number, out: PlainRow): boolean {
  const n = s.length;
  if (
    lt + 4 >= n ||
    s.charCodeAt(lt + 1) !== LETTER_R ||
    s.charCodeAt(lt + 2) !== LETTER_O ||
    s.charCodeAt(lt + 3) !== LETTER_W
  )
    return false;
  let p = lt + 4;
  let c = s.charCodeAt(p);
  if (!isXmlSpace(c) && c !== GT && c !== SLASH) return false;
  let r = -1;
  let seenR = false;
  for (;;) {
    while (p < n && isXmlSpace(s.charCodeAt(p))) p++;
    if (p >= n) return false;
    c = s.charCodeAt(p);
    if (c === GT || c === SLASH) break;
    const nameStart = p;
    while (p < n) {
      const d = s.charCodeAt(p);
      if (d === EQUALS || isXmlSpace(d) || d === GT || d === SLASH || d === LT) break;
      p++;
    }
    // `name="value"` with nothing around the "=", and never a namespace declaration (`xmlns…`).
    if (p + 1 >= n || p === nameStart || s.charCodeAt(p) !== EQUALS) return false;
    if (c === LETTER_X && s.startsWith("xmlns", nameStart)) return false;
    const quote = s.charCodeAt(p + 1);
    if (quote !== QUOTE && quote !== APOSTROPHE) return false;
    const close = s.indexOf(quote === QUOTE ? '"' : "'", p + 2);
    if (close < 0) return false;
    if (p - nameStart === 1 && c === LETTER_R && !seenR) {
      seenR = true;
      r = unsignedInteger(s, p + 2, close);
      // Not plain digits ("5.0", " 5"): the general path decides what it means.
      if (r < 0) return false;
    }
    p = close + 1;
  }
  if (c === SLASH) {
    if (p + 1 >= n || s.charCodeAt(p + 1) !== GT) return false;
    out.selfClosing = true;
    out.end = p + 2;
  } else {
    out.selfClosing = false;
    out.end = p + 1;
  }
  out.r = r;
  return true;
}

/** `</row>` at `p`. */
export function isRowEnd(s: string, p: number): boolean {
  return (
    p + 5 < s.length &&
    s.charCodeAt(p) === LT &&
    s.charCodeAt(p + 1) === SLASH &&
    s.charCodeAt(p + 2) === LETTER_R &&
    s.charCodeAt(p + 3) === LETTER_O &&
    s.charCodeAt(p + 4) === LETTER_W &&
    s.charCodeAt(p + 5) === GT
  );
}
