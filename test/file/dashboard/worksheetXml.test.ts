import { insertWorksheetChild } from "../../../src/file/dashboard/package/worksheetXml";

const sheet = (tail: string): string =>
  `<worksheet><sheetViews><sheetView/></sheetViews><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${tail}</worksheet>`;

describe("insertWorksheetChild", () => {
  it("puts <drawing> after pageSetup/headerFooter and before legacyDrawing/tableParts/extLst", () => {
    const xml = sheet(
      '<pageMargins/><pageSetup/><headerFooter/><rowBreaks/><legacyDrawing r:id="x"/><tableParts/><extLst/>',
    );
    expect(insertWorksheetChild(xml, "drawing", "<drawing/>")).toBe(
      sheet(
        '<pageMargins/><pageSetup/><headerFooter/><rowBreaks/><drawing/><legacyDrawing r:id="x"/><tableParts/><extLst/>',
      ),
    );
  });

  it("puts <hyperlinks> after conditional formats and before print settings", () => {
    const xml = sheet("<conditionalFormatting/><pageMargins/><drawing/>");
    expect(insertWorksheetChild(xml, "hyperlinks", "<hyperlinks/>")).toBe(
      sheet("<conditionalFormatting/><hyperlinks/><pageMargins/><drawing/>"),
    );
  });

  it("appends when nothing later exists, also after an empty sheetData", () => {
    expect(insertWorksheetChild("<worksheet><sheetData/></worksheet>", "drawing", "<drawing/>")).toBe(
      "<worksheet><sheetData/><drawing/></worksheet>",
    );
  });

  it("ignores prefixed extension elements with the same local name", () => {
    const xml = sheet("<extLst><ext><x14:conditionalFormattings/></ext></extLst>");
    expect(insertWorksheetChild(xml, "tableParts", "<tableParts/>")).toBe(
      sheet("<tableParts/><extLst><ext><x14:conditionalFormattings/></ext></extLst>"),
    );
  });

  it("refuses duplicates and elements before sheetData", () => {
    expect(() => insertWorksheetChild(sheet("<drawing/>"), "drawing", "<drawing/>")).toThrow(
      "already has a <drawing>",
    );
    expect(() => insertWorksheetChild(sheet(""), "cols", "<cols/>")).toThrow(
      "only handles elements after sheetData",
    );
  });
});
