/**
 * Whether a code unit separates thousands: a comma, or a space as French, Nordic and other locales
 * group digits (`1 200`, with a plain, no-break, narrow no-break or thin space), as numbers copied
 * from their reports arrive as text.
 */
function isGroupSeparator(c: number): boolean {
  return c === 44 /* , */ || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Parses numeric text typed by a person: optional sign, digits with optional thousands separators
 * (one kind, a comma or a space: see `isGroupSeparator`) in groups of three, optional decimals.
 * Returns NaN for anything else. Hand-written (no regex) because it can run on every cell of a
 * column of numbers stored as text.
 * @example parseNumericText("1,200.5") // 1200.5
 * @example parseNumericText("1 200") // 1200
 * @example parseNumericText("1,20") // NaN (not a thousands grouping)
 */
export function parseNumericText(text: string): number {
  const n = text.length;
  let i = 0;
  if (i < n && (text.charCodeAt(i) === 45 /* - */ || text.charCodeAt(i) === 43) /* + */) i++;
  let digits = 0;
  let groupDigits = 0;
  /** The separator the text groups with (its first), or -1 before any. */
  let separator = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      groupDigits++;
    } else if (isGroupSeparator(c)) {
      // One kind of separator; the first group holds 1–3 digits, every later group exactly 3.
      if (separator >= 0 ? c !== separator || groupDigits !== 3 : digits === 0 || groupDigits > 3) return NaN;
      separator = c;
      groupDigits = 0;
    } else break;
  }
  if (separator >= 0 && groupDigits !== 3) return NaN;
  let fracDigits = 0;
  if (i < n && text.charCodeAt(i) === 46 /* . */) {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      fracDigits++;
    }
  }
  if (i !== n || digits + fracDigits === 0) return NaN;
  // Validated above; Number() gives the exactly rounded value.
  return Number(separator >= 0 ? text.replaceAll(String.fromCharCode(separator), "") : text);
}

/**
 * True when numeric text (that `parseNumericText` read) used a thousands separator (`1,200`,
 * `1 200`), which the spec reports as a warning.
 */
export function hasThousandsSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isGroupSeparator(text.charCodeAt(i))) return true;
  return false;
}
