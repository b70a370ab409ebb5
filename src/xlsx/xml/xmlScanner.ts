import { decodeEntities } from "./entities";
import { XmlSyntaxError } from "./xmlSyntaxError";

/**
 * A streaming XML tokenizer for OOXML parts: it takes text in chunks of any size and calls the
 * handler for each start tag, end tag and (when asked) text, resolving element and attribute
 * namespaces by URI from the `xmlns` declarations in scope, never by prefix. It refuses DTDs (so
 * no entity expansion, no external entities) and keeps only the unfinished tail of a chunk, capped,
 * so memory does not grow with the part.
 */
export interface XmlHandler {
  /** The handler sets this while it wants the text of the element it is in. */
  wantText: boolean;
  open(ns: string, local: string, attributes: XmlAttributes): void;
  close(ns: string, local: string): void;
  text(text: string): void;
}

type Scope = ReadonlyMap<string, string>;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** The attributes of the start tag being reported; valid only during the `open` call. */
export class XmlAttributes {
  private names: string[] = [];
  private values: string[] = [];
  private count = 0;
  /** Namespace scope of the element (set by the scanner). */
  scope: Scope = new Map();

  reset(): void {
    this.count = 0;
  }

  add(name: string, value: string): void {
    this.names[this.count] = name;
    this.values[this.count] = value;
    this.count += 1;
  }

  /** An attribute without a prefix (which has no namespace), decoded; null when absent. */
  get(local: string): string | null {
    for (let i = 0; i < this.count; i++) {
      if (this.names[i] === local) return decodeEntities(this.values[i] ?? "");
    }
    return null;
  }

  /** A prefixed attribute whose namespace URI passes `isNamespace`, decoded; null when absent. */
  getNs(isNamespace: (uri: string) => boolean, local: string): string | null {
    for (let i = 0; i < this.count; i++) {
      const name = this.names[i] ?? "";
      const colon = name.indexOf(":");
      if (colon < 0 || name.slice(colon + 1) !== local) continue;
      const uri = this.scope.get(name.slice(0, colon));
      if (uri !== undefined && isNamespace(uri)) return decodeEntities(this.values[i] ?? "");
    }
    return null;
  }

  /** The namespace declarations among these attributes, as [prefix ("" = default), URI]. */
  declarations(): [string, string][] | null {
    let found: [string, string][] | null = null;
    for (let i = 0; i < this.count; i++) {
      const name = this.names[i] ?? "";
      if (!name.startsWith("xmlns")) continue;
      if (name.length > 5 && name.charCodeAt(5) !== 58) continue;
      (found ??= []).push([name.length === 5 ? "" : name.slice(6), decodeEntities(this.values[i] ?? "")]);
    }
    return found;
  }
}

