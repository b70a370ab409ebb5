/**
 * One `<c>` element of sheet XML. Text goes to the shared string table (`t="s"`) or is an inline
 * string, so a cell never holds a formula; numbers Excel cannot store (NaN, ±Infinity) become an empty cell.
 *
 * @example cellXml("B4", 1085000, 3, strings) === '<c r="B4" s="3"><v>1085000</v></c>'
 */
import type { SharedStrings } from "./sharedStrings";
import { escapeXml, textElementXml } from "./xmlText";

export type CellValueKind = string | number | boolean | null;

/** ` s="3"` by style index, made once: it is part of nearly every cell of a large sheet. */
const STYLE_ATTRS: string[] = [];

function styleAttr(style: number): string {
  let attr = STYLE_ATTRS[style];
  if (attr === undefined) {
    attr = style === 0 ? "" : ` s="${style}"`;
    if (Number.isInteger(style) && style >= 0 && style < 65_536) STYLE_ATTRS[style] = attr;
  }
  return attr;
}

/**
 * The rest of a `<c>` whose start tag is open up to its attributes (`open`): the value's type,
 * the value, the end. `strings` null: text as an inline string.
 */
function cellRest(open: string, value: CellValueKind, strings: SharedStrings | null): string {
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) return `${open}/>`;
  if (typeof value === "string") {
    return strings === null
      ? `${open} t="inlineStr"><is>${textElementXml(value)}</is></c>`
      : `${open} t="s"><v>${strings.index(value)}</v></c>`;
  }
  if (typeof value === "boolean") return `${open} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `${open}><v>${value}</v></c>`;
}

/** `strings` null: text as an inline string (a sheet that must not depend on the shared strings). */
export function cellXml(
  ref: string,
  value: CellValueKind,
  style: number,
  strings: SharedStrings | null,
): string {
  return cellRest(`<c r="${ref}"${styleAttr(style)}`, value, strings);
}

/** An Excel error value (`#N/A`, `#REF!`, …) stored as an error, not as text. */
export function errorCellXml(ref: string, error: string, style: number): string {
  return `<c r="${ref}"${styleAttr(style)} t="e"><v>${escapeXml(error)}</v></c>`;
}

/**
 * A `<c>` without a reference, for a stored run's rows (its place is the one after the cell before
 * it): text is an inline string, so the cell does not depend on this workbook's shared strings.
 */
export function unplacedCellXml(value: CellValueKind, style: number): string {
  return cellRest(`<c${styleAttr(style)}`, value, null);
}
