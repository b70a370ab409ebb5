/**
 * Pins the own reader (src/xlsx) to ExcelJS 4.4.0's whole-workbook reader, which PMO Pulse used
 * before: every fixture workbook the tests use (the example trackers, a written dashboard, ExcelJS
 * workbooks with every cell kind, hand-written Excel/LibreOffice/openpyxl-shaped packages) must
 * read to the same RawWorkbook. Only float noise in date serials (ExcelJS goes through Date) and
 * trailing blanks of ragged rows are normalised away.
 */
import { Workbook } from "exceljs";
import { DEMO_AS_OF } from "../../src/cli/commands/demo";
import type { RawSheet, RawWorkbook } from "../../src/core/model/raw";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import { writeDashboardXlsx } from "../../src/file/dashboard/writeDashboardXlsx";
import { readXlsxBuffer } from "../../src/file/readXlsx";
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";
import { demoPlan } from "../support/demoPlan";
import { handWrittenXlsx } from "./handWrittenXlsx";
import { readWithExcelJs } from "./support/excelJsReader";
import { formatsOf, valuesOf } from "../support/rawGrid";

function trimmed<T>(row: readonly (T | null)[]): (T | null)[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

function roundSerial(value: unknown): unknown {
  return typeof value === "number" ? Math.round(value * 1e6) / 1e6 : value;
}

function normalise(book: RawWorkbook): unknown {
  const byPosition = (a: { top: number; left: number }, b: { top: number; left: number }) =>
    a.top - b.top || a.left - b.left;
  return {
    file: book.file,
    date1904: book.date1904,
    sheets: book.sheets.map((s: RawSheet) => ({
      name: s.name,
      top: s.top,
      left: s.left,
      values: valuesOf(s).map((row) => trimmed(row).map(roundSerial)),
      formats: formatsOf(s).map((row, r) =>
        trimmed(row.map((format, c) => (s.cells.value(r, c) === null ? null : format))),
      ),
      uncalculated: [...(s.uncalculated ?? [])].sort(),
      merges: [...(s.merges ?? [])].sort(byPosition),
      listObjects: [...(s.listObjects ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    })),
  };
}

async function excelJsBook(build: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const FIXTURES: Record<string, () => Promise<Buffer>> = {
  "the demo tracker (8 planted errors)": () =>
    trackerXlsxBuffer(
      generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: DEMO_AS_OF, withErrors: true }),
    ),
  "a clean 60-project tracker": () =>
    trackerXlsxBuffer(
      generateExamplePortfolio({
        ...DEMO_EXAMPLE_OPTIONS,
        asOf: DEMO_AS_OF,
        projects: 60,
        withErrors: false,
      }),
    ),
  "the demo dashboard (styles, tables, merges, hyperlinks, charts)": async () =>
    Buffer.from(await writeDashboardXlsx(await demoPlan(), { timestamp: new Date(Date.UTC(2026, 10, 2)) })),
  "ExcelJS: every cell kind, merges, tables, hidden sheets": () =>
    excelJsBook((wb) => {
      const ws = wb.addWorksheet("Projects");
      ws.getCell("C2").value = "Portfolio tracker";
      ws.mergeCells("C2:E2");
      ["Project ID", "Name", "Budget", "Start", "Done", "Ok"].forEach(
        (h, i) => (ws.getCell(4, 2 + i).value = h),
      );
      ws.getCell("B5").value = "P-1";
      ws.getCell("C5").value = { richText: [{ text: "Apol" }, { font: { bold: true }, text: "lo" }] };
      ws.getCell("D5").value = 1200.5;
      ws.getCell("D5").numFmt = '"$"#,##0.00';
      ws.getCell("E5").value = new Date(Date.UTC(2026, 2, 31));
      ws.getCell("E5").numFmt = "dd/mm/yyyy";
      ws.getCell("F5").value = 0.45;
      ws.getCell("F5").numFmt = "0%";
      ws.getCell("G5").value = true;
      ws.getCell("B6").value = { text: "Docs", hyperlink: "https://example.com" };
      ws.getCell("C6").value = { formula: "D5*2", result: 2401 };
      ws.getCell("D6").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("E6").value = { formula: "UPPER(B5)", result: "P-1" };
      ws.getCell("F6").value = { formula: "NOW()" };
      ws.getCell("G6").value = { error: "#N/A" };
      ws.getCell("B40000").value = "far down";
      ws.getCell("AZ7").value = 7;
      ws.addTable({
        name: "tblExtra",
        ref: "J1",
        headerRow: true,
        columns: [{ name: "Key" }, { name: "Value" }],
        rows: [
          ["a", 1],
          ["b", 2],
        ],
      });
      ws.addTable({
        name: "tblTotals",
        ref: "M1",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "Item", totalsRowLabel: "Total" },
          { name: "Cost", totalsRowFunction: "sum" },
        ],
        rows: [
          ["x", 3],
          ["y", 4],
        ],
      });
      wb.addWorksheet("Lookups", { state: "hidden" }).getCell("A1").value = "hidden";
      wb.addWorksheet("Secret", { state: "veryHidden" }).getCell("B2").value = 2;
      wb.addWorksheet("Empty");
    }),
  "ExcelJS: a 1904 workbook": () =>
    excelJsBook((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("Milestones");
      ws.getCell("A1").value = new Date(Date.UTC(2026, 0, 2, 12));
      ws.getCell("A1").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("A2").value = new Date(Date.UTC(1904, 0, 1));
      ws.getCell("A2").numFmt = "d-mmm-yy";
    }),
  "hand-written: Excel's cell types, shared formulas, inline strings, built-in formats": () =>
    handWrittenXlsx({
      numFmts: ['<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'],
      cellXfs: [
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
        '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
        '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
      ],
      sharedStrings: [
        '<si><t xml:space="preserve">  Title &amp; co </t></si>',
        "<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r></si>",
      ],
      sheets: [
        {
          name: "Data & More",
          body:
            '<dimension ref="A1:F9"/><sheetData>' +
            '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>' +
            '<row r="3"><c r="B3" s="1"><v>46112</v></c><c r="C3" s="2"><v>0.45</v></c>' +
            '<c r="D3" t="inlineStr"><is><r><t>In</t></r><r><t>line</t></r></is></c>' +
            '<c r="E3" t="e"><v>#N/A</v></c><c r="F3" t="b"><v>0</v></c></row>' +
            '<row r="4"><c r="B4"><f t="shared" ref="B4:B6" si="0">C4*2</f><v>2</v></c><c r="C4" s="3"><v>46000</v></c>' +
            '<c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E4" t="b"><f>TRUE()</f><v>1</v></c>' +
            '<c r="F4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>' +
            '<row r="5"><c r="B5"><f t="shared" si="0"/><v>4</v></c><c r="C5" s="4"><v>1234.5</v></c><c r="D5"><f>NOW()</f></c></row>' +
            '<row r="9"><c r="A9" s="1"/><c r="F9"><v>9</v></c></row>' +
            '</sheetData><mergeCells count="1"><mergeCell ref="B7:D8"/></mergeCells>',
        },
        {
          name: "Projects",
          state: "hidden",
          body:
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Budget</t></is></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>P-1</t></is></c><c r="B2"><v>1</v></c></row></sheetData>',
          tables: [
            '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="tblProjects" ' +
              'displayName="tblProjects" ref="A1:B2"><tableColumns count="2"><tableColumn id="1" name="ID"/>' +
              '<tableColumn id="2" name="Budget"/></tableColumns></table>',
          ],
        },
      ],
      chartSheet: "Chart1",
    }),
};

describe("the own reader reads every fixture exactly as ExcelJS did", () => {
  test.each(Object.keys(FIXTURES))("%s", async (name) => {
    const data = await (FIXTURES[name] as () => Promise<Buffer>)();
    const own = await readXlsxBuffer(data, "fixture.xlsx");
    const reference = await readWithExcelJs(data, "fixture.xlsx");
    expect(normalise(own)).toEqual(normalise(reference));
    // Not vacuous: every fixture has cells on its first sheet.
    expect(own.sheets[0]?.cells.height).toBeGreaterThan(0);
  });
});
