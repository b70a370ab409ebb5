import { isMain } from "../namespaces";
import { decodeExcelEscapes } from "../xml/entities";
import { scanPart, type ReadSteps } from "../readSteps";
import type { XmlHandler } from "../xml/xmlScanner";

/**
 * Collects the plain text of `<si>`/`<is>` string items: the `<t>` of a plain string or of every
 * rich-text run `<r>`, leaving out phonetic guides (`<rPh>`, whose `<t>` is reading aid text).
 * Shared by the shared-strings part and inline strings in sheets.
 */
export class StringItemText {
  private collected = "";
  private phoneticDepth = 0;
  private inText = false;

  /** An element inside the item; returns true when its text belongs to the item. */
  open(local: string): boolean {
    if (local === "t") {
      this.inText = this.phoneticDepth === 0;
    } else if (local === "rPh") {
      this.phoneticDepth += 1;
    }
    return this.inText;
  }

  close(local: string): void {
    if (local === "t") this.inText = false;
    else if (local === "rPh") this.phoneticDepth -= 1;
  }

  text(text: string): void {
    this.collected += text;
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const text = this.collected;
    this.collected = "";
    this.phoneticDepth = 0;
    this.inText = false;
    return decodeExcelEscapes(text);
  }
}

class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private readonly item = new StringItemText();
  private inItem = false;

  open(ns: string, local: string): boolean {
    if (!isMain(ns)) return false;
    if (local === "si") {
      this.inItem = true;
      return false;
    }
    return this.inItem && this.item.open(local);
  }

  close(ns: string, local: string): boolean {
    if (!isMain(ns)) return false;
    if (local === "si") {
      this.strings.push(this.item.take());
      this.inItem = false;
    } else if (this.inItem) {
      this.item.close(local);
    }
    return false;
  }

  text(text: string): void {
    this.item.text(text);
  }
}

/** The shared-string table: index → plain text (rich text runs joined). */
export function* readSharedStrings(partName: string): ReadSteps<string[]> {
  const handler = new SharedStringsHandler();
  yield* scanPart(partName, handler);
  return handler.strings;
}
