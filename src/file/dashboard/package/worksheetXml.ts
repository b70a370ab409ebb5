/**
 * Inserts a top-level element into worksheet XML at its place in the CT_Worksheet sequence
 * (ECMA-376 sml.xsd), so a post-processed sheet stays schema-valid whatever ExcelJS wrote.
 *
 * @example insertWorksheetChild(xml, "drawing", '<drawing r:id="rId3"/>')
 */

// CT_Worksheet child order from sml.xsd.
const WORKSHEET_CHILD_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

export type WorksheetChild = (typeof WORKSHEET_CHILD_ORDER)[number];

function findTag(xml: string, name: string, from: number): number {
  const match = new RegExp(`<${name}[\\s/>]`).exec(xml.slice(from));
  return match ? from + match.index : -1;
}

/**
 * Only elements after sheetData can be inserted: everything nested before them (cells, panes)
 * never shares a name with a later top-level element, so a plain scan of the tail is exact.
 */
export function insertWorksheetChild(xml: string, name: WorksheetChild, fragment: string): string {
  const order = WORKSHEET_CHILD_ORDER.indexOf(name);
  const sheetDataIndex = WORKSHEET_CHILD_ORDER.indexOf("sheetData");
  if (order <= sheetDataIndex) {
    throw new Error(`insertWorksheetChild only handles elements after sheetData, not <${name}>`);
  }
  const dataStart = findTag(xml, "sheetData", 0);
  const selfClosing = xml.indexOf("<sheetData/>");
  const dataEnd =
    selfClosing === dataStart && dataStart >= 0
      ? dataStart + "<sheetData/>".length
      : xml.indexOf("</sheetData>") + "</sheetData>".length;
  if (dataStart < 0 || dataEnd < dataStart) {
    throw new Error("Worksheet XML has no sheetData element");
  }
  if (findTag(xml, name, dataEnd) >= 0) {
    throw new Error(`Worksheet XML already has a <${name}> element`);
  }
  let insertAt = xml.lastIndexOf("</worksheet>");
  for (const later of WORKSHEET_CHILD_ORDER.slice(order + 1)) {
    const at = findTag(xml, later, dataEnd);
    if (at >= 0 && at < insertAt) {
      insertAt = at;
    }
  }
  if (insertAt < 0) {
    throw new Error("Worksheet XML has no closing </worksheet> tag");
  }
  return xml.slice(0, insertAt) + fragment + xml.slice(insertAt);
}
