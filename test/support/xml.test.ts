import { childrenNamed, descendants, localName, onlyChild, parseXml } from "./xml";

describe("parseXml", () => {
  it("reads elements, attributes, text, entities, CDATA and skips comments and declarations", () => {
    const root = parseXml(
      `<?xml version="1.0"?>\n<!-- c --><a x="1 &amp; 2" y='&quot;q&quot;'><bt:b/>t&lt;1&#x41;<![CDATA[<raw>]]><c>in</c></a>`,
    );
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1 & 2", y: '"q"' });
    expect(root.text).toBe("t<1A<raw>");
    expect(root.children.map((child) => child.name)).toEqual(["bt:b", "c"]);
    expect(localName("bt:b")).toBe("b");
    expect(childrenNamed(root, "b")).toHaveLength(1);
    expect(onlyChild(root, "c").text).toBe("in");
    expect(descendants(parseXml("<a><b><c/></b><d/></a>")).map((e) => e.name)).toEqual(["b", "c", "d"]);
  });

  it.each([
    ["<a><b></a>", "line 1: </a> does not close <b>"],
    ["<a>\n<b>", "line 2: <b> is never closed"],
    ['<a x="1" x="2"/>', "duplicate attribute x"],
    ["<a x=1/>", "not quoted"],
    ["<a/><b/>", "second root element <b>"],
    ["<a>&nbsp;</a>", "unknown entity &nbsp;"],
  ])("rejects %p", (source, message) => {
    expect(() => parseXml(source)).toThrow(message);
  });

  it("names the parent when a single child is missing or repeated", () => {
    expect(() => onlyChild(parseXml("<a><b/><b/></a>"), "b")).toThrow(
      "<a> has 2 <b> children, expected exactly 1",
    );
  });
});
