/**
 * An identifier typed as a number and shown through a number format, as trackers often do:
 * `"P-"000` shows 7 as `P-007`, `0000` shows 42 as `0042`, `[$PRJ-]000` as `PRJ-042`. The PM, the
 * dashboard reader and the other sheets see the shown text, so that is the ID. Only whole numbers
 * in a format made of digit placeholders and literal text are rendered; anything else (decimals,
 * percent, dates, conditions, scaling) returns null and the caller keeps the number as written.
 *
 * @example idNumberText(7, '"P-"000') === "P-007"
 */

/** A piece of one format section: literal text, or one digit placeholder (`0`, `#`, `?`). */
type Piece = { readonly literal: string } | { readonly digit: "0" | "#" | "?" };

interface Section {
  readonly pieces: readonly Piece[];
  /** A `,` between digit placeholders: thousands separators. */
  readonly grouped: boolean;
}

/** The longest number format Excel stores. */
const MAX_FORMAT_LENGTH = 255;

/** Date and time codes, `E+`, text, percent, decimals: not a whole number's format. */
const NOT_AN_ID_FORMAT = /[A-Za-z@%.]/;
/** Characters Excel shows as they are without quotes. */
const PLAIN_LITERALS = new Set([..."$-+/():!^&'~{}<>= "]);

/** The format's sections, split at `;` outside quotes and brackets. */
function sectionsOf(format: string): string[] {
  const sections: string[] = [];
  let start = 0;
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i += 1) {
    const ch = format[i];
    if (ch === "\\" && !quoted) i += 1;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    else if (!quoted && !bracket && ch === ";") {
      sections.push(format.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(format.slice(start));
  return sections;
}

/** `[$PRJ-409]` → `PRJ`; colours (`[Red]`) → ""; conditions and anything else → null. */
function bracketLiteral(content: string): string | null {
  if (content.startsWith("$")) {
    const dash = content.indexOf("-");
    return dash < 0 ? content.slice(1) : content.slice(1, dash);
  }
  return /^(black|blue|cyan|green|magenta|red|white|yellow|color\d{1,2})$/i.test(content) ? "" : null;
}

/** Tokens of one section, or null when it is not a plain whole-number format. */
function parseSection(text: string): Section | null {
  const pieces: Piece[] = [];
  let grouped = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? "";
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return null;
      pieces.push({ literal: text.slice(i + 1, end) });
      i = end;
    } else if (ch === "\\") {
      pieces.push({ literal: text[i + 1] ?? "" });
      i += 1;
    } else if (ch === "[") {
      const end = text.indexOf("]", i + 1);
      const literal = end < 0 ? null : bracketLiteral(text.slice(i + 1, end));
      if (literal === null) return null;
      pieces.push({ literal });
      i = end;
    } else if (ch === "_" || ch === "*") {
      i += 1; // padding and fill characters: spacing only
    } else if (ch === "0" || ch === "#" || ch === "?") {
      pieces.push({ digit: ch });
    } else if (ch === ",") {
      // Between placeholders it groups thousands; after the last one it divides by 1,000.
      const more = /[0#?]/.test(text.slice(i + 1).replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ""));
      if (!more) return null;
      grouped = true;
    } else if (PLAIN_LITERALS.has(ch)) {
      pieces.push({ literal: ch });
    } else if (NOT_AN_ID_FORMAT.test(ch)) {
      return null;
    } else {
      pieces.push({ literal: ch });
    }
  }
  return pieces.some((p) => "digit" in p) ? { pieces, grouped } : null;
}

/** Digits into the placeholders, right to left; extra digits go to the leftmost one, as Excel does. */
function fill(section: Section, digits: string): string {
  const slots = section.pieces.filter((p) => "digit" in p).length;
  let next = digits.length;
  let slot = slots;
  const out: string[] = [];
  for (let i = section.pieces.length - 1; i >= 0; i -= 1) {
    const piece = section.pieces[i];
    if (piece === undefined) continue;
    if ("literal" in piece) {
      out.push(piece.literal);
      continue;
    }
    slot -= 1;
    const from = slot === 0 ? 0 : Math.max(0, next - 1);
    const taken = digits.slice(from, next);
    next = from;
    out.push(taken !== "" ? taken : piece.digit === "0" ? "0" : piece.digit === "?" ? " " : "");
  }
  return out.reverse().join("");
}

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A format's sections for positive numbers and for zero, parsed once per format. */
interface ParsedFormat {
  readonly positive: Section | null;
  readonly zero: Section | null;
}

const parsed = new Map<string, ParsedFormat>();

function sectionFor(format: string, value: number): Section | null {
  let entry = parsed.get(format);
  if (entry === undefined) {
    const sections = sectionsOf(format).map(parseSection);
    const positive = sections[0] ?? null;
    // A third section is for zero; the first for positives (and zero when there are two or fewer).
    entry = { positive, zero: sections.length >= 3 ? (sections[2] ?? null) : positive };
    if (parsed.size < 256) parsed.set(format, entry);
  }
  return value === 0 ? entry.zero : entry.positive;
}

/**
 * The text a whole, non-negative number shows under an ID-like format; null when the format adds
 * nothing to the number as written (General, `0`, `#,##0`) or is not ID-like.
 */
export function idNumberText(value: number, format: string | null): string | null {
  // Excel keeps a number format to 255 characters; a longer one (untrusted styles) is never parsed.
  if (format === null || format.length > MAX_FORMAT_LENGTH || !Number.isSafeInteger(value) || value < 0)
    return null;
  const section = sectionFor(format, value);
  if (section === null) return null;
  const digits = String(value);
  const text = section.grouped
    ? fill({ pieces: section.pieces, grouped: false }, grouped(digits)).trim()
    : fill(section, digits).trim();
  // A format that only groups thousands, or shows the number unchanged, is not an ID format.
  return text === "" || text.replace(/,/g, "") === digits ? null : text;
}
