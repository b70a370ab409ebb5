/**
 * The sheet reader's fast path for plain cells (src/xlsx/parts/plainCell.ts) must read every sheet
 * exactly as the element-by-element path does: the same grid for cells of every shape, split into
 * chunks anywhere (a cell cut by a chunk end falls back to the general scanner).
 */
import { PlainCell, scanPlainCell } from "../../src/xlsx/parts/plainCell";
import { SheetHandler, type SheetContext } from "../../src/xlsx/parts/sheetPart";
import { DEFAULT_XLSX_LIMITS } from "../../src/xlsx/limits";
import { cutsEvery, scanInPieces } from "../support/scanInPieces";
import { formatsOf, valuesOf } from "../support/rawGrid";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const context: SheetContext = {
  sharedStrings: ["zero", "one", "two"],
  cellFormats: [null, "yyyy-mm-dd", "0%"],
  date1904: false,
  limits: DEFAULT_XLSX_LIMITS,
};

function sheetXml(rows: string, root = `<worksheet xmlns="${MAIN}">`): string {
  return `<?xml version="1.0"?>${root}<sheetData>${rows}</sheetData></worksheet>`;
}

/** The grid read from `xml` cut at `cuts`, with its cells as row arrays (what a reader of the grid sees). */
function read(xml: string, fastCells: boolean, cuts: readonly number[] = []) {
  const handler = new SheetHandler(context, fastCells);
  scanInPieces(handler, xml, cuts, DEFAULT_XLSX_LIMITS.maxXmlTokenChars);
  const { cells, ...grid } = handler.grid.finish();
  const sheet = { name: "Sheet1", ...grid, cells };
  return { ...grid, values: valuesOf(sheet), formats: formatsOf(sheet) };
}

