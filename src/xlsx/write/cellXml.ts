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

/** `strings` null: text as an inline string (a sheet that must not depend on the shared strings). */
export function cellXml(
  ref: string,
  value: CellValueKind,
  style: number,
  strings: SharedStrings | null,
): string {
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) {
    return `<c r="${ref}"${styleAttr(style)}/>`;
  }
  if (typeof value === "string") {
    return strings === null
      ? `<c r="${ref}"${styleAttr(style)} t="inlineStr"><is>${textElementXml(value)}</is></c>`
      : `<c r="${ref}"${styleAttr(style)} t="s"><v>${strings.index(value)}</v></c>`;
  }
  if (typeof value === "boolean") {
    return `<c r="${ref}"${styleAttr(style)} t="b"><v>${value ? 1 : 0}</v></c>`;
  }
  return `<c r="${ref}"${styleAttr(style)}><v>${value}</v></c>`;
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
  if (value === null || (typeof value === "number" && !Number.isFinite(value)))
    return `<c${styleAttr(style)}/>`;
  if (typeof value === "string")
    return `<c${styleAttr(style)} t="inlineStr"><is>${textElementXml(value)}</is></c>`;
  if (typeof value === "boolean") return `<c${styleAttr(style)} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c${styleAttr(style)}><v>${value}</v></c>`;
}
