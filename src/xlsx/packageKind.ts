import type { XlsxPackage } from "./package";

/** Why a zip archive without a workbook part is not an .xlsx: what it looks like instead. */
export function notXlsxReason(pkg: XlsxPackage): string {
  if (pkg.has("xl/workbook.bin"))
    return "not an .xlsx workbook (it is a binary .xlsb workbook); save it as .xlsx";
  if (pkg.has("content.xml") && pkg.has("mimetype")) {
    return "not an .xlsx workbook (it looks like an OpenDocument .ods file); save it as .xlsx";
  }
  if (pkg.has("word/document.xml")) return "not an .xlsx workbook (it looks like a Word document)";
  if (pkg.has("ppt/presentation.xml"))
    return "not an .xlsx workbook (it looks like a PowerPoint presentation)";
  return "not an .xlsx workbook (it is a zip archive without a workbook inside)";
}
