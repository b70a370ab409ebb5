import type { XlsxLimits } from "./limits";
import { utf8StreamDecoder, type Utf8Decoder } from "./utf8";
import { XmlSyntaxError } from "./xml/xmlSyntaxError";
import type { XmlHandler } from "./xml/xmlScanner";
import { XmlScanner } from "./xml/xmlScanner";
import { leaveOutRuns } from "./rowRuns/leaveOutRuns";
import type { StoredRun } from "./rowRuns/storedRun";
import type { ReadCodec } from "./zip/readCodec";
import { readEntry, readEntryAsync } from "./zip/readEntry";
import type { ZipEntry } from "./zip/zipDirectory";

/**
 * Text is decoded and scanned this much at a time, however large the inflater's chunks: a string
 * this small is allocated in V8's young generation, whose memory is reused, where a larger one gets
 * fresh pages of its own (measured: 37 MB of sheet XML decoded in 1 MB strings took 117 ms, in
 * 64 KB strings 17 ms).
 */
const DECODE_PIECE_BYTES = 64 * 1024;

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
    const { entry, limit, scanner } = this.startScan(partName, handler);
    // The decoder drops a leading byte-order mark itself.
    const decoder = utf8StreamDecoder();
    readEntry(this.data, entry, limit, (chunk) => this.feed(scanner, decoder, chunk));
    this.endScan(scanner, decoder);
  }

  /** `scan` with the codec's inflater and decoder, chunks awaited as they are inflated. */
  async scanAsync(partName: string, handler: XmlHandler, codec: ReadCodec): Promise<void> {
    const { entry, limit, scanner } = this.startScan(partName, handler);
    const decoder = codec.utf8Decoder();
    await readEntryAsync(this.data, entry, limit, codec, (chunk) => this.feed(scanner, decoder, chunk));
    this.endScan(scanner, decoder);
  }

  private startScan(
    partName: string,
    handler: XmlHandler,
  ): { entry: ZipEntry; limit: number; scanner: XmlScanner } {
    const entry = this.entries.get(partName.toLowerCase());
    if (entry === undefined) throw new XmlSyntaxError(`the part ${partName} is missing`);
    const scanner = new XmlScanner(handler, this.limits.maxXmlTokenChars);
    const remaining = this.limits.maxTotalBytes - this.inflatedTotal;
    const limit = Math.min(this.limits.maxPartBytes, Math.max(0, remaining));
    return { entry, limit, scanner };
  }

  private feed(scanner: XmlScanner, decoder: Utf8Decoder, chunk: Uint8Array): void {
    this.inflatedTotal += chunk.length;
    for (let at = 0; at < chunk.length; at += DECODE_PIECE_BYTES) {
      const end = Math.min(at + DECODE_PIECE_BYTES, chunk.length);
      scanner.write(decoder.decode(chunk.subarray(at, end), { stream: true }));
    }
  }

  private endScan(scanner: XmlScanner, decoder: Utf8Decoder): void {
    scanner.write(decoder.decode());
    scanner.end();
  }
}