const CELLS: Record<string, string> = {
  "shared strings, numbers and styles": `<row r="2"><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"><v>46000</v></c><c r="D2" s="2"><v>0.875</v></c><c r="E2" t="n"><v>007</v></c></row>`,
  "self-closing and empty cells": `<row r="1"><c r="A1" s="1"/><c r="B1"></c><c r="C1"><v></v></c><c r="D1"><v>5</v></c><c r="E1" t="s"><v></v></c><c r="F1" t="s"><v> </v></c></row>`,
  "cells without r": `<row><c t="s"><v>0</v></c><c><v>12</v></c><c s="1"><v>3</v></c></row><row><c><v>1</v></c></row>`,
  "apostrophes, spaces and attribute order": `<row r="3"><c  s='2' t='s'   r='C3' ><v>2</v></c><c
 r="D3"><v>9</v></c></row>`,
  "booleans, errors, strings, ISO dates": `<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" t="str"><v>0123</v></c><c r="D4" t="d"><v>2026-10-31</v></c><c r="E4" t="str"><v>a_x000D_b</v></c></row>`,
  "entities and non-digit numbers": `<row r="5"><c r="A5" t="str"><v>R&amp;D &lt;x&gt;</v></c><c r="B5"><v>-12.5</v></c><c r="C5"><v>1e400</v></c><c r="D5"><v>1234567890123456789</v></c><c r="E5"><v> 7 </v></c></row>`,
  "formulas and inline strings (general path)": `<row r="6"><c r="A6"><f>1+1</f><v>2</v></c><c r="B6"><f>X()</f></c><c r="C6" t="inlineStr"><is><t>in</t><r><t>line</t></r></is></c><c r="D6" t="s"><v>2</v></c></row>`,
  "inline strings as streaming exporters write them": `<row r="2"><c r="A2" t="inlineStr"><is><t>Olivia Xu</t></is></c><c r="B2" s="1" t="inlineStr"><is><t xml:space="preserve"> R&amp;D _x000D_ &lt;x&gt; </t></is></c><c r="C2" t="inlineStr"><is><t></t></is></c><c r="D2"><v>4</v></c><c r="E2" t="inlineStr"><is><t>007</t></is></c></row>`,
  "inline strings the fast path leaves to the general one": `<row r="3"><c r="A3" t="inlineStr"><is><r><t>ri</t></r><r><t>ch</t></r></is></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>ab</t><rPh sb="0" eb="1"><t>x</t></rPh></is></c></row><row r="5"><c r="A5" t="inlineStr"/><c r="B5" t="inlineStr"><v>raw</v></c><c r="C5" t="inlineStr"><is><t/></is></c><c r="D5" t="inlineStr"><is> <t>sp</t></is></c></row>`,
  "formulas of every shape Excel writes": `<row r="2"><c r="A2" s="1"><f>B2-C2</f><v>1500</v></c><c r="B2"><f t="shared" ref="B2:B9" si="0">C2*2</f><v>4</v></c><c r="C2" t="str"><f>IF(A2&gt;0,"late","")</f><v>late</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" t="b"><f>TRUE()</f><v>1</v></c><c r="F2"><f t="array" ref="F2">SUM(A2:E2)</f><v>1504.5</v></c></row><row r="3"><c r="A3" s="1"><f t="shared" si="0"/><v>7</v></c><c r="B3" t="str"><f>A3&amp;"-"&amp;B3</f><v>7-x</v></c><c r="C3"><f ca="1">NOW()</f><v>46000.5</v></c></row>`,
  "formulas without a value (uncalculated), in fast rows": `<row r="4"><c r="A4"><f>B4+1</f></c><c r="B4"><f>X()</f><v></v></c><c r="C4" t="str"><f>""</f><v></v></c><c r="D4"><v>1</v></c><c r="E4"><f t="shared" si="1"/></c></row>`,
  "formulas the fast path leaves to the general one": `<row r="5"><c r="A5"><f>A&amp;B&foo;</f><v>1</v></c></row><row r="6"><c r="A6"><f><![CDATA[1+1]]></f><v>2</v></c></row><row r="7"><c r="A7"><f t="a&amp;b">1</f><v>3</v></c></row><row r="8"><c r="A8"><f xmlns="urn:other">1</f><v>4</v></c></row><row r="9"><c r="A9"><f>1</f> <v>5</v></c></row><row r="10"><c r="A10"><v>6</v><f>1</f></c></row>`,
  "other attributes (general path)": `<row r="7"><c r="A7" cm="1"><v>4</v></c><c r="B7" vm="1" t="s"><v>0</v></c><c r="C7" t=""><v>8</v></c></row>`,
  "out of order and repeated cells": `<row r="8"><c r="C8"><v>3</v></c><c r="A8"><v>1</v></c><c r="C8" s="1"><v>30</v></c></row><row r="8"><c r="B8"><v>2</v></c></row>`,
  "bad references and styles": `<row r="9"><c r="9A"><v>1</v></c><c r="ZZZZ9" s="x"><v>2</v></c><c r="B9" s="99"><v>3</v></c><c r="A9" r="Q9"><v>4</v></c></row>`,
  "repeated attributes (the first counts)": `<row r="10"><c r="A10" t="s" t="n"><v>1</v></c><c r="B10" s="1" s="2"><v>1</v></c></row>`,
  "whitespace between elements (general path)": `<row r="11"><c r="A11"> <v>1</v> </c><c r="B11"><v>2</v>
</c></row>`,
  "rows far down and sparse": `<row r="1"><c r="A1"><v>1</v></c></row><row r="1000"><c r="XFD1000"><v>2</v></c></row>`,
  "a formula in the middle of a row (the row goes back to the general path)": `<row r="2" spans="1:3"><c r="A2"><v>1</v></c><c r="B2"><f>A2*2</f><v>2</v></c><c r="C2"><v>3</v></c></row><row><c><v>4</v></c></row>`,
  "row numbers: absent, zero, out of range, not digits, repeated": `<row><c><v>1</v></c></row><row r="0"><c><v>2</v></c></row><row r="5.0"><c><v>3</v></c></row><row r=" 7"><c><v>4</v></c></row><row r="2000000"><c><v>5</v></c></row><row r="9" r="3"><c><v>6</v></c></row><row r="012"><c><v>7</v></c></row>`,
  "row attributes of every kind": `<row r="3" spans='1:2' ht="20.25" customHeight="1" hidden="0" x14ac:dyDescent="0.25" s="1" customFormat="1"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>0</v></c></row>`,
  "empty and self-closing rows": `<row r="1"/><row r="2"></row><row r="3" spans="1:1" /><row r="4"><c r="A4"><v>1</v></c></row>`,
  "indented XML, as some exporters write it": `
    <row r="1">
      <c r="A1" t="s"><v>0</v></c>
		<c r="B1"><f>1</f><v>2</v></c>
    </row>
    <row r="2"/>
    <row r="3">
      <c r="A3" t="inlineStr"><is><t>x</t></is></c>
    </row>`,
  "whitespace and other elements inside a row": `<row r="1"> <c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c><extLst/></row><row r="3"><c r="A3"><v>3</v></c> </row>`,
  "another default namespace on a row": `<row r="1" xmlns="urn:other"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`,
  "a namespace declared on a row": `<row r="1" xmlns:y="urn:y"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`,
};

