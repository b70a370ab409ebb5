import type { EnumDef } from "../template/types";
import { sheetNameKey } from "../model/names";

/**
 * How enum values and synonyms are compared: ignoring case, spaces, `-` and `_`, as sheet names
 * are, so `On-Hold`, `on_hold` and `OnHold` are On Hold and `Not-Started` is Not Started. The
 * emoji variation selector (U+FE0F, which turns `✔` into `✔️`) is dropped too.
 */
export function enumKey(text: string): string {
  const key = sheetNameKey(text);
  return key.includes("\uFE0F") ? key.replace(/\uFE0F/g, "") : key;
}

/**
 * Status marks trackers use instead of words (Smartsheet and Google Sheets RAG columns, ticks in a
 * milestone list), read as the word they stand for; the template's values and synonyms then decide
 * (so `🟢` is Green and `✅` is Complete in the standard template, and nothing in a column whose
 * values are neither).
 */
const MARK_WORDS: ReadonlyMap<string, string> = new Map([
  ["🟢", "green"],
  ["🟩", "green"],
  ["🟡", "yellow"],
  ["🟨", "yellow"],
  ["🟠", "amber"],
  ["🟧", "amber"],
  ["🔴", "red"],
  ["🟥", "red"],
  ["✅", "done"],
  ["✔", "done"],
  ["✓", "done"],
  ["☑", "done"],
]);

/** The longest value tried as two labels (`Not Started - Pending` and the like are far shorter). */
const MAX_LABELLED_LENGTH = 60;

/** `Green (On Track)`, `Red [Off Track]`: a value and its gloss in brackets. */
const BRACKETED = /^(.*\S)\s*[([](.+)[)\]]$/;
/** Where a labelled value may split into two labels: a dash, colon, slash or bar, or a space. */
const SEPARATOR = /\s*[-–—:/|]\s*|\s+/g;

/** The two labels a text may be written as, split at each separator in turn (`G - Green`). */
function* labelPairs(text: string): Generator<[string, string]> {
  for (const m of text.matchAll(SEPARATOR)) {
    const at = m.index ?? 0;
    yield [text.slice(0, at), text.slice(at + m[0].length)];
  }
}

/**
 * The canonical value of an enum column's text (an allowed value, a synonym or a status mark), else
 * null. A value written as two labels that agree (`G - Green`, `🟢 On track`, `Red (Off Track)`) is
 * that value; two that disagree (`🟢 Red`) are not a value.
 * @example enumReader({ values: ["Green", "Amber", "Red"], synonyms: { g: "Green" } })("G - Green") // "Green"
 */
export function enumReader(def: EnumDef): (text: string) => string | null {
  return enumLabels(def).read;
}

/** How an enum column's text is read (`enumReader`), and which two values a text gives when it gives two. */
export function enumLabels(def: EnumDef): {
  read: (text: string) => string | null;
  /** The two different values a text names (`Amber/Red`, `Green - Amber`), else null. */
  twoValues: (text: string) => readonly [string, string] | null;
} {
  const lookup = new Map<string, string>();
  for (const value of def.values) lookup.set(enumKey(value), value);
  for (const [synonym, canonical] of Object.entries(def.synonyms ?? {})) {
    // Allowed values win over a synonym that happens to spell one of them.
    if (!lookup.has(enumKey(synonym))) lookup.set(enumKey(synonym), canonical);
  }
  const single = (text: string): string | undefined => {
    const key = enumKey(text);
    return lookup.get(key) ?? lookup.get(MARK_WORDS.get(key) ?? "");
  };
  const agree = (left: string, right: string): string | null => {
    const a = single(left);
    return a !== undefined && a === single(right) ? a : null;
  };
  const leadingMark = (text: string): string | null => {
    for (const [mark] of MARK_WORDS) {
      // enumKey drops the variation selector that may follow the mark (`✔️`).
      if (text.startsWith(mark)) return agree(mark, text.slice(mark.length));
    }
    return null;
  };
  const read = (raw: string): string | null => {
    const text = raw.trim();
    const whole = single(text);
    if (whole !== undefined) return whole;
    // Labels are short; splitting a long text at every space would cost its length squared.
    if (text.length > MAX_LABELLED_LENGTH) return null;
    const bracketed = BRACKETED.exec(text);
    if (bracketed !== null) return agree(bracketed[1] ?? "", bracketed[2] ?? "");
    const marked = leadingMark(text);
    if (marked !== null) return marked;
    for (const [left, right] of labelPairs(text)) {
      const found = agree(left, right);
      if (found !== null) return found;
    }
    return null;
  };
  const twoValues = (raw: string): readonly [string, string] | null => {
    const text = raw.trim();
    if (text.length > MAX_LABELLED_LENGTH) return null;
    for (const [leftText, rightText] of labelPairs(text)) {
      const left = single(leftText);
      const right = single(rightText);
      if (left !== undefined && right !== undefined && left !== right) return [left, right];
    }
    return null;
  };
  return { read, twoValues };
}
