import { canonicalNamespace } from "../namespaces";
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
  /** A start tag; returns true when the handler wants the text that follows it. */
  open(ns: string, local: string, attributes: XmlAttributes): boolean;
  /** An end tag (also after a self-closing start tag); returns true to keep receiving text. */
  close(ns: string, local: string): boolean;
  text(text: string): void;
  /**
   * Optional fast path for a part's hot elements (a sheet's cells): called at each start tag with
   * the text, the tag's position and the canonical default namespace in scope. Returns the position
   * after the whole element when it read it, or -1 to let the scanner parse it as usual. It must
   * consume complete elements only (the scanner's stack of open elements does not see them).
   */
  element?(s: string, lt: number, defaultNs: string): number;
}

type Scope = ReadonlyMap<string, string>;

interface ResolvedName {
  readonly ns: string;
  readonly local: string;
}

/** Longest start of a chunk joined to the previous chunk's unfinished tail on its own. */
const SHORT_HEAD = 4096;
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

/**
 * The attributes of the start tag being reported; valid only during the `open` call. Values are
 * kept as positions in the scanned text and sliced only when asked for (most never are).
 */
export class XmlAttributes {
  private source = "";
  private names: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private count = 0;
  /** Namespace scope of the element (set by the scanner). */
  scope: Scope = new Map();

  reset(source: string): void {
    this.source = source;
    this.count = 0;
  }

  add(name: string, start: number, end: number): void {
    this.names[this.count] = name;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count += 1;
  }

  private value(i: number): string {
    return decodeEntities(this.source.slice(this.starts[i], this.ends[i]));
  }

  /**
   * For the hot path of sheets: a plain attribute's raw value passed to `parse(text, start, end)`
   * in place, without slicing or decoding it; -1 when absent.
   */
  parseInPlace(local: string, parse: (text: string, start: number, end: number) => number): number {
    for (let i = 0; i < this.count; i++) {
      if (this.names[i] === local) return parse(this.source, this.starts[i] ?? 0, this.ends[i] ?? 0);
    }
    return -1;
  }

  /** An attribute without a prefix (which has no namespace), decoded; null when absent. */
  get(local: string): string | null {
    for (let i = 0; i < this.count; i++) {
      if (this.names[i] === local) return this.value(i);
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
      if (uri !== undefined && isNamespace(uri)) return this.value(i);
    }
    return null;
  }

  /** The namespace declarations among these attributes, as [prefix ("" = default), URI]. */
  declarations(): [string, string][] | null {
    let found: [string, string][] | null = null;
    for (let i = 0; i < this.count; i++) {
      const name = this.names[i] ?? "";
      if (name.charCodeAt(0) !== 120 || !name.startsWith("xmlns")) continue;
      if (name.length > 5 && name.charCodeAt(5) !== 58) continue;
      (found ??= []).push([name.length === 5 ? "" : name.slice(6), this.value(i)]);
    }
    return found;
  }
}