export class XmlScanner {
  private pending = "";
  private readonly qnames: string[] = [];
  private readonly scopes: Scope[] = [];
  private readonly scopeDepths: number[] = [];
  private scope: Scope = new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]);
  private readonly attributes = new XmlAttributes();
  private seenRoot = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxTokenChars: number,
  ) {}

  /** Scans a chunk; an element or text cut off at its end waits for the next chunk. */
  write(chunk: string): void {
    const text = this.pending.length === 0 ? chunk : this.pending + chunk;
    const consumed = this.scan(text);
    this.pending = consumed === text.length ? "" : text.slice(consumed);
    if (this.pending.length > this.maxTokenChars) {
      throw new XmlSyntaxError(`an element or text longer than ${this.maxTokenChars} characters`);
    }
  }

  /** The part has ended: anything unfinished means it was cut off. */
  end(): void {
    if (this.pending.trim() !== "" || this.qnames.length > 0 || !this.seenRoot) {
      throw new XmlSyntaxError("the XML ends before its root element is closed");
    }
  }

  private scan(s: string): number {
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) return this.handler.wantText ? i : n;
      if (lt > i && this.handler.wantText) this.handler.text(decodeEntities(s.slice(i, lt)));
      const next = s.charCodeAt(lt + 1);
      if (next !== next) return lt; // NaN: the "<" is the last character
      let end: number;
      if (next === SLASH) end = this.endTag(s, lt);
      else if (next === QUESTION) end = this.skipPast(s, lt + 2, "?>");
      else if (next === BANG) end = this.markup(s, lt);
      else end = this.startTag(s, lt);
      if (end < 0) return lt;
      i = end;
    }
    return n;
  }

  private skipPast(s: string, from: number, terminator: string): number {
    const at = s.indexOf(terminator, from);
    return at < 0 ? -1 : at + terminator.length;
  }

  /** Comments, CDATA sections; a DOCTYPE is refused outright. */
  private markup(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) return this.skipPast(s, lt + 4, "-->");
    if (s.startsWith("<![CDATA[", lt)) {
      const close = s.indexOf("]]>", lt + 9);
      if (close < 0) return -1;
      if (this.handler.wantText) this.handler.text(s.slice(lt + 9, close));
      return close + 3;
    }
    if (lt + 9 > s.length) return -1;
    if (s.startsWith("<!DOCTYPE", lt)) {
      throw new XmlSyntaxError("a document type declaration (DTD), which no workbook part has, is refused");
    }
    throw new XmlSyntaxError("unexpected markup after <!");
  }

  private endTag(s: string, lt: number): number {
    const gt = s.indexOf(">", lt + 2);
    if (gt < 0) return -1;
    const qname = s.slice(lt + 2, gt).trimEnd();
    const open = this.qnames.pop();
    if (open !== qname) {
      throw new XmlSyntaxError(`</${qname}> does not close <${open ?? "(nothing)"}>`);
    }
    this.closeElement(qname);
    return gt + 1;
  }

  private closeElement(qname: string): void {
    const colon = qname.indexOf(":");
    const ns = this.scope.get(colon < 0 ? "" : qname.slice(0, colon)) ?? "";
    this.handler.close(ns, colon < 0 ? qname : qname.slice(colon + 1));
    if (this.scopeDepths.length > 0 && this.scopeDepths[this.scopeDepths.length - 1] === this.qnames.length) {
      this.scopeDepths.pop();
      this.scope = this.scopes.pop() ?? this.scope;
    }
  }

  /** Parses `<name attr="v" …>` or `<name …/>` at `lt`; -1 when the chunk ends inside it. */
  private startTag(s: string, lt: number): number {
    const n = s.length;
    let p = lt + 1;
    while (p < n) {
      const c = s.charCodeAt(p);
      if (isSpace(c) || c === GT || c === SLASH) break;
      p++;
    }
    if (p >= n) return -1;
    const qname = s.slice(lt + 1, p);
    if (qname === "" || qname.charCodeAt(0) === LT) throw new XmlSyntaxError("a tag without a name");
    const attributes = this.attributes;
    attributes.reset();
    let selfClosing = false;
    for (;;) {
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const c = s.charCodeAt(p);
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH) {
        if (p + 1 >= n) return -1;
        if (s.charCodeAt(p + 1) !== GT) throw new XmlSyntaxError(`a stray "/" in <${qname}>`);
        selfClosing = true;
        p += 2;
        break;
      }
      const nameStart = p;
      while (p < n && s.charCodeAt(p) !== EQUALS && !isSpace(s.charCodeAt(p)) && s.charCodeAt(p) !== GT) p++;
      const name = s.slice(nameStart, p);
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      if (s.charCodeAt(p) !== EQUALS || name === "")
        throw new XmlSyntaxError(`a malformed attribute in <${qname}>`);
      p++;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const quote = s.charCodeAt(p);
      if (quote !== QUOTE && quote !== APOSTROPHE)
        throw new XmlSyntaxError(`an unquoted attribute in <${qname}>`);
      const close = s.indexOf(quote === QUOTE ? '"' : "'", p + 1);
      if (close < 0) return -1;
      attributes.add(name, s.slice(p + 1, close));
      p = close + 1;
    }
    this.openElement(qname, selfClosing);
    return p;
  }

  private openElement(qname: string, selfClosing: boolean): void {
    if (this.qnames.length === 0) {
      if (this.seenRoot) throw new XmlSyntaxError("content after the root element");
      this.seenRoot = true;
    }
    const declarations = this.attributes.declarations();
    if (declarations !== null) {
      this.scopes.push(this.scope);
      this.scopeDepths.push(this.qnames.length);
      const scope = new Map(this.scope);
      for (const [prefix, uri] of declarations) scope.set(prefix, uri);
      this.scope = scope;
    }
    this.attributes.scope = this.scope;
    const colon = qname.indexOf(":");
    const ns = this.scope.get(colon < 0 ? "" : qname.slice(0, colon)) ?? "";
    this.handler.open(ns, colon < 0 ? qname : qname.slice(colon + 1), this.attributes);
    if (selfClosing) this.closeElement(qname);
    else this.qnames.push(qname);
  }
}
