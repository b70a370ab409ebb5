/**
 * Parses numeric text typed by a person: optional sign, digits with optional comma thousands
 * separators in groups of three, optional decimals. Returns NaN for anything else. Hand-written
 * (no regex) because it can run on every cell of a column of numbers stored as text.
 * @example parseNumericText("1,200.5") // 1200.5
 * @example parseNumericText("1,20") // NaN (not a thousands grouping)
 */
export function parseNumericText(text: string): number {
  const n = text.length;
  let i = 0;
  if (i < n && (text.charCodeAt(i) === 45 /* - */ || text.charCodeAt(i) === 43) /* + */) i++;
  let digits = 0;
  let groupDigits = 0;
  let sawComma = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      groupDigits++;
    } else if (c === 44 /* , */) {
      // The first group holds 1–3 digits, every later group exactly 3.
      if (digits === 0 || (sawComma ? groupDigits !== 3 : groupDigits > 3)) return NaN;
      sawComma = true;
      groupDigits = 0;
    } else break;
  }
  if (sawComma && groupDigits !== 3) return NaN;
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
  return Number(sawComma ? text.replace(/,/g, "") : text);
}

/** True when numeric text used a thousands separator (`1,200`), which the spec reports as a warning. */
export function hasThousandsSeparator(text: string): boolean {
  return text.indexOf(",") >= 0;
}
