/**
 * Node's native zlib and Buffer for the reader: inflation runs on libuv's thread pool, so while the
 * main thread scans one chunk of a sheet the next one inflates on the other core; ASCII chunks
 * (nearly every chunk of a tracker's XML) become strings without going through a TextDecoder.
 */
import { asciiText } from "./asciiText";
import type { TransformOptions } from "node:stream";
import { createInflateRaw, type ZlibOptions } from "node:zlib";
import type { Utf8Decoder } from "../../xlsx/utf8";
import type { ReadCodec } from "../../xlsx/zip/readCodec";

/**
 * Inflated bytes per chunk. Each chunk is a round trip between the thread pool and the main
 * thread's event loop, which runs only when the scanner has drained what was buffered: with 64 KB
 * chunks the 5,000-project tracker's read waited about 250 ms on them, with 1 MB chunks about 50 ms
 * (the scanner still decodes a chunk in small pieces, see XlsxPackage).
 */
const CHUNK_BYTES = 1024 * 1024;
/** How far inflation may run ahead of the scanner: it never waits for it, memory stays small. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

/**
 * UTF-8 as `TextDecoder("utf-8")` decodes a stream: the first chunk and every chunk that is not
 * pure ASCII go through a TextDecoder (which drops a leading BOM and carries a character split
 * between chunks); a pure-ASCII chunk is copied as Latin-1, which is the same text, unless the
 * decoder may still hold the start of a character (its last chunk ended in a non-ASCII byte).
 */
class FastUtf8Decoder implements Utf8Decoder {
  private readonly decoder = new TextDecoder("utf-8");
  private started = false;
  private mayHoldPartial = false;

  decode(input?: Uint8Array, options?: { stream?: boolean }): string {
    if (input === undefined || options?.stream !== true) {
      // The end of the stream: the next chunk starts a new one, as with TextDecoder.
      this.started = false;
      this.mayHoldPartial = false;
      return this.decoder.decode(input, options);
    }
    if (input.length === 0) return "";
    if (this.started && !this.mayHoldPartial) {
      const text = asciiText(input);
      if (text !== null) return text;
    }
    this.started = true;
    this.mayHoldPartial = (input[input.length - 1] ?? 0) >= 0x80;
    return this.decoder.decode(input, options);
  }
}

// `readableHighWaterMark` is Transform's option, which node:zlib passes on (its typings leave it out).
const INFLATE_OPTIONS: ZlibOptions & Pick<TransformOptions, "readableHighWaterMark"> = {
  chunkSize: CHUNK_BYTES,
  readableHighWaterMark: READ_AHEAD_BYTES,
};

export const NODE_READ_CODEC: ReadCodec = {
  inflate: (compressed) => {
    const inflater = createInflateRaw(INFLATE_OPTIONS);
    inflater.end(compressed);
    return inflater;
  },
  utf8Decoder: () => new FastUtf8Decoder(),
};
