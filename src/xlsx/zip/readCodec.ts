import type { Utf8Decoder } from "../utf8";

/**
 * How a part's bytes become text when the platform has something faster than the portable path
 * (fflate and TextDecoder on the calling thread). The CLI passes node:zlib, whose inflation runs
 * on libuv's thread pool: the next chunk inflates on the other core while this one is scanned.
 */
export interface ReadCodec {
  /**
   * Inflates raw DEFLATE data (a zip entry's), chunks in order. A rejection means the data is
   * damaged; the reader may stop early (it calls `return()` on the iterator), which must stop the
   * inflation.
   */
  inflate(compressed: Uint8Array): AsyncIterable<Uint8Array>;
  /** A decoder for one part's chunks, giving what `TextDecoder("utf-8")` gives (leading BOM dropped). */
  utf8Decoder(): Utf8Decoder;
}
