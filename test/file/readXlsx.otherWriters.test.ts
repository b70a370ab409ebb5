import { readXlsxBuffer } from "../../src/file/readXlsx";
import { handWrittenXlsx } from "./handWrittenXlsx";
import { formatsOf, valuesOf } from "../support/rawGrid";

// Files as Excel, LibreOffice or openpyxl write them: cell types ExcelJS never writes itself.
describe("readXlsxBuffer on hand-written packages", () => {
  test("keeps the solid fill colours of cells without a value (a RAG by colour), by either path", async () => {
    const xf = (fillId: number) => `<xf numFmtId="0" fontId="0" fillId="${fillId}" borderId="0" xfId="0"/>`;
    const solid = (colour: string) =>
      `<fill><patternFill patternType="solid"><fgColor ${colour}/></patternFill></fill>`;
    const data = await handWrittenXlsx({
      fills: [
        solid('rgb="FF00B050"'),
        solid('indexed="10"'),
        solid('theme="9" tint="0.4"'),
        '<fill><patternFill patternType="darkGray"><fgColor rgb="FFFF0000"/></patternFill></fill>',
      ],
      // A conditional format's fill is not a cell fill: it must not shift the fill ids.
      dxfs: ['<dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>'],
      cellXfs: [xf(0), xf(2), xf(3), xf(4), xf(5)],
      sheets: [
        {
          name: "Projects",
          body:
            "<sheetData>" +
            '<row r="1"><c r="A1" t="inlineStr"><is><t>RAG</t></is></c></row>' +
            // Plain cells, read whole by the fast path.
            '<row r="2"><c r="A2" s="1"/><c r="B2" s="2"/><c r="C2" s="3"/><c r="D2" s="4"/></row>' +
            // A cell with a value keeps no fill; an element with whitespace goes the general way.
            '<row r="3"><c r="A3" s="1"><v>5</v></c><c r="B3" s="2" >\n</c></row>' +
            "</sheetData>",
        },
      ],
    });
    const book = await readXlsxBuffer(data, "fills.xlsx");
    expect(book.sheets[0]?.fills).toEqual([
      { row: 2, col: 1, rgb: "00B050" },
      { row: 2, col: 2, rgb: "FF0000" },
      { row: 3, col: 2, rgb: "FF0000" },
    ]);
  });

  test("resolves a fill picked from the theme row of Excel's palette, its tint applied", async () => {
    const solid = (colour: string) =>
      `<fill><patternFill patternType="solid"><fgColor ${colour}/></patternFill></fill>`;
    const data = await handWrittenXlsx({
      themeScheme:
        '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
        '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent6><a:srgbClr val="70AD47"/></a:accent6>',
      // Accent 6, Accent 6 lighter 60 %, Accent 2 darker 25 %, and theme 0: Light 1 (the swap).
      fills: [
        solid('theme="9"'),
        solid('theme="9" tint="0.5999938962981048"'),
        solid('theme="5" tint="-0.249977111117893"'),
        solid('theme="0"'),
      ],
      cellXfs: [2, 2, 3, 4, 5].map(
        (id) => `<xf numFmtId="0" fontId="0" fillId="${id}" borderId="0" xfId="0"/>`,
      ),
      sheets: [
        {
          name: "Projects",
          body: '<sheetData><row r="1"><c r="A1" s="1"/><c r="B1" s="2"/><c r="C1" s="3"/><c r="D1" s="4"/></row></sheetData>',
        },
      ],
    });
    const book = await readXlsxBuffer(data, "theme.xlsx");
    expect(book.sheets[0]?.fills).toEqual([
      { row: 1, col: 1, rgb: "70AD47" },
      { row: 1, col: 2, rgb: "C5E0B4" },
      { row: 1, col: 3, rgb: "C55A11" },
      { row: 1, col: 4, rgb: "FFFFFF" },
    ]);
  });

  test("cell types, formula results and shared formulas from the XML", async () => {
    const data = await handWrittenXlsx({
      date1904: true,
      numFmts: ['<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'],
      cellXfs: [
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
        '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      ],
      sharedStrings: [
        '<si><t xml:space="preserve">  Title &amp; co </t></si>',
        "<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r></si>",
      ],
      sheets: [
        {
          name: "Data & More",
          body:
            "<sheetData>" +
            '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>' +
            '<row r="3"><c r="B3" s="1"><v>0</v></c><c r="C3" s="2"><v>0.45</v></c>' +
            '<c r="D3" t="inlineStr"><is><r><t>In</t></r><r><t>line</t></r></is></c>' +
            '<c r="E3" t="e"><v>#N/A</v></c><c r="F3" t="b"><v>0</v></c></row>' +
            '<row r="4"><c r="B4"><f t="shared" ref="B4:B6" si="0">C4*2</f><v>2</v></c><c r="C4"><v>1</v></c>' +
            '<c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E4" t="b"><f>TRUE()</f><v>1</v></c>' +
            '<c r="F4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>' +
            '<row r="5"><c r="B5"><f t="shared" si="0"/><v>4</v></c><c r="C5"><v>2</v></c>' +
            '<c r="D5"><f>C5+1</f></c><c r="E5" s="1"><f>B3+1</f><v>1</v></c></row>' +
            '<row r="6"><c r="B6"><f t="shared" si="0"/></c><c r="C6"><v>3</v></c></row>' +
            '</sheetData><mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>',
        },
      ],
    });
    const book = await readXlsxBuffer(data, "openpyxl.xlsx");
    expect(book.date1904).toBe(true);
    expect(book.sheets).toHaveLength(1);
    const sheet = book.sheets[0];
    expect(sheet?.name).toBe("Data & More");
    expect(sheet?.top).toBe(2);
    expect(sheet?.left).toBe(2);
    expect(valuesOf(sheet)).toEqual([
      ["  Title & co ", null],
      [0, 0.45, "Inline", "#N/A", false],
      [2, 1, "#DIV/0!", true, "ab"],
      [4, 2, null, 1],
      [null, 3],
    ]);
    expect(formatsOf(sheet)).toEqual([
      [null, null],
      ["dd/mm/yyyy", "0%", null, null, null],
      [null, null, null, null, null],
      [null, null, null, "dd/mm/yyyy"],
      [null, null],
    ]);
    expect(sheet?.uncalculated).toEqual(["D5", "B6"]);
    expect(sheet?.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
  });

  test.each([false, true])("date serials round-trip exactly (date1904 = %s)", async (date1904) => {
    const serials = [0, 1, 59, 60, 61, 46112, 46112.75];
    const rows = serials.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="1"><v>${v}</v></c></row>`);
    const data = await handWrittenXlsx({
      date1904,
      cellXfs: [
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      ],
      sheets: [{ name: "Dates", body: `<sheetData>${rows.join("")}</sheetData>` }],
    });
    const book = await readXlsxBuffer(data, "dates.xlsx");
    expect(book.date1904).toBe(date1904);
    expect(valuesOf(book.sheets[0])).toEqual(serials.map((v) => [v]));
    // Built-in format 14 is reported with ExcelJS's code for it.
    expect(formatsOf(book.sheets[0])[0]).toEqual(["mm-dd-yy"]);
  });

  test("Excel-style tables: no headerRowCount means a header row; 0 means none; totalsRowCount marks the totals row", async () => {
    const table = (id: number, name: string, ref: string, extra: string) =>
      `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" ` +
      `displayName="${name}" ref="${ref}"${extra}><tableColumns count="2"><tableColumn id="1" name="A"/>` +
      '<tableColumn id="2" name="B"/></tableColumns></table>';
    const data = await handWrittenXlsx({
      sheets: [
        {
          name: "Projects",
          body:
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1"><v>1</v></c></row>' +
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>3</v></c></row></sheetData>',
          tables: [
            table(1, "tblProjects", "A1:B2", ""),
            table(2, "tblRaw", "D1:E2", ' headerRowCount="0"'),
            // totalsRowShown alone only says a totals row was once shown: the range has none.
            table(3, "tblTotals", "G1:H3", ' totalsRowCount="1" totalsRowShown="1"'),
            table(4, "tblOnce", "J1:K2", ' totalsRowShown="1"'),
          ],
        },
      ],
    });
    const sheet = (await readXlsxBuffer(data, "excel.xlsx")).sheets[0];
    expect(sheet?.listObjects).toEqual([
      { name: "tblProjects", top: 1, left: 1, bottom: 2, right: 2, hasHeader: true, totalsRowCount: 0 },
      { name: "tblRaw", top: 1, left: 4, bottom: 2, right: 5, hasHeader: false, totalsRowCount: 0 },
      { name: "tblTotals", top: 1, left: 7, bottom: 3, right: 8, hasHeader: true, totalsRowCount: 1 },
      { name: "tblOnce", top: 1, left: 10, bottom: 2, right: 11, hasHeader: true, totalsRowCount: 0 },
    ]);
  });

  test("chart sheets are skipped; hidden worksheets are kept", async () => {
    const data = await handWrittenXlsx({
      sheets: [
        { name: "Projects", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
        {
          name: "Lookups",
          state: "hidden",
          body: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>',
        },
      ],
      chartSheet: "Chart1",
    });
    const book = await readXlsxBuffer(data, "charts.xlsx");
    expect(book.sheets.map((s) => [s.name, valuesOf(s)])).toEqual([
      ["Projects", [[1]]],
      ["Lookups", [[2]]],
    ]);
  });
});
