import { XmlScanner, type XmlHandler } from "../../src/xlsx/xml/xmlScanner";

/**
 * Feeds `xml` to a new scanner for `handler` in pieces that end at `cuts` (ascending offsets; none
 * = whole), then ends it: how the reader's chunks reach a part's handler, cut anywhere.
 */
export function scanInPieces(
  handler: XmlHandler,
  xml: string,
  cuts: readonly number[],
  maxTokenChars: number,
): void {
  const scanner = new XmlScanner(handler, maxTokenChars);
  let from = 0;
  for (const cut of [...cuts, xml.length]) {
    scanner.write(xml.slice(from, cut));
    from = cut;
  }
  scanner.end();
}

/** The cuts of a text of `length` read `size` characters at a time. */
export function cutsEvery(length: number, size: number): number[] {
  const cuts: number[] = [];
  for (let at = size; at < length; at += size) cuts.push(at);
  return cuts;
}
