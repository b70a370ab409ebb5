/**
 * The XML scanner takes text in chunks of any size: the events a part gives must not depend on
 * where the chunks end (inside a tag, an attribute, text, an entity, a comment or CDATA), nor on
 * whether a chunk's start is first joined to the previous chunk's unfinished tail. (A handler's
 * fast path may see an element cut by a chunk end fall back to the general path: the sheet
 * reader's test, sheetFastPath.test.ts, checks that both give the same grid.)
 */
import type { XmlAttributes, XmlHandler } from "../../../src/xlsx/xml/xmlScanner";
import { scanInPieces } from "../../support/scanInPieces";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

class Recorder implements XmlHandler {
  readonly events: string[] = [];

  open(ns: string, local: string, attributes: XmlAttributes): boolean {
    this.events.push(`open ${ns} ${local} r=${attributes.get("r")} t=${attributes.get("t")}`);
    return local === "t" || local === "v";
  }

  close(ns: string, local: string): boolean {
    this.events.push(`close ${ns} ${local}`);
    return false;
  }

  text(text: string): void {
    this.events.push(`text ${JSON.stringify(text)}`);
  }
}

function events(xml: string, cuts: readonly number[]): string[] {
  const handler = new Recorder();
  scanInPieces(handler, xml, cuts, 1 << 20);
  return handler.events;
}

const DOCUMENTS: Record<string, string> = {
  "a sheet": `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>12</v></c><c r="B1"><v>3.5</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>a &amp; b</t></is></c></row></sheetData></worksheet>`,
  "shared strings with markup inside text": `<sst xmlns="${MAIN}"><si><t xml:space="preserve"> x &lt;y&gt; </t></si><!-- a > comment --><si><t><![CDATA[1 > 0 <b>]]></t></si><si><r><t>rich</t></r><r><t>text</t></r></si></sst>`,
  "prefixed names and attributes with '>'": `<x:sst xmlns:x="${MAIN}" a='1>2'><x:si><x:t>one</x:t></x:si><x:si><x:t>two</x:t></x:si></x:sst>`,
};

describe("the XML scanner, in chunks", () => {
  for (const [name, xml] of Object.entries(DOCUMENTS)) {
    it(`gives the same events for ${name} wherever the chunks end`, () => {
      const whole = events(xml, []);
      for (let a = 1; a < xml.length; a++) {
        expect(events(xml, [a])).toEqual(whole);
        for (const step of [1, 3, 17])
          if (a + step < xml.length) expect(events(xml, [a, a + step])).toEqual(whole);
      }
    });
  }

  it("still finds XML cut off at the end", () => {
    const xml = DOCUMENTS["a sheet"] as string;
    expect(() => events(xml.slice(0, -3), [40])).toThrow(/ends before/);
  });
});