export class XmlScanner {
  private pending = "";
  private readonly qnames: string[] = [];
  /** The resolved names of the open elements, beside `qnames` (an end tag needs no lookup). */
  private readonly openNames: ResolvedName[] = [];
  private readonly scopes: Scope[] = [];
  private readonly scopeDepths: number[] = [];
  private scope: Scope = new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]);
  private readonly attributes = new XmlAttributes();
  private seenRoot = false;
  /** Qualified name → namespace URI and local name, for the current scope (cleared when it changes). */
  private names = new Map<string, ResolvedName>();
  private wantText = false;
  // The handler's methods, bound once: the scanner serves several handler classes, and calling
  // through fields keeps its hot call sites from going megamorphic.
  private readonly onOpen: XmlHandler["open"];
  private readonly onClose: XmlHandler["close"];
  private readonly onText: XmlHandler["text"];
  private readonly onElement: ((s: string, lt: number, defaultNs: string) => number) | null;
  /** The canonical default namespace URI in scope (updated whenever the scope changes). */
  private defaultNs = "";

  constructor(
    handler: XmlHandler,
    private readonly maxTokenChars: number,
  ) {
    this.onOpen = handler.open.bind(handler);
    this.onClose = handler.close.bind(handler);
    this.onText = handler.text.bind(handler);
    this.onElement = handler.element === undefined ? null : handler.element.bind(handler);
  }

  private resolve(qname: string): ResolvedName {
    let name = this.names.get(qname);
    if (name === undefined) {
      const colon = qname.indexOf(":");
      name = {
        ns: canonicalNamespace(this.scope.get(colon < 0 ? "" : qname.slice(0, colon)) ?? ""),
        local: colon < 0 ? qname : qname.slice(colon + 1),
      };
      this.names.set(qname, name);
    }
    return name;
  }

  /** Scans a chunk; an element or text cut off at its end waits for the next chunk. */
  write(chunk: string): void {
    let text = chunk;
    let from = 0;
    if (this.pending.length > 0) {
      // The tail cut off at the previous chunk's end is finished on a short string first, then the
      // chunk is scanned in place: joining the tail to the whole chunk would copy every chunk.
      const gt = chunk.indexOf(">");
      const head = gt >= 0 && gt < SHORT_HEAD ? this.pending + chunk.slice(0, gt + 1) : null;
      const headConsumed = head === null ? -1 : this.scan(head, 0);
      if (head !== null && headConsumed === head.length) from = gt + 1;
      else if (head !== null) text = head.slice(headConsumed) + chunk.slice(gt + 1);
      else text = this.pending + chunk;
    }
    const consumed = this.scan(text, from);
    this.pending = consumed === text.length ? "" : text.slice(consumed);
    if (this.pending.length > this.maxTokenChars) this.tooLong();
  }

  private tooLong(): never {
    throw new XmlSyntaxError(`an element or text longer than ${this.maxTokenChars} characters`);
  }

  /** The part has ended: anything unfinished means it was cut off. */
  end(): void {
    if (this.pending.trim() !== "" || this.qnames.length > 0 || !this.seenRoot) {
      throw new XmlSyntaxError("the XML ends before its root element is closed");
    }
  }

  /** Scans `s` from `from`; returns where the unfinished tail starts (`s.length` when none). */
  private scan(s: string, from: number): number {
    const n = s.length;
    let i = from;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) return this.wantText ? i : n;
      if (lt > i && this.wantText) {
        if (lt - i > this.maxTokenChars) this.tooLong();
        this.onText(decodeEntities(s.slice(i, lt)));
      }
      if (lt + 1 >= n) return lt; // the "<" is the last character
      const next = s.charCodeAt(lt + 1);
      let end: number;
      if (next === SLASH) end = this.endTag(s, lt);
      else if (next === QUESTION) end = this.skipPast(s, lt + 2, "?>");
      else if (next === BANG) end = this.markup(s, lt);
      else {
        end = this.onElement === null ? -1 : this.onElement(s, lt, this.defaultNs);
        if (end < 0) end = this.startTag(s, lt);
        // A whole element read by the fast path: like after any end tag, no text is wanted.
        else this.wantText = false;
      }
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
      if (this.wantText) this.onText(s.slice(lt + 9, close));
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
    // The usual case, compared in place: the end tag names the element last opened.
    const top = this.qnames[this.qnames.length - 1];
    if (top !== undefined && gt === lt + 2 + top.length && s.startsWith(top, lt + 2)) {
      this.qnames.pop();
      this.closeElement(this.openNames.pop() ?? this.resolve(top));
      return gt + 1;
    }
    let qname = s.slice(lt + 2, gt);
    if (isSpace(qname.charCodeAt(qname.length - 1))) qname = qname.trimEnd();
    const open = this.qnames.pop();
    const openName = this.openNames.pop();
    if (open !== qname) {
      throw new XmlSyntaxError(`</${qname}> does not close <${open ?? "(nothing)"}>`);
    }
    this.closeElement(openName ?? this.resolve(qname));
    return gt + 1;
  }

  private closeElement(name: ResolvedName): void {
    this.wantText = this.onClose(name.ns, name.local);
    if (this.scopeDepths.length > 0 && this.scopeDepths[this.scopeDepths.length - 1] === this.qnames.length) {
      this.scopeDepths.pop();
      this.scope = this.scopes.pop() ?? this.scope;
      this.names = new Map();
      this.defaultNs = canonicalNamespace(this.scope.get("") ?? "");
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
    attributes.reset(s);
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
      attributes.add(name, p + 1, close);
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
      this.names = new Map();
      this.defaultNs = canonicalNamespace(scope.get("") ?? "");
    }
    this.attributes.scope = this.scope;
    const name = this.resolve(qname);
    this.wantText = this.onOpen(name.ns, name.local, this.attributes);
    if (selfClosing) {
      this.closeElement(name);
    } else {
      this.qnames.push(qname);
      this.openNames.push(name);
    }
  }
}
