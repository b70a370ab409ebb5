// A small, strict-enough XML reader for tests (manifests, generated parts): elements, attributes,
// text, comments, CDATA, processing instructions and the five predefined entities. No DTDs, no namespaces
// resolution: names keep their prefix (e.g. "bt:Image"); use localName() to drop it.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text directly inside this element (not its descendants), entities decoded. */
  readonly text: string;
}

interface MutableElement {
  name: string;
  attributes: Record<string, string>;
  children: MutableElement[];
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split("\n").length;
}

function decode(source: string, raw: string, at: number): string {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf("&", i);
    if (amp < 0) return out + raw.slice(i);
    const semi = raw.indexOf(";", amp);
    if (semi < 0) throw new Error(`XML line ${lineOf(source, at)}: unterminated entity in "${raw}"`);
    const entity = raw.slice(amp + 1, semi);
    let value: string | undefined;
    if (entity.startsWith("#x")) value = String.fromCodePoint(parseInt(entity.slice(2), 16));
    else if (entity.startsWith("#")) value = String.fromCodePoint(parseInt(entity.slice(1), 10));
    else value = ENTITIES[entity];
    if (value === undefined) throw new Error(`XML line ${lineOf(source, at)}: unknown entity &${entity};`);
    out += raw.slice(i, amp) + value;
    i = semi + 1;
  }
  return out;
}

const isNameChar = (c: string): boolean => /[A-Za-z0-9_.:-]/.test(c);
const isSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

/** Parses a whole document and returns its root element; throws with a line number on malformed input. */
export function parseXml(source: string): XmlElement {
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`XML line ${lineOf(source, i)}: ${message}`);
  };
  const skipPast = (terminator: string): void => {
    const end = source.indexOf(terminator, i);
    if (end < 0) fail(`missing "${terminator}"`);
    i = end + terminator.length;
  };
  const readName = (): string => {
    const start = i;
    while (i < source.length && isNameChar(source[i] ?? "")) i++;
    if (i === start) fail(`expected a name at "${source.slice(i, i + 20)}"`);
    return source.slice(start, i);
  };
  const skipSpace = (): void => {
    while (isSpace(source[i])) i++;
  };

  while (i < source.length) {
    const current = stack[stack.length - 1];
    if (source[i] !== "<") {
      const next = source.indexOf("<", i);
      const end = next < 0 ? source.length : next;
      const raw = source.slice(i, end);
      if (current) current.text += decode(source, raw, i);
      else if (raw.trim() !== "") fail("text outside the root element");
      i = end;
    } else if (source.startsWith("<!--", i)) {
      skipPast("-->");
    } else if (source.startsWith("<![CDATA[", i)) {
      const end = source.indexOf("]]>", i);
      if (end < 0) fail("unterminated CDATA");
      if (!current) fail("CDATA outside the root element");
      (current as MutableElement).text += source.slice(i + 9, end);
      i = end + 3;
    } else if (source.startsWith("<?", i)) {
      skipPast("?>");
    } else if (source.startsWith("<!", i)) {
      fail("DOCTYPE and other declarations are not supported");
    } else if (source.startsWith("</", i)) {
      i += 2;
      const name = readName();
      skipSpace();
      if (source[i] !== ">") fail(`expected ">" after </${name}`);
      i++;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`</${name}> does not close <${open?.name ?? "nothing"}>`);
    } else {
      i++;
      const element: MutableElement = { name: readName(), attributes: {}, children: [], text: "" };
      for (;;) {
        skipSpace();
        if (source.startsWith("/>", i) || source[i] === ">") break;
        const attribute = readName();
        skipSpace();
        if (source[i] !== "=") fail(`attribute ${attribute} of <${element.name}> has no value`);
        i++;
        skipSpace();
        const quote = source[i];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attribute} of <${element.name}> is not quoted`);
        const end = source.indexOf(quote as string, i + 1);
        if (end < 0) fail(`unterminated value for attribute ${attribute}`);
        if (attribute in element.attributes) fail(`duplicate attribute ${attribute} on <${element.name}>`);
        element.attributes[attribute] = decode(source, source.slice(i + 1, end), i);
        i = end + 1;
      }
      if (current) current.children.push(element);
      else if (root) fail(`second root element <${element.name}>`);
      else root = element;
      if (source.startsWith("/>", i)) {
        i += 2;
      } else {
        i++;
        stack.push(element);
      }
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name ?? ""}> is never closed`);
  if (!root) throw new Error("XML document has no root element");
  return root;
}

/** "bt:Image" → "Image". */
export function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** Direct children whose local name is `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child.name) === name);
}

/** The single direct child with local name `name`; throws naming the parent when there is not exactly one. */
export function onlyChild(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  const [first] = found;
  if (found.length !== 1 || !first) {
    throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected exactly 1`);
  }
  return first;
}

/** Every descendant (depth first, document order), not including `element` itself. */
export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}
