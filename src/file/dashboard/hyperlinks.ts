/**
 * Internal hyperlinks (`link: { sheet, cell }`). ExcelJS writes every hyperlink with an External
 * relationship whose target is the "#Sheet!A1" text, which Excel treats as a file to open; so
 * cells keep plain text and we write `<hyperlinks>` ourselves with a `location` and no r:id.
 */
import type JSZip from "jszip";
import { quoteSheetName } from "../../core/model/a1";
import { cellRef, parseCellRef } from "./a1";
import { readPart, worksheetParts } from "./package/opc";
import { insertWorksheetChild } from "./package/worksheetXml";
import { escapeXml } from "./xml";

export interface InternalLink {
  /** Cell holding the link, e.g. `B7`. */
  readonly ref: string;
  readonly targetSheet: string;
  readonly targetCell: string;
  /** Text shown in the cell (Excel's `display`). */
  readonly display: string;
}

export interface SheetLinks {
  readonly sheetName: string;
  readonly links: readonly InternalLink[];
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

export async function injectInternalHyperlinks(zip: JSZip, sheets: readonly SheetLinks[]): Promise<void> {
  const parts = await worksheetParts(zip);
  for (const { sheetName, links } of sheets) {
    if (links.length === 0) continue;
    const part = parts.get(sheetName);
    if (part === undefined) {
      throw new Error(`Cannot add hyperlinks: the package has no worksheet named "${sheetName}"`);
    }
    const xml = await readPart(zip, part);
    zip.file(part, insertWorksheetChild(xml, "hyperlinks", hyperlinksXml(links)));
  }
}
