/**
 * A part's relationships (`_rels/*.rels`), numbered rId1, rId2, … in the order they are added.
 *
 * @example const rels = new Relationships(); rels.add(`${OFFICE_REL}/drawing`, "../drawings/drawing1.xml") === "rId1"
 */
import { escapeXml } from "./xmlText";

export const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export class Relationships {
  private readonly items: string[] = [];

  get size(): number {
    return this.items.length;
  }

  add(type: string, target: string): string {
    const id = `rId${this.items.length + 1}`;
    this.items.push(`<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`);
    return id;
  }

  xml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="${PACKAGE_REL_NS}">${this.items.join("")}</Relationships>`
    );
  }
}
