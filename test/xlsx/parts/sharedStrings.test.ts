/**
 * The shared-strings reader's fast path for plain items (`<si><t>…</t></si>`) must give exactly the
 * table the element-by-element path gives, for items of every shape, however the part is cut into
 * chunks (an item cut by a chunk end is left to the general scanner).
 */
import { DEFAULT_XLSX_LIMITS } from "../../../src/xlsx/limits";
import { SharedStringsHandler } from "../../../src/xlsx/parts/sharedStrings";
import { scanInPieces } from "../../support/scanInPieces";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const LIMIT = DEFAULT_XLSX_LIMITS.maxXmlTokenChars;

const ITEMS = [
  "<si><t>Plain text</t></si>",
  '<si><t xml:space="preserve">  edge spaces  </t></si>',
  "<si><t></t></si>",
  "<si><t/></si>",
  "<si><t>R&amp;D &lt;core&gt; &#233;t&#xE9;</t></si>",
  "<si><t>line_x000D_break and _x005F_x0041_ kept</t></si>",
  "<si><r><rPr><b/></rPr><t>Rich </t></r><r><t>text</t></r></si>",
  '<si><t>Kanji</t><rPh sb="0" eb="1"><t>reading</t></rPh></si>',
  "<si><t><![CDATA[a <b> c]]></t></si>",
  '<si><t xml:space="default">not the preserve form</t></si>',
  "<si>\n  <t>whitespace between elements</t>\n</si>",
  "<si><t>émoji 😀 and ünïcode</t></si>",
];

function sst(items: readonly string[], root = `<sst xmlns="${MAIN}">`): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${root}${items.join("")}</sst>`;
}

function read(xml: string, fast: boolean, cuts: readonly number[]): string[] {
  const handler = new SharedStringsHandler(LIMIT, fast);
  scanInPieces(handler, xml, cuts, LIMIT);
  return handler.strings;
}

describe("the shared-strings fast path", () => {
  const xml = sst(ITEMS);
  const expected = read(xml, false, []);

  it("reads the known strings (not only the same as the general path)", () => {
    expect(expected).toEqual([
      "Plain text",
      "  edge spaces  ",
      "",
      "",
      "R&D <core> été",
      "line\rbreak and _x0041_ kept",
      "Rich text",
      "Kanji",
      "a <b> c",
      "not the preserve form",
      "whitespace between elements",
      "émoji 😀 and ünïcode",
    ]);
    expect(read(xml, true, [])).toEqual(expected);
  });

  it("gives the same table with the part cut in two at every position", () => {
    for (let cut = 1; cut < xml.length; cut++) expect(read(xml, true, [cut])).toEqual(expected);
  });

  it("leaves items of another namespace, or prefixed, to the general path", () => {
    const other = sst(["<si><t>kept</t></si>"], '<sst xmlns="urn:other">');
    expect(read(other, true, [])).toEqual([]);
    const prefixed = sst(
      ["<x:si><x:t>prefixed</x:t></x:si>", "<si><t>plain</t></si>"],
      `<x:sst xmlns:x="${MAIN}">`,
    ).replace("</sst>", "</x:sst>");
    expect(read(prefixed, true, [])).toEqual(read(prefixed, false, []));
    expect(read(prefixed, true, [])).toEqual(["prefixed"]);
  });

  it("refuses a text longer than the limit on the fast path as on the general one", () => {
    const long = sst([`<si><t>${"a".repeat(200)}</t></si>`]);
    expect(() => scanInPieces(new SharedStringsHandler(100), long, [], 100)).toThrow(
      /longer than 100 characters/,
    );
  });
});
