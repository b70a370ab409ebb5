import type JSZip from "jszip";

/**
 * Facts read straight from the .xlsx zip package, for what ExcelJS 4.4.0 does not report
 * correctly: which kind of zip this is, and whether each Excel table has a header row (ExcelJS
 * reads a table without a `headerRowCount` attribute, which is how Excel writes the usual
 * one-header table, as having no header).
 */

/** Why a zip archive is not an .xlsx workbook; null when it has a workbook part. */
export function notXlsxReason(zip: JSZip): string | null {
  if (zip.file("xl/workbook.xml")) return null;
  if (zip.file("xl/workbook.bin")) {
    return "not an .xlsx workbook (it is a binary .xlsb workbook); save it as .xlsx";
  }
  if (zip.file("content.xml") && zip.file("mimetype")) {
    return "not an .xlsx workbook (it looks like an OpenDocument .ods file); save it as .xlsx";
  }
  if (zip.file("word/document.xml")) {
    return "not an .xlsx workbook (it looks like a Word document)";
  }
  return "not an .xlsx workbook (it is a zip archive without a workbook inside)";
}

const TABLE_ROOT = /<(?:[A-Za-z_][\w.-]*:)?table\b([^>]*)>/;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_match, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    return named[entity] ?? "";
  });
}

function rootAttributes(xml: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const root = TABLE_ROOT.exec(xml)?.[1];
  if (root === undefined) return attributes;
  for (const m of root.matchAll(ATTRIBUTE)) {
    const name = m[1];
    const value = m[2] ?? m[3];
    if (name !== undefined && value !== undefined) attributes.set(name, decodeXmlText(value));
  }
  return attributes;
}

/** What a table part says about its header and totals rows. */
export interface TableRowFlags {
  readonly hasHeader: boolean;
  readonly totalsRowCount: number;
}

/** Table name → header and totals rows, for every table part in the package. */
export async function readTableRowFlags(zip: JSZip): Promise<Map<string, TableRowFlags>> {
  const flags = new Map<string, TableRowFlags>();
  const parts = zip.file(TABLE_PART);
  for (const part of parts) {
    const attributes = rootAttributes(await part.async("string"));
    const name = attributes.get("name");
    if (name === undefined) continue;
    // headerRowCount defaults to 1 (ECMA-376 §18.5.1.2); Excel writes it only as "0".
    const headerRowCount = Number(attributes.get("headerRowCount") ?? "1");
    // totalsRowCount (default 0) says the range's last row is the totals row; totalsRowShown only
    // says one was ever shown (ECMA-376 §18.5.1.2), so it does not change the range.
    const totalsRowCount = Number(attributes.get("totalsRowCount") ?? "0");
    flags.set(name, {
      hasHeader: headerRowCount > 0,
      totalsRowCount: Number.isInteger(totalsRowCount) && totalsRowCount > 0 ? 1 : 0,
    });
  }
  return flags;
}