describe("the fast path for plain cells", () => {
  for (const [name, rows] of Object.entries(CELLS)) {
    it(`reads ${name} as the general path does, in chunks of any size`, () => {
      const xml = sheetXml(rows);
      const expected = read(xml, false);
      for (const chunk of [xml.length, 1, 7, 64]) {
        expect(read(xml, true, cutsEvery(xml.length, chunk))).toEqual(expected);
      }
    });
  }

  it("reads a sheet cut in two at every position as it reads it whole", () => {
    // Each cut ends a chunk inside some tag or value: the fast path must decline it, not read past it.
    const xml = sheetXml(Object.values(CELLS).slice(0, 6).join(""));
    const expected = read(xml, false);
    for (let cut = 1; cut < xml.length; cut++) expect(read(xml, true, [cut])).toEqual(expected);
  });

  it("reads inline strings with the known values, cut anywhere", () => {
    const xml = sheetXml(CELLS["inline strings as streaming exporters write them"] ?? "");
    const expected = read(xml, false);
    expect(expected.values).toEqual([["Olivia Xu", " R&D \r <x> ", "", 4, "007"]]);
    for (let cut = 1; cut < xml.length; cut++) expect(read(xml, true, [cut])).toEqual(expected);
  });

  it("fails on an undefined entity in an inline string as the general path does", () => {
    const xml = sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>a&bad;</t></is></c></row>`);
    expect(() => read(xml, false)).toThrow("undefined entity &bad;");
    expect(() => read(xml, true)).toThrow("undefined entity &bad;");
  });

  it("reads formula rows cut in two at every position as it reads them whole", () => {
    const xml = sheetXml(
      [
        CELLS["formulas of every shape Excel writes"],
        CELLS["formulas without a value (uncalculated), in fast rows"],
        CELLS["formulas and inline strings (general path)"],
      ].join(""),
    );
    const expected = read(xml, false);
    // Known answers, not only the general path's: cached values read, formulas without one listed.
    // B4's empty <v></v> is openpyxl's uncalculated formula; C4's is a text formula's "" result.
    expect(expected.uncalculated).toEqual(["A4", "B4", "E4", "B6"]);
    expect(expected.values.slice(0, 3)).toEqual([
      [1500, 4, "late", "#DIV/0!", true, 1504.5],
      [7, "7-x", 46000.5],
      [null, null, "", 1, null],
    ]);
    for (let cut = 1; cut < xml.length; cut++) expect(read(xml, true, [cut])).toEqual(expected);
  });

  it("reads an empty value as no value: no first shared string, and a formula's as uncalculated", () => {
    const grid = read(
      sheetXml(
        `<row r="1"><c r="A1" t="s"><v></v></c><c r="B1"><v></v></c><c r="C1" t="s"><v>2</v></c></row>` +
          `<row r="2"><c r="A2"><f>SUM(C1:C9)</f><v></v></c><c r="B2" t="b"><f>A2&gt;1</f><v/></c><c r="C2" t="str"><f>""</f><v/></c></row>`,
      ),
      true,
    );
    expect(grid.values).toEqual([
      [null, "", "two"],
      [null, null, ""],
    ]);
    expect(grid.uncalculated).toEqual(["A2", "B2"]);
  });

  it("reads plain cells with the known values (not only the same as the slow path)", () => {
    const grid = read(sheetXml(CELLS["shared strings, numbers and styles"] ?? ""), true);
    expect(grid.top).toBe(2);
    expect(grid.left).toBe(2);
    expect(grid.values).toEqual([["one", 46000, 0.875, 7]]);
    expect(grid.formats).toEqual([[null, "yyyy-mm-dd", "0%", null]]);
  });

  it("reads plain rows and cells without the element-by-element path, and the rest with it", () => {
    const opened = (rows: string): string[] => {
      const handler = new SheetHandler(context);
      const open = jest.spyOn(handler, "open");
      scanInPieces(handler, sheetXml(rows), [], DEFAULT_XLSX_LIMITS.maxXmlTokenChars);
      return open.mock.calls.map((call) => call[1]);
    };
    expect(opened(CELLS["shared strings, numbers and styles"] ?? "")).toEqual(["worksheet", "sheetData"]);
    // Formula cells are read whole too.
    expect(
      opened(
        `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>1</f></c><c r="C1"><f t="shared" si="0"/><v>3</v></c></row>`,
      ),
    ).toEqual(["worksheet", "sheetData"]);
    // And rows of indented XML.
    expect(opened(CELLS["indented XML, as some exporters write it"] ?? "")).toEqual([
      "worksheet",
      "sheetData",
    ]);
    // So are plain inline strings; rich ones send their row back to the general path, whose plain
    // cells still take the cell fast path.
    expect(
      opened(
        `<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c><c r="C1"><v>3</v></c></row>`,
      ),
    ).toEqual(["worksheet", "sheetData"]);
    expect(
      opened(
        `<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><r><t>x</t></r></is></c><c r="C1"><v>3</v></c></row>`,
      ),
    ).toEqual(["worksheet", "sheetData", "row", "c", "is", "r", "t"]);
  });

  it("keeps cells of another namespace out of the grid, fast or not", () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1"><v>1</v></c></row>`,
      `<x:worksheet xmlns:x="${MAIN}" xmlns="urn:other">`,
    )
      .replace("<sheetData>", "<x:sheetData>")
      .replace("</sheetData></worksheet>", "</x:sheetData></x:worksheet>");
    expect(read(xml, true)).toEqual(read(xml, false));
    expect(read(xml, true).values).toEqual([]);
  });

  it("declines cells it does not know the whole shape of", () => {
    const out = new PlainCell();
    for (const cell of [
      `<c r="A1"><f>1</f><v>1</v><extLst/></c>`,
      `<c r="A1"><f>1&bad;</f><v>1</v></c>`,
      `<c r="A1"><f>1</f>`,
      `<c r="A1"><f t="x"y"/><v>1</v></c>`,
      `<c r="A1"><fx>1</fx><v>1</v></c>`,
      `<c r="A1" t="inlineStr"><is><r><t>x</t></r></is></c>`,
      `<c r="A1" t="inlineStr"><is><t>x</t></is>`,
      `<c r="A1" t="inlineStr"/>`,
      `<c r="A1"><v>1</v>`,
      `<c r="A1" xmlns:q="urn:q"><v>1</v></c>`,
      `<cx r="A1"><v>1</v></cx>`,
      `<c r="A1"><v/></c>`,
    ]) {
      expect(scanPlainCell(cell, 0, 1000, out)).toBe(false);
    }
    expect(scanPlainCell(`<c r="B3" s="2"><v>12</v></c>`, 0, 1000, out)).toBe(true);
    expect([out.col, out.style, out.type, out.digits, out.value, out.formula]).toEqual([
      2,
      2,
      null,
      12,
      null,
      false,
    ]);
    // A formula is skipped whole (its text is not kept) and its cached value read.
    expect(scanPlainCell(`<c r="C3" t="str"><f>A3&amp;"x"</f><v>ax</v></c>`, 0, 1000, out)).toBe(true);
    expect([out.col, out.type, out.digits, out.value, out.formula]).toEqual([3, "str", -1, "ax", true]);
    expect(scanPlainCell(`<c r="D3"><f t="shared" si="2"/></c>`, 0, 1000, out)).toBe(true);
    expect([out.col, out.value, out.formula, out.end]).toEqual([4, null, true, 36]);
    // An inline string's text is read whole, decoded as the general path decodes it.
    expect(scanPlainCell(`<c r="E2" t="inlineStr"><is><t>R&amp;D_x000D_</t></is></c>`, 0, 1000, out)).toBe(
      true,
    );
    expect([out.col, out.type, out.digits, out.value]).toEqual([5, "inlineStr", -1, "R&D\r"]);
    // A formula longer than the text limit is the general path's (which reports it).
    expect(scanPlainCell(`<c r="A1"><f>${"1+".repeat(20)}1</f><v>1</v></c>`, 0, 10, out)).toBe(false);
  });
});
