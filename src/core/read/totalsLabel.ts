/**
 * The spec's totals labels, and the subtotals a tracker grouped by programme has between its groups
 * (`Subtotal`, `Sub-total`, `Sub Total`, `CC100 Total`): a decision where the spec is silent, as a
 * subtotal row is no more a project than the total is.
 */
const TOTALS_LABELS: ReadonlySet<string> = new Set([
  "total",
  "totals",
  "grand total",
  "grand totals",
  "subtotal",
  "subtotals",
  "sub total",
  "sub totals",
  // The same words in the languages PMs of a European PMO write trackers in (a decision where the
  // spec is silent: `Summe` read as data was a project with nine errors): German, French, Spanish,
  // Italian, Dutch, Swedish and Norwegian.
  "summe",
  "gesamt",
  "gesamtsumme",
  "zwischensumme",
  "total général",
  "total general",
  "sous total",
  "sous totaux",
  "totale",
  "subtotale",
  "totaal",
  "subtotaal",
  "suma",
  "suma total",
  "summa",
  "totalt",
]);

/**
 * A group's total as Excel's Data › Subtotal writes it (`CC100 Total`, `Digital Programme Total`),
 * or a sheet's (`Portfolio Total`, `Programme Totals:`): a label ending in the word Total.
 */
const GROUP_TOTAL = /\S\s+(?:grand\s+)?totals?\s*:?$/i;

/** A row's first text `Total`, `Totals`, `Grand Total` or `Subtotal` (a trailing colon allowed, `Summe` and the like too) marks a totals row. */
export function isTotalsLabel(text: string): boolean {
  // A label ending in "Total" (checked by its last letter first: this runs on every row).
  const end = text.length - 1;
  const last = text.charCodeAt(end) | 0x20;
  if ((last === 0x6c /* l */ || last === 0x73 /* s */ || last === 0x3a) /* : */ && text.length <= 60) {
    if (GROUP_TOTAL.test(text.trim())) return true;
  }
  // Cheap rejection first: this runs on the first text cell of every row.
  if (text.length > 16) return false;
  const c = text.charCodeAt(0) | 0x20;
  if (
    c !== 0x74 /* t */ &&
    c !== 0x67 /* g */ &&
    c !== 0x73 /* s */ &&
    c !== 0x7a /* z */ &&
    c !== 0x20 /* space */ &&
    c !== 0x29 /* tab */
  )
    return false;
  // Names such as "Tom Smith" stop here: "total…", "grand…", "sub…", "sous…", "gesamt…" and
  // "zwischen…" have o, r, u, e or w second (after any spaces).
  const trimmed = text.trimStart();
  const second = trimmed.charCodeAt(1) | 0x20;
  if (
    second !== 0x6f /* o */ &&
    second !== 0x72 /* r */ &&
    second !== 0x75 /* u */ &&
    second !== 0x65 /* e */ &&
    second !== 0x77 /* w */
  )
    return false;
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, " ")
    .replace(/:$/, "");
  return TOTALS_LABELS.has(key);
}
