/**
 * The shared string table (`xl/sharedStrings.xml`): each distinct text once, cells refer to it by
 * index. Text is stored as text, never as a formula, whatever it looks like.
 *
 * @example const strings = new SharedStrings(); strings.index("=1+1") === 0; strings.index("=1+1") === 0
 */
import { textElementXml } from "./xmlText";

export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly items: string[] = [];
  private references = 0;

  index(text: string): number {
    this.references += 1;
    let i = this.indexes.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(text);
      this.indexes.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = this.items.map((text) => `<si>${textElementXml(text)}</si>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.items.length}">` +
      `${items.join("")}</sst>`
    );
  }
}
