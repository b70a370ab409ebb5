/**
 * Internal hyperlinks (`link: { sheet, cell }`): the cell keeps its plain text and `<hyperlinks>`
 * points at a `location` in the workbook with no relationship (an r:id would make Excel treat the
 * "#Sheet!A1" target as a file to open).
 */
import { quoteSheetName } from "../../../core/model/a1";
import { cellRef, parseCellRef } from "../cellRef";
import { escapeXml } from "../xmlText";

export interface InternalLink {
  /** Cell holding the link, e.g. `B7`. */
  readonly ref: string;
  readonly targetSheet: string;
  readonly targetCell: string;
  /** Text shown in the cell (Excel's `display`). */
  readonly display: string;
}

/** `'PMO Dashboard'!A1` — the location syntax Excel writes for in-workbook links. */
export function linkLocation(sheet: string, cell: string): string {
  const { row, col } = parseCellRef(cell);
  return `${quoteSheetName(sheet)}!${cellRef(row, col)}`;
}

export function hyperlinksXml(links: readonly InternalLink[]): string {
  const items = links
    .map(
      (link) =>
        `<hyperlink ref="${escapeXml(link.ref)}" location="${escapeXml(linkLocation(link.targetSheet, link.targetCell))}" display="${escapeXml(link.display)}"/>`,
    )
    .join("");
  return `<hyperlinks>${items}</hyperlinks>`;
}
