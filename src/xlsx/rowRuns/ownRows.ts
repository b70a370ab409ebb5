/**
 * A fast reading of rows exactly as PMO Pulse stores them (see `unplacedCellXml`): `<row>`s of
 * `<c>`s with an optional style, each empty, a number, a boolean or an inline string in one `<t>`.
 * A stored run is checked against its checksum before, so its text is what our writer wrote; this
 * reads it with a few string searches instead of the general XML path (five times slower on a
 * 5,000-project period). Anything else gives null, and the general reader takes over.
 */
import type { RawScalar } from "../../core/model/raw";
import { unescapeXml } from "../write/xmlText";

const ROW = "<row>";
const ROW_END = "</row>";
const INLINE_END = "</t></is></c>";
const VALUE_END = "</v></c>";

/** Element text as an XML reader gives it: entities resolved, line ends normalised. */
function textOf(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return text.includes("&") ? unescapeXml(text) : text;
}

/** One cell starting at `at` (a `<c`): its value and where the next element starts, or null. */
function cellAt(xml: string, at: number): { value: RawScalar; next: number } | null {
  const close = xml.indexOf(">", at);
  if (close < 0) return null;
  if (xml.charCodeAt(close - 1) === 47 /* / */) return { value: null, next: close + 1 };
  const tag = xml.slice(at, close);
  if (tag.endsWith('t="inlineStr"')) {
    if (!xml.startsWith("<is><t", close + 1)) return null;
    const textStart = xml.indexOf(">", close + 6) + 1;
    const textEnd = xml.indexOf(INLINE_END, textStart);
    if (textStart === 0 || textEnd < 0) return null;
    return { value: textOf(xml.slice(textStart, textEnd)), next: textEnd + INLINE_END.length };
  }
  if (!xml.startsWith("<v>", close + 1)) return null;
  const valueEnd = xml.indexOf(VALUE_END, close + 4);
  if (valueEnd < 0) return null;
  const text = xml.slice(close + 4, valueEnd);
  if (tag.endsWith('t="b"')) return { value: text === "1", next: valueEnd + VALUE_END.length };
  if (tag.includes(" t=")) return null;
  const value = Number(text);
  return Number.isFinite(value) && text.trim() !== "" ? { value, next: valueEnd + VALUE_END.length } : null;
}

/** The rows, each from column A, or null when the XML is not in the stored form exactly. */
export function readOwnRows(xml: string): RawScalar[][] | null {
  const rows: RawScalar[][] = [];
  let at = 0;
  while (at < xml.length) {
    if (!xml.startsWith(ROW, at)) return null;
    at += ROW.length;
    const cells: RawScalar[] = [];
    while (!xml.startsWith(ROW_END, at)) {
      if (!xml.startsWith("<c", at)) return null;
      const cell = cellAt(xml, at);
      if (cell === null) return null;
      cells.push(cell.value);
      at = cell.next;
    }
    at += ROW_END.length;
    rows.push(cells);
  }
  return rows;
}
