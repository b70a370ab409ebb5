import { escapeXml, unescapeXml } from "../../../src/xlsx/write/xmlText";

describe("escapeXml", () => {
  it("escapes markup characters and drops characters XML 1.0 cannot hold", () => {
    expect(escapeXml(`R&D "Q1" <draft> Bob's`)).toBe("R&amp;D &quot;Q1&quot; &lt;draft&gt; Bob's");
    expect(escapeXml("a\u0000b\u0007c\td\ne")).toBe("abc\td\ne");
    expect(escapeXml("pair 😀 lone \uD800 end")).toBe("pair 😀 lone  end");
  });

  it("round-trips through unescapeXml", () => {
    const text = `=HYPERLINK("x") & <b> 'q'`;
    expect(unescapeXml(escapeXml(text))).toBe(text);
    expect(unescapeXml("&#65;&#x42;&apos;")).toBe("AB'");
  });
});
