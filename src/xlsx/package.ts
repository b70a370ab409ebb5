import type { XlsxLimits } from "./limits";
import { utf8StreamDecoder } from "./utf8";
import { XmlSyntaxError } from "./xml/xmlSyntaxError";
import type { XmlHandler } from "./xml/xmlScanner";
import { XmlScanner } from "./xml/xmlScanner";
import { leaveOutRuns } from "./rowRuns/leaveOutRuns";
import type { StoredRun } from "./rowRuns/storedRun";
import { readEntry } from "./zip/readEntry";
import type { ZipEntry } from "./zip/zipDirectory";

/**
 * An OPC package (the zip of an .xlsx) with parts looked up by name, case-insensitively as OPC
 * part names are, and streamed through an XML handler under the reader's limits.
 */
export class XlsxPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  constructor(
    private readonly data: Uint8Array,
    entries: readonly ZipEntry[],
    readonly limits: XlsxLimits,
  ) {
    for (const entry of entries) {
      const key = entry.name.toLowerCase();
      if (!this.entries.has(key)) this.entries.set(key, entry);
    }
  }

  /** Part name without the leading slash, e.g. "xl/workbook.xml". */
  has(partName: string): boolean {
    return this.entries.has(partName.toLowerCase());
  }

  /**
   * From now on, reads the part without its stored runs (see leaveOutRuns) and returns them, and
   * whether the part holds its text inline; null when the part has no matching run index.
   */
  leaveOutRuns(partName: string): { runs: readonly StoredRun[]; inlineStrings: boolean } | null {
    const key = partName.toLowerCase();
    const entry = this.entries.get(key);
    const left = entry === undefined ? null : leaveOutRuns(this.data, entry);
    if (left === null) return null;
    this.entries.set(key, left.entry);
    return { runs: left.runs, inlineStrings: left.inlineStrings };
  }

  /**
   * Streams a part's XML through `handler`. Throws XmlSyntaxError for XML that is not well formed,
   * PartTooLargeError past the size limit, XlsxError for damaged zip data.
   */
  scan(partName: string, handler: XmlHandler): void {
    const entry = this.entries.get(partName.toLowerCase());
    if (entry === undefined) throw new XmlSyntaxError(`the part ${partName} is missing`);
    const decoder = utf8StreamDecoder();
    const scanner = new XmlScanner(handler, this.limits.maxXmlTokenChars);
    const remaining = this.limits.maxTotalBytes - this.inflatedTotal;
    const limit = Math.min(this.limits.maxPartBytes, Math.max(0, remaining));
    // The decoder drops a leading byte-order mark itself.
    readEntry(this.data, entry, limit, (chunk) => {
      this.inflatedTotal += chunk.length;
      scanner.write(decoder.decode(chunk, { stream: true }));
    });
    scanner.write(decoder.decode());
    scanner.end();
  }
}
