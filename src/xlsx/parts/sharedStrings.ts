import { isMain } from "../namespaces";
import type { XlsxPackage } from "../package";
import { decodeExcelEscapes } from "../xml/entities";
import type { XmlHandler } from "../xml/xmlScanner";

/**
 * Collects the plain text of `<si>`/`<is>` string items: the `<t>` of a plain string or of every
 * rich-text run `<r>`, leaving out phonetic guides (`<rPh>`, whose `<t>` is reading aid text).
 * Shared by the shared-strings part and inline strings in sheets.
 */
export class StringItemText {
  private parts: string[] = [];
  private phoneticDepth = 0;
  private inText = false;

  /** Returns true when this element is part of a string item (so the caller need not look at it). */
  open(local: string): boolean {
    if (local === "t") {
      this.inText = this.phoneticDepth === 0;
      return true;
    }
    if (local === "rPh") {
      this.phoneticDepth += 1;
      return true;
    }
    return local === "r" || local === "rPr" || local === "phoneticPr";
  }

  close(local: string): void {
    if (local === "t") this.inText = false;
    else if (local === "rPh") this.phoneticDepth -= 1;
  }

  get wantsText(): boolean {
    return this.inText;
  }

  text(text: string): void {
    this.parts.push(text);
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const text = this.parts.length === 1 ? (this.parts[0] ?? "") : this.parts.join("");
    this.parts = [];
    this.phoneticDepth = 0;
    this.inText = false;
    return decodeExcelEscapes(text);
  }
}

class SharedStringsHandler implements XmlHandler {
  wantText = false;
  readonly strings: string[] = [];
  private readonly item = new StringItemText();
  private inItem = false;

  open(ns: string, local: string): void {
    if (!isMain(ns)) return;
    if (local === "si") {
      this.inItem = true;
    } else if (this.inItem) {
      this.item.open(local);
      this.wantText = this.item.wantsText;
    }
  }

  close(ns: string, local: string): void {
    if (!isMain(ns)) return;
    if (local === "si") {
      this.strings.push(this.item.take());
      this.inItem = false;
    } else if (this.inItem) {
      this.item.close(local);
    }
    this.wantText = false;
  }

  text(text: string): void {
    this.item.text(text);
  }
}

/** The shared-string table: index → plain text (rich text runs joined). */
export function readSharedStrings(pkg: XlsxPackage, partName: string): string[] {
  const handler = new SharedStringsHandler();
  pkg.scan(partName, handler);
  return handler.strings;
}
